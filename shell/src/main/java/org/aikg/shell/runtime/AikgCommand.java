package org.aikg.shell.runtime;

/**
 * One aikg command. Its class declares, with picocli annotations, its name, description, typed options and
 * arguments once; usage, help and completion are generated from that declaration, and {@link Dispatcher} runs it the
 * same way for a one-shot run, a script line or the prompt.
 */
public interface AikgCommand {

    /** Runs the command; failures are thrown as exceptions and become one line and an exit code in the dispatcher. */
    int execute(Session session);
}
