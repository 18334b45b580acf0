package org.aikg.shell.command;

import java.io.PrintStream;
import java.util.Map;
import org.aikg.core.explore.Stats;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Counts quads, graphs, entities per class and statements per property. */
public final class StatsCommand implements AikgCommand {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "Count quads, graphs, entities per class and statements per property";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg stats
                Example: aikg --store db stats""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        Stats stats = session.graph().explorer().stats();
        PrintStream out = session.out();
        out.println("quads\t" + stats.quads());
        out.println("graphs\t" + stats.graphs());
        section(out, "class", stats.classes());
        section(out, "property", stats.properties());
        return ExitCodes.OK;
    }

    private static void section(PrintStream out, String kind, Map<String, Long> counts) {
        counts.forEach((name, n) -> out.println(kind + "\t" + name + "\t" + n));
    }
}
