package org.aikg.shell.command;

import java.util.Set;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Runs a SPARQL update when writes are allowed. */
public final class UpdateCommand implements AikgCommand {

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String summary() {
        return "Run a SPARQL update (needs --allow-update outside the interactive shell)";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg --allow-update update [SPARQL | --file FILE | -]
                  LOAD of local files and SERVICE are refused. On the in-memory store, changes last for the session.
                Example: aikg --store db --allow-update update 'INSERT DATA { GRAPH src:notes { id:deepseek schema:alternateName "DS" } }'""";
    }

    @Override
    public Set<String> options() {
        return Set.of("file");
    }

    @Override
    public int execute(Invocation inv, Session session) {
        if (!session.writesAllowed() && !inv.flag("allow-update")) {
            throw new AikgException(Kind.REFUSED, "Updates are off; add --allow-update to allow writes");
        }
        String text = QueryCommand.text(inv, session);
        session.graph().update(text);
        if (session.terminal()) {
            session.err().println(session.graph().persistent() ? "Update applied."
                    : "Update applied (in memory: it lasts for this session).");
        }
        return ExitCodes.OK;
    }
}
