package org.aikg.shell.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.shell.command.AikgCommand;
import org.aikg.shell.command.Commands;

/** Runs aikg commands without the interactive shell: one from the arguments, or a script of them. */
public final class Cli {

    private final Commands commands;
    private final Session session;
    private boolean debug;

    public Cli(InputStream in, PrintStream out, PrintStream err, boolean terminal) {
        this.commands = Commands.standard();
        this.session = new Session(in, out, err, terminal);
    }

    /** Runs the arguments as one command, or a script with --script or piped input; returns the exit code. */
    public int run(String[] args) {
        try (session) {
            Invocation inv = Invocation.parse(List.of(args));
            debug = inv.flag("debug");
            session.allowWrites(inv.flag("allow-update"));
            session.chooseStore(inv);
            String script = inv.option("script");
            if (script != null) {
                if (inv.command() != null) {
                    throw new AikgException(Kind.USAGE, "Give --script FILE or a command, not both");
                }
                return runScript(script, open(script));
            }
            if (inv.command() == null) {
                if (inv.flag("help")) {
                    return execute(Invocation.parse(List.of("help")));
                }
                return runScript("<stdin>", new InputStreamReader(session.in(), StandardCharsets.UTF_8));
            }
            return execute(inv);
        } catch (RuntimeException e) {
            return fail(e);
        }
    }

    private Reader open(String script) {
        try {
            return Files.newBufferedReader(Path.of(script), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AikgException(Kind.NOT_FOUND, "No such script: " + script);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot read script " + script + ": " + e.getMessage());
        }
    }

    /** Runs one command line after another; blank lines and # comments are skipped; stops at the first failure. */
    int runScript(String name, Reader source) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            for (String line; (line = reader.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot read " + name + ": " + e.getMessage());
        }
        for (ScriptReader.Statement statement : ScriptReader.statements(lines)) {
            int code;
            try {
                code = execute(statement.invocation());
            } catch (RuntimeException e) {
                session.err().println(name + ":" + statement.line() + ": " + ExitCodes.message(e).replaceFirst("^aikg: ", ""));
                if (debug) {
                    e.printStackTrace(session.err());
                }
                return ExitCodes.of(e);
            }
            if (code != ExitCodes.OK) {
                return code;
            }
        }
        return ExitCodes.OK;
    }

    /** Runs one parsed command. */
    public int execute(Invocation inv) {
        AikgCommand command = commands.find(inv.command()).orElseThrow(() -> new AikgException(Kind.USAGE,
                "Unknown command '" + inv.command() + "'. Try: aikg help"));
        if (inv.flag("help")) {
            session.out().println(command.summary() + ".");
            session.out().println(command.usage());
            return ExitCodes.OK;
        }
        inv.allowOnly(command.options());
        session.chooseStore(inv);
        return command.execute(inv, session);
    }

    private int fail(RuntimeException e) {
        session.out().flush();
        session.err().println(ExitCodes.message(e));
        if (debug) {
            e.printStackTrace(session.err());
        }
        return ExitCodes.of(e);
    }
}
