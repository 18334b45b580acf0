package org.aikg.shell.command;

import java.io.PrintStream;
import java.util.List;
import org.aikg.core.Prefixes;
import org.aikg.core.format.TableWriter;
import org.apache.jena.graph.Node;

/** Text helpers shared by the exploring commands: cells as the table shows them, and tables on a stream. */
final class Text {

    static final TableWriter CELLS = new TableWriter(Prefixes.standard(), 0);

    private Text() {}

    static String cell(Node node) {
        return CELLS.cell(node);
    }

    static void table(PrintStream out, List<String> columns, List<List<Node>> rows, boolean terminal) {
        var writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        new TableWriter(Prefixes.standard(), terminal ? 100 : 0).write(writer, columns, rows);
    }
}
