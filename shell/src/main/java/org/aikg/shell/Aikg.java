package org.aikg.shell;

import org.aikg.shell.cli.Cli;
import org.aikg.shell.interactive.InteractiveShell;

/** The aikg program: the interactive shell when started bare on a terminal, the one-shot runner otherwise. */
public final class Aikg {

    private Aikg() {}

    public static void main(String[] args) {
        boolean terminal = Terminals.stdoutIsTerminal();
        if (args.length == 0 && terminal && Terminals.stdinIsTerminal()) {
            InteractiveShell.start(args);
            return;
        }
        int code = new Cli(System.in, System.out, System.err, terminal).run(args);
        System.out.flush();
        System.exit(code);
    }
}
