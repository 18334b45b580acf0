package org.aikg.core.named;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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

/** The named queries on the classpath, read from the index of the data module's queries folder. */
public final class NamedQueryCatalogue {

    /** The folder of the named queries on the classpath. */
    public static final String FOLDER = "org/aikg/data/queries/";

    /** The list of query files in the folder, one name per line. */
    public static final String INDEX = FOLDER + "index.txt";

    private static final Pattern PARAM = Pattern.compile(
            "#\\s*@param\\s+(\\w+)\\s+(iri|string|integer|decimal|date)\\s+(\\S+)\\s*(.*)");

    private final Map<String, NamedQuery> queries;

    private NamedQueryCatalogue(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    /** Loads every named query listed in the classpath index. */
    public static NamedQueryCatalogue load() {
        Map<String, NamedQuery> queries = new LinkedHashMap<>();
        for (String line : read(INDEX).split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                String file = name.endsWith(".rq") ? name : name + ".rq";
                NamedQuery query = parse(file.substring(0, file.length() - 3), read(FOLDER + file));
                queries.put(query.name(), query);
            }
        }
        return new NamedQueryCatalogue(queries);
    }

    /** Reads a named query from its text: the first comment line describes it; {@code # @param} lines declare parameters. */
    public static NamedQuery parse(String name, String text) {
        String description = null;
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
            } else if (trimmed.startsWith("# @param")) {
                throw new AikgException(Kind.SYNTAX, "Named query " + name + ": malformed parameter line: " + trimmed);
            } else if (description == null) {
                description = trimmed.substring(1).strip();
            }
        }
        if (description == null || description.isEmpty()) {
            throw new AikgException(Kind.SYNTAX, "Named query " + name + " has no description comment on its first line");
        }
        return new NamedQuery(name, description, List.copyOf(params), text);
    }

    private static String read(String path) {
        URL url = NamedQueryCatalogue.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new AikgException(Kind.NOT_FOUND, "Missing on the classpath: " + path);
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AikgException(Kind.STORE, "Cannot read " + path + ": " + e.getMessage(), e);
        }
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
