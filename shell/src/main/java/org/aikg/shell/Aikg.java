package org.aikg.shell;

import org.aikg.shell.command.AikgCommands;
import org.aikg.shell.interactive.InteractiveShell;
import org.aikg.shell.runtime.Dispatcher;
import org.aikg.shell.runtime.Session;

/** The aikg program: the interactive shell when started bare on a terminal, the one-shot runner otherwise. */
public final class Aikg {

    private Aikg() {}

    public static void main(String[] args) {
        boolean terminal = Terminals.stdoutIsTerminal();
        if (args.length == 0 && terminal && Terminals.stdinIsTerminal()) {
            InteractiveShell.start();
            return;
        }
        Session session = new Session(System.in, System.out, System.err, terminal, false);
        int code = new Dispatcher(new AikgCommands(), session).main(args);
        System.out.flush();
        System.exit(code);
    }
}
