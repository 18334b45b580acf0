package org.aikg.shell.command;

import java.util.List;
import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.explore.Explorer;
import org.aikg.core.explore.Fact;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;
import org.apache.jena.graph.Node;

/** How two entities are connected: the shortest paths between them, a few hops at most. */
public final class PathCommand implements AikgCommand {

    @Override
    public String name() {
        return "path";
    }

    @Override
    public String summary() {
        return "Show how two entities are connected (shortest paths, up to --hops, default 4)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg path A B [--hops N]
                  A and B are names, prefixed names or IRIs; quote names with spaces.
                Example: aikg path "Jim Zemlin" Nvidia""";
    }

    @Override
    public Set<String> options() {
        return Set.of("hops");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        if (inv.args().size() != 2) {
            throw new AikgException(Kind.USAGE, "Give two entities. Usage: aikg path A B [--hops N]");
        }
        int hops = (int) inv.number("hops", 4, 1, 8);
        Explorer explorer = session.graph().explorer();
        Node from = explorer.resolve(inv.args().get(0));
        Node to = explorer.resolve(inv.args().get(1));
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
