package org.aikg.shell.command;

import java.util.Set;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** One aikg command: a name, a one-line summary, a usage block, the options it takes, and what it does. */
public interface AikgCommand {

    String name();

    /** One line for the command list. */
    String summary();

    /** The usage block: a Usage line, the options, and an example. */
    String usage();

    /** The options it accepts besides the global ones. */
    default Set<String> options() {
        return Set.of();
    }

    /** Runs the command; failures are thrown as exceptions and turned into exit codes by the caller. */
    int execute(Invocation inv, Session session);
}
