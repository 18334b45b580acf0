package org.aikg.shell.command;

import java.util.ArrayList;
import java.util.List;
import org.aikg.core.explore.Match;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Finds entities whose name, alias or former name contains the text. */
@Command(name = "search", description = "Find entities by name, alias or former name (any case, any part).", footer = "Example: aikg search yandex")
final class SearchCommand implements AikgCommand {

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "the text to look for")
    List<String> text;

    @Override
    public int execute(Session session) {
        List<Match> matches = session.graph().explorer().search(String.join(" ", text));
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
