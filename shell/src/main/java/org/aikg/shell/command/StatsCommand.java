package org.aikg.shell.command;

import java.io.PrintStream;
import java.util.Map;
import org.aikg.core.explore.Stats;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;

/** Counts quads, graphs, entities per class and statements per property. */
@Command(name = "stats", description = "Count quads, graphs, entities per class and statements per property.", footer = "Example: aikg --store db stats")
final class StatsCommand implements AikgCommand {

    @Override
    public int execute(Session session) {
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
