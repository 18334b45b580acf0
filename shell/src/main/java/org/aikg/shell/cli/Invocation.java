package org.aikg.shell.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;

/** One command as typed: its name, positional arguments, options with values, and flags. */
public record Invocation(String command, List<String> args, Map<String, List<String>> options, Set<String> flags) {

    /** Options that take a value, for every command. */
    public static final Set<String> VALUE_OPTIONS = Set.of(
            "store", "endpoint", "user", "password", "timeout", "limit", "format", "file", "param", "graph", "out",
            "script", "lang", "hops", "entity", "site", "host", "port", "cors", "triples", "seed", "repeat");

    /** Options that are flags. */
    public static final Set<String> FLAGS = Set.of("debug", "help", "allow-update", "quiet");

    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m)?");

    /** Parses words (after the program name); the first word that is not an option is the command. */
    public static Invocation parse(List<String> words) {
        String command = null;
        List<String> args = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.LinkedHashSet<>();
        boolean onlyArgs = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!onlyArgs && w.equals("--")) {
                onlyArgs = true;
            } else if (!onlyArgs && w.startsWith("--") && w.length() > 2) {
                String name = w.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAGS.contains(name)) {
                    if (value != null) {
                        throw new AikgException(Kind.USAGE, "Option --" + name + " takes no value");
                    }
                    flags.add(name);
                } else if (VALUE_OPTIONS.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= words.size()) {
                            throw new AikgException(Kind.USAGE, "Option --" + name + " needs a value");
                        }
                        value = words.get(++i);
                    }
                    options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                } else {
                    throw new AikgException(Kind.USAGE, "Unknown option --" + name + ". Try: aikg help");
                }
            } else if (!onlyArgs && w.equals("-h")) {
                flags.add("help");
            } else if (command == null) {
                command = w;
            } else {
                args.add(w);
            }
        }
        return new Invocation(command, List.copyOf(args), options, flags);
    }

    public String option(String name) {
        List<String> values = options.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1 && !name.equals("param")) {
            throw new AikgException(Kind.USAGE, "Option --" + name + " given more than once");
        }
        return values.getFirst();
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** The --param k=v values, in order. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : options.getOrDefault("param", List.of())) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new AikgException(Kind.USAGE, "Parameter '" + p + "' is not name=value");
            }
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return params;
    }

    /** The --timeout option as a duration (30s, 500ms, 2m; a bare number is seconds), or null. */
    public Duration timeout() {
        String value = option("timeout");
        if (value == null) {
            return null;
        }
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new AikgException(Kind.USAGE, "Timeout '" + value + "' is not a positive duration such as 30s, 500ms or 2m");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    /** A whole-number option within bounds, or the fallback when absent; anything else is a usage error. */
    public long number(String name, long fallback, long min, long max) {
        String value = option(name);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip().replace("_", ""));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AikgException(Kind.USAGE, "--" + name + " '" + value + "' is not a whole number from " + min + " to " + max);
    }

    /** The --limit option, or 0 when absent. */
    public long limit() {
        String value = option("limit");
        if (value == null) {
            return 0;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AikgException(Kind.USAGE, "Limit '" + value + "' is not a positive whole number");
    }

    /** Fails when an option the command does not accept was given. */
    public void allowOnly(Set<String> accepted) {
        for (String name : options.keySet()) {
            if (!accepted.contains(name) && !Session.GLOBAL_OPTIONS.contains(name)) {
                throw new AikgException(Kind.USAGE, "Command '" + command + "' takes no --" + name + " option");
            }
        }
    }
}
