package org.aikg.shell.command;

import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.explore.Explorer;
import org.aikg.core.query.Rows;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;
import org.apache.jena.graph.Node;

/** The claims and the sources behind what the graph says about an entity. */
public final class SourcesCommand implements AikgCommand {

    private final String name;

    /** The command under a name: sources, or why. */
    public SourcesCommand(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String summary() {
        return "The claims and sources behind what the graph says about an entity" + (name.equals("why") ? " (= sources)" : "");
    }

    @Override
    public String usage() {
        return "Usage: aikg " + name + " NAME | PREFIXED:NAME | <IRI>\nExample: aikg " + name + " Nvidia";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        if (inv.args().isEmpty()) {
            throw new AikgException(Kind.USAGE, "Usage: aikg " + name + " NAME");
        }
        Explorer explorer = session.graph().explorer();
        Node entity = explorer.resolve(String.join(" ", inv.args()));
        Rows claims = explorer.claimsAbout(entity);
        Rows sources = explorer.sourcesOf(entity);
        session.out().println("Claims about " + explorer.nameOf(entity) + ": " + claims.size());
        if (claims.size() > 0) {
            Text.table(session.out(), List.of("speaker", "role", "affiliation", "paraphrase", "title"),
                    claims.rows().stream().map(r -> r.subList(1, 6)).toList(), session.terminal());
        }
        session.out().println();
        session.out().println("Sources that mention it: " + sources.size());
        Text.table(session.out(), sources.columns(), sources.rows(), session.terminal());
        return ExitCodes.OK;
    }
}
