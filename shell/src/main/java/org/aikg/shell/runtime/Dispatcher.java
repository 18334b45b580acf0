package org.aikg.shell.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.StoreSpec;
import org.aikg.core.query.Sparql;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one dispatcher: it turns words into a command with typed options (picocli), shows help, chooses the store,
 * runs the command and turns any failure into one line and an exit code. One-shot runs, scripts and the prompt all
 * come through here.
 */
public final class Dispatcher {

    private static final Pattern INVALID_VALUE = Pattern.compile("^Invalid value for option '[^']+': (.*)$", Pattern.DOTALL);

    private final Session session;
    private final CommandLine cli;
    private final Program program;

    public Dispatcher(Program program, Session session) {
        this.program = program;
        this.session = session;
        this.cli = new CommandLine(program)
                .setExpandAtFiles(false)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOverwrittenOptionsAllowed(false);
    }

    /** The declared commands and options, for help and completion. */
    public CommandSpec spec() {
        return cli.getCommandSpec();
    }

    public Session session() {
        return session;
    }

    /** Runs the program's arguments: one command, or a script given with --script or piped to standard input. */
    public int main(String[] args) {
        try (session) {
            ParseResult parsed = parse(List.of(args));
            session.defaults(session.defaults().with(program.globals));
            chooseStore(program.globals);
            if (parsed.subcommand() == null) {
                if (program.globals.help) {
                    session.out().print(HelpText.program(spec()));
                    return ExitCodes.OK;
                }
                if (program.script != null) {
                    return runScript(program.script.toString(), open(program.script));
                }
                return runScript("<stdin>", new InputStreamReader(session.in(), StandardCharsets.UTF_8));
            }
            if (program.script != null) {
                throw new AikgException(Kind.USAGE, "Give --script FILE or a command, not both");
            }
            return execute(parsed, List.of(args));
        } catch (RuntimeException | StackOverflowError e) {
            return fail(e, List.of(), "");
        }
    }

    /** Runs one command given as words (a line of a script or of the prompt). */
    public int run(List<String> words) {
        try {
            return runOrThrow(words);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(e, words, "");
        }
    }

    /** Runs one line typed at the prompt: SPARQL as a query or update, anything else split like a POSIX shell. */
    public int runLine(String line) {
        List<String> words;
        try {
            words = SparqlInput.startsQuery(line) ? SparqlInput.words(line) : Tokenizer.split(line);
        } catch (RuntimeException e) {
            return fail(e, List.of(), "");
        }
        return run(words);
    }

    private int runOrThrow(List<String> words) {
        ParseResult parsed = parse(words);
        if (parsed.subcommand() == null) {
            if (program.script != null) {
                throw new AikgException(Kind.USAGE, "--script works when starting aikg, not inside a session");
            }
            if (!words.isEmpty()) {
                chooseStore(program.globals);
                session.defaults(session.defaults().with(program.globals));
            }
            if (program.globals.help) {
                session.out().print(HelpText.program(spec()));
            }
            return ExitCodes.OK;
        }
        return execute(parsed, words);
    }

    /** Runs a script: one command per line (a query may span lines up to its ';'); stops at the first failure. */
    public int runScript(String name, Reader source) {
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
                code = runOrThrow(statement.words());
            } catch (RuntimeException | StackOverflowError e) {
                return fail(e, statement.words(), name + ":" + statement.line() + ": ");
            }
            if (code != ExitCodes.OK) {
                return code;
            }
        }
        return ExitCodes.OK;
    }

    private int execute(ParseResult parsed, List<String> words) {
        ParseResult command = parsed;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        if (command.isUsageHelpRequested()) {
            session.out().print(HelpText.command(command.commandSpec()));
            return ExitCodes.OK;
        }
        chooseStore(program.globals);
        session.current(session.defaults().with(program.globals));
        try {
            return ((AikgCommand) command.commandSpec().userObject()).execute(session);
        } finally {
            session.current(session.defaults());
            session.out().flush();
        }
    }

    /** Stops what the current command is running (Ctrl-C at the prompt). */
    public void cancel() {
        session.cancel();
    }

    private void chooseStore(GlobalOptions options) {
        if (options.store != null && options.endpoint != null) {
            throw new AikgException(Kind.USAGE, "Give --store or --endpoint, not both");
        }
        if (options.store != null) {
            session.choose(new StoreSpec.Tdb2(options.store));
        } else if (options.endpoint != null) {
            String password = options.endpointPassword != null ? options.endpointPassword : System.getenv("AIKG_ENDPOINT_PASSWORD");
            session.choose(new StoreSpec.Remote(options.endpoint, options.endpointUser, password));
        }
    }

    private ParseResult parse(List<String> words) {
        try {
            return cli.parseArgs(words.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AikgException(Kind.USAGE, usageMessage(e), e);
        }
    }

    /** picocli's parse errors, in aikg's words. */
    private static String usageMessage(CommandLine.ParameterException e) {
        String command = e.getCommandLine().getCommandName();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String word = unmatched.getUnmatched().getFirst();
            if (word.startsWith("-") && word.length() > 1) {
                return "Unknown option " + word.replaceFirst("=.*", "") + ". Try: aikg help";
            }
            return command.equals("aikg") ? "Unknown command '" + word + "'. Try: aikg help"
                    : "Command '" + command + "' does not take '" + word + "'. Try: aikg help " + command;
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            var option = missing.getMissing().stream().filter(a -> a.isOption()).findFirst();
            if (option.isPresent()) {
                return "Option " + ((CommandLine.Model.OptionSpec) option.get()).longestName() + " needs a value";
            }
            return "Command '" + command + "' needs " + missing.getMissing().getFirst().paramLabel() + ". "
                    + HelpText.synopsis(e.getCommandLine().getCommandSpec());
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return "Option " + ((CommandLine.Model.OptionSpec) overwritten.getOverwritten()).longestName() + " given more than once";
        }
        String message = String.valueOf(e.getMessage());
        Matcher m = INVALID_VALUE.matcher(message);
        if (m.matches()) {
            message = m.group(1);
        }
        if (message.matches("(?s)Value for option option '--param'.* should be in KEY=VALUE format but was .*")) {
            message = "Parameter '" + message.substring(message.lastIndexOf(" was ") + 5).strip() + "' is not name=value";
        }
        return message.lines().findFirst().orElse(message).replaceFirst("^(.*?): java\\.\\S+: ", "$1: ");
    }

    private static Reader open(Path script) {
        try {
            return Files.newBufferedReader(script, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new AikgException(Kind.NOT_FOUND, "No such script: " + script);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot read script " + script + ": " + e.getMessage());
        }
    }

    private int fail(Throwable e, List<String> words, String where) {
        session.out().flush();
        if (session.interactive() && e instanceof Sparql.SyntaxError syntax && words.size() == 2
                && (words.get(0).equals("query") || words.get(0).equals("update"))) {
            caret(words.get(1), syntax.line(), syntax.column());
        }
        String line = Failures.line(e);
        session.err().println(where.isEmpty() ? line : where + line.replaceFirst("^aikg: ", ""));
        if (session.debug() || program.globals != null && program.globals.debug) {
            e.printStackTrace(session.err());
        }
        session.err().flush();
        return ExitCodes.of(e);
    }

    private void caret(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line >= 1 && line <= lines.length && column >= 1) {
            session.err().println("  " + lines[line - 1]);
            session.err().println("  " + " ".repeat(Math.min(column - 1, lines[line - 1].length())) + "^");
        }
    }
}
