package org.aikg.shell.command;

import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Fact;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** How two entities are connected: the shortest paths between them, a few hops at most. */
@Command(name = "path", description = "Show how two entities are connected (shortest paths, up to --hops, default 4).", footer = {
        "A and B are names, prefixed names or IRIs; quote names with spaces.", "Example: aikg path \"Jim Zemlin\" Nvidia"})
final class PathCommand implements AikgCommand {

    @Parameters(index = "0", paramLabel = "A", description = "where the path starts")
    String start;

    @Parameters(index = "1", paramLabel = "B", description = "where the path ends")
    String end;

    @Option(names = "--hops", paramLabel = "N", description = "the longest path to look for, 1 to 8 (4 by default)")
    int hops = 4;

    @Override
    public int execute(Session session) {
        if (hops < 1 || hops > 8) {
            throw new AikgException(Kind.USAGE, "--hops '" + hops + "' is not a whole number from 1 to 8");
        }
        Explorer explorer = session.graph().explorer();
        Node from = explorer.resolve(start);
        Node to = explorer.resolve(end);
        List<List<Fact>> paths = explorer.paths(from, to, hops);
        if (paths.isEmpty()) {
            throw new AikgException(Kind.NOT_FOUND, "No connection within " + hops + " hops between "
                    + explorer.nameOf(from) + " and " + explorer.nameOf(to));
        }
        for (List<Fact> path : paths) {
            StringBuilder line = new StringBuilder(Text.cell(from));
            for (Fact step : path) {
                line.append(step.incoming()
                        ? " <-" + Text.cell(step.property()) + "- " + Text.cell(step.subject())
                        : " -" + Text.cell(step.property()) + "-> " + Text.cell(step.value()));
            }
            session.out().println(line);
        }
        return ExitCodes.OK;
    }
}
