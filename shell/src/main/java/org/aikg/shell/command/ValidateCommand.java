package org.aikg.shell.command;

import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.runtime.AikgCommand;
import org.aikg.shell.runtime.ExitCodes;
import org.aikg.shell.runtime.Session;
import picocli.CommandLine.Command;

/** Checks the open store against the aikg shapes and lists every violation. */
@Command(name = "validate", description = "Check the store against the SHACL shapes.", footer = {
        "Prints one line per violation and exits 1 when there is any.", "Example: aikg --store db validate"})
final class ValidateCommand implements AikgCommand {

    @Override
    public int execute(Session session) {
        List<String> problems = session.graph().validate();
        problems.forEach(session.out()::println);
        if (!problems.isEmpty()) {
            throw new AikgException(Kind.INVALID, problems.size() + " shape violation" + (problems.size() == 1 ? "" : "s"));
        }
        if (session.terminal()) {
            session.err().println("The store conforms to the aikg shapes.");
        }
        return ExitCodes.OK;
    }
}
