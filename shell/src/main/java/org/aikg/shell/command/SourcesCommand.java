package org.aikg.shell.command;

import java.util.List;
import org.aikg.core.explore.Explorer;
import org.aikg.core.query.Rows;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import org.apache.jena.graph.Node;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The claims and the sources behind what the graph says about an entity. */
@Command(name = "sources", aliases = "why", description = "The claims and sources behind what the graph says about an entity.",
        footer = "Example: aikg sources Nvidia")
final class SourcesCommand implements AikgCommand {

    @Mixin
    EntityName name;

    @Override
    public int execute(Session session) {
        Explorer explorer = session.graph().explorer();
        Node entity = name.resolve(explorer);
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
