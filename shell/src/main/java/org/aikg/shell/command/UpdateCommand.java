package org.aikg.shell.command;

import java.nio.file.Path;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Runs a SPARQL update when writes are allowed. */
@Command(name = "update", description = "Run a SPARQL update (needs --allow-update outside the interactive shell).", footer = {
        "LOAD of local files and SERVICE are refused; the update stops at the deadline, changing nothing.",
        "On the in-memory store, changes last for the session.",
        "Example: aikg --store db --allow-update update 'INSERT DATA { GRAPH src:notes { id:deepseek schema:alternateName \"DS\" } }'"})
final class UpdateCommand implements AikgCommand {

    @Parameters(arity = "0..*", paramLabel = "SPARQL", description = "the update, or - to read it from standard input")
    List<String> words = List.of();

    @Option(names = "--file", paramLabel = "FILE", description = "read the update from FILE")
    Path file;

    @Override
    public int execute(Session session) {
        if (!session.writesAllowed()) {
            throw new AikgException(Kind.REFUSED, "Updates are off; add --allow-update to allow writes");
        }
        session.graph().update(SparqlText.read("update", words, file, session), session.policy());
        if (session.terminal()) {
            session.err().println(session.graph().persistent() ? "Update applied."
                    : "Update applied (in memory: it lasts for this session).");
        }
        return ExitCodes.OK;
    }
}
