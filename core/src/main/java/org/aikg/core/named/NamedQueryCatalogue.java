package org.aikg.core.named;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.data.DataFiles;

/** The named queries the data module ships, each parsed from its text once. */
public final class NamedQueryCatalogue {

    private static final Pattern CHART_SETTING = Pattern.compile("([a-z-]+)(?:=(\"[^\"]*\"|\\S+))?");

    private static final Pattern PARAM = Pattern.compile(
            "#\\s*@param\\s+(\\w+)\\s+(iri|string|integer|decimal|date)\\s+(\\S+)\\s*(.*)");

    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalogue(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Loads every named query the data module lists. */
    public static NamedQueryCatalogue load() {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        for (String name : DataFiles.namedQueries()) {
            String text = DataFiles.namedQuery(name).orElseThrow(() -> new AikgException(Kind.NOT_FOUND,
                    "The named query " + name + " is listed but not shipped"));
            queries.put(name, parse(name, text));
        }
        return new NamedQueryCatalogue(queries);
    }

    /**
     * Reads a named query from its text: the first comment line describes it; {@code # @param} lines declare
     * parameters; a {@code # @chart x=COL y=COL [series=COL] [mark=COL] [log-y] [lines] [title="..."]} line says how
     * to draw its answer.
     */
    public static NamedQuery parse(String name, String text) {
        String description = null;
        NamedQuery.Chart chart = null;
        List<NamedQuery.Parameter> params = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                if (!trimmed.isEmpty()) {
                    break;
                }
                continue;
            }
            Matcher m = PARAM.matcher(trimmed);
            if (m.matches()) {
                String dflt = m.group(3);
                boolean required = dflt.equals("required");
                params.add(new NamedQuery.Parameter(m.group(1), m.group(2),
                        required || dflt.equals("-") ? null : dflt, required, m.group(4).strip()));
            } else if (trimmed.startsWith("# @chart")) {
                chart = chart(name, trimmed.substring("# @chart".length()));
            } else if (trimmed.startsWith("# @param")) {
                throw new AikgException(Kind.SYNTAX, "Named query " + name + ": malformed parameter line: " + trimmed);
            } else if (description == null) {
                description = trimmed.substring(1).strip();
            }
        }
        if (description == null || description.isEmpty()) {
            throw new AikgException(Kind.SYNTAX, "Named query " + name + " has no description comment on its first line");
        }
        return new NamedQuery(name, description, List.copyOf(params), Optional.ofNullable(chart), text);
    }

    private static NamedQuery.Chart chart(String name, String settings) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        Matcher m = CHART_SETTING.matcher(settings.strip());
        while (m.find()) {
            String value = m.group(2) == null ? "" : m.group(2).replaceAll("^\"|\"$", "");
            switch (m.group(1)) {
                case "x", "y", "series", "mark", "title", "log-y", "lines" -> values.put(m.group(1), value);
                default -> throw new AikgException(Kind.SYNTAX, "Named query " + name + ": unknown chart setting '" + m.group(1) + "'");
            }
        }
        if (!values.containsKey("x") || !values.containsKey("y")) {
            throw new AikgException(Kind.SYNTAX, "Named query " + name + ": a chart needs x=COLUMN and y=COLUMN");
        }
        return new NamedQuery.Chart(values.get("x"), values.get("y"), values.get("series"), values.get("mark"),
                values.containsKey("log-y"), values.containsKey("lines"), values.get("title"));
    }

    /** All named queries, by name. */
    public List<NamedQuery> all() {
        return queries.values().stream().sorted(Comparator.comparing(NamedQuery::name)).toList();
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The named query, or an error that suggests the closest name. */
    public NamedQuery get(String name) {
        return find(name).orElseThrow(() -> {
            String hint = closest(name).map(c -> " Did you mean '" + c + "'?").orElse("");
            return new AikgException(Kind.USAGE, "Unknown named query '" + name + "'." + hint + " Try: named");
        });
    }

    private Optional<String> closest(String name) {
        return queries.keySet().stream()
                .min(Comparator.comparingInt(candidate -> distance(candidate, name)))
                .filter(candidate -> distance(candidate, name) <= Math.max(2, name.length() / 3));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
