package org.aikg.shell.command;

import java.io.PrintStream;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.cli.ExitCodes;
import org.aikg.shell.cli.Invocation;
import org.aikg.shell.cli.Session;

/** Lists the commands, or shows one command's usage. */
public final class HelpCommand implements AikgCommand {

    private final Supplier<Commands> commands;

    public HelpCommand(Supplier<Commands> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public String summary() {
        return "List the commands, or show how to use one";
    }

    @Override
    public String usage() {
        return """
                Usage: aikg help [COMMAND]
                Example: aikg help query""";
    }

    @Override
    public int execute(Invocation inv, Session session) {
        PrintStream out = session.out();
        if (!inv.args().isEmpty()) {
            AikgCommand command = commands.get().find(inv.args().getFirst()).orElseThrow(() -> new AikgException(
                    Kind.USAGE, "Unknown command '" + inv.args().getFirst() + "'. Try: aikg help"));
            out.println(command.summary() + ".");
            out.println(command.usage());
            return ExitCodes.OK;
        }
        out.println("""
                aikg: a knowledge graph of the AI industry, queried with SPARQL.

                Usage: aikg [GLOBAL OPTIONS] COMMAND [ARGS]
                       aikg                     the interactive shell (on a terminal)
                       aikg --script FILE       run the commands in FILE, stopping at the first error
                       aikg < FILE              the same, commands read from standard input

                Commands:""");
        int width = commands.get().all().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        for (AikgCommand c : commands.get().all()) {
            out.println("  " + c.name() + " ".repeat(width - c.name().length()) + "  " + c.summary());
        }
        out.println("""

                Global options:
                  --store DIR       use the TDB2 store in DIR (created, with the bundled graph, on first use)
                  --endpoint URL    use a remote SPARQL endpoint (--user U, --password P or AIKG_PASSWORD)
                  --timeout T       query deadline: 30s (default), 500ms, 2m
                  --limit N         row cap, 10000 by default; a cut result says so on stderr
                  --allow-update    allow SPARQL updates (always on in the interactive shell)
                  --debug           stack traces for failures

                In the interactive shell, SPARQL typed at the prompt runs as a query or update; also: history, clear, exit.

                Exit codes: 0 ok, 1 failure, 2 usage or syntax error, 3 timeout.""");
        return ExitCodes.OK;
    }
}
