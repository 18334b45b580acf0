package org.aikg.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.aikg.core.explore.Match;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Finds entities whose name, alias or former name contains the text. */
public final class SearchCommand implements AikgCommand {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "Find entities by name, alias or former name (any case, any part)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg search TEXT
                Example: aikg search yandex""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        List<Match> matches = session.graph().explorer().search(String.join(" ", inv.args()));
        List<List<Node>> rows = new ArrayList<>();
        for (Match m : matches) {
            rows.add(List.of(NodeFactory.createLiteralString(m.name()), NodeFactory.createURI(m.iri()),
                    NodeFactory.createLiteralString(m.type()), NodeFactory.createLiteralString(m.matched())));
        }
        Text.table(session.out(), List.of("name", "entity", "type", "matched"), rows, session.terminal());
        if (session.terminal()) {
            session.err().println(matches.size() + " match" + (matches.size() == 1 ? "" : "es"));
        }
        return ExitCodes.OK;
    }
}
