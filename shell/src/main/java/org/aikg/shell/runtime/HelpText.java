package org.aikg.shell.runtime;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Help generated from the commands' declarations: the program's overview, and each command's usage. */
public final class HelpText {

    private static final int LINE = 110;

    private HelpText() {}

    /** The first line of a command's description. */
    public static String summary(CommandSpec command) {
        String[] description = command.usageMessage().description();
        return description.length == 0 ? "" : description[0];
    }

    /** The command's one-line synopsis: its arguments first, then its own options. */
    public static String synopsis(CommandSpec command) {
        StringBuilder line = new StringBuilder("Usage: aikg ").append(command.name());
        for (PositionalParamSpec p : command.positionalParameters()) {
            String label = p.paramLabel();
            boolean required = p.arity().min() > 0;
            boolean many = p.arity().max() > 1;
            line.append(' ').append(required ? label : "[" + label + "]").append(many ? "..." : "");
        }
        for (OptionSpec o : ownOptions(command)) {
            String text = o.longestName() + (o.typeInfo().isBoolean() ? "" : " " + o.paramLabel());
            line.append(' ').append(o.required() ? text : "[" + text + "]").append(o.isMultiValue() ? "..." : "");
        }
        return line.toString();
    }

    /** A command's usage: summary, synopsis, arguments and options with their meaning, then notes and an example. */
    public static String command(CommandSpec command) {
        StringBuilder text = new StringBuilder();
        String[] description = command.usageMessage().description();
        for (String d : description) {
            text.append(d).append('\n');
        }
        text.append(synopsis(command)).append('\n');
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : command.positionalParameters()) {
            rows.add(new String[] {p.paramLabel(), String.join(" ", p.description())});
        }
        for (OptionSpec o : ownOptions(command)) {
            rows.add(new String[] {o.longestName() + (o.typeInfo().isBoolean() ? "" : " " + o.paramLabel()),
                    String.join(" ", o.description())});
        }
        table(rows, text);
        for (String f : command.usageMessage().footer()) {
            text.append(f).append('\n');
        }
        if (command.aliases().length > 0) {
            text.append("Also called: ").append(String.join(", ", command.aliases())).append('\n');
        }
        text.append("Global options (--store, --endpoint, --timeout, --limit, --allow-update, --debug): aikg help\n");
        return text.toString();
    }

    /** The overview: how to start aikg, every command with its summary, the global options and the exit codes. */
    public static String program(CommandSpec program) {
        StringBuilder text = new StringBuilder("""
                aikg: a knowledge graph of the AI industry, queried with SPARQL.

                Usage: aikg [GLOBAL OPTIONS] COMMAND [ARGS]
                       aikg                     the interactive shell (on a terminal)
                       aikg --script FILE       run the commands in FILE, stopping at the first error
                       aikg < FILE              the same, commands read from standard input

                Commands:
                """);
        List<String[]> rows = new ArrayList<>();
        program.subcommands().forEach((name, sub) -> {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.name().equals(name)) {
                String aliases = spec.aliases().length == 0 ? "" : " (also: " + String.join(", ", spec.aliases()) + ")";
                rows.add(new String[] {name, summary(spec) + aliases});
            }
        });
        table(rows, text);
        text.append("\nGlobal options:\n");
        List<String[]> options = new ArrayList<>();
        for (OptionSpec o : program.options()) {
            options.add(new String[] {String.join(", ", o.names()) + (o.typeInfo().isBoolean() ? "" : " " + o.paramLabel()),
                    String.join(" ", o.description())});
        }
        table(options, text);
        text.append("""

                At the prompt, SPARQL typed directly runs as a query or update; Ctrl-C cancels the line or the running
                query and Ctrl-D or exit leaves; also: history, clear.

                Exit codes: 0 ok, 1 failure, 2 usage or syntax error, 3 timeout.
                """);
        return text.toString();
    }

    /** The command's own options, not the global ones it inherits, in declaration order. */
    static List<OptionSpec> ownOptions(CommandSpec command) {
        return command.options().stream().filter(o -> !o.inherited() && !o.usageHelp() && !o.hidden()).toList();
    }

    private static void table(List<String[]> rows, StringBuilder text) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        int room = Math.max(40, LINE - width - 4);
        for (String[] row : rows) {
            text.append("  ").append(row[0]).append(" ".repeat(width - row[0].length() + 2));
            String indent = "";
            for (String line : wrap(row[1], room)) {
                text.append(indent).append(line).append('\n');
                indent = " ".repeat(width + 4);
            }
        }
    }

    private static List<String> wrap(String text, int room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > room) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Names of an option usable for completion: its names, and value candidates when the option declares them. */
    public static List<String> candidates(ArgSpec arg) {
        List<String> values = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(values::add);
        }
        return values;
    }
}
