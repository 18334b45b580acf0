package org.aikg.shell.command;

import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Checks the open store against the aikg shapes and lists every violation. */
public final class ValidateCommand implements AikgCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "Check the store against the SHACL shapes";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg validate
                  Prints one line per violation and exits 1 when there is any.
                Example: aikg --store db validate""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
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
