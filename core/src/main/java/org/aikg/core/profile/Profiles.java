package org.aikg.core.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aikg.core.AikgException;
import org.aikg.core.AikgException.Kind;
import org.aikg.core.query.QueryRunner;
import org.aikg.core.query.Rows;
import org.aikg.ontology.AIKG;
import org.apache.jena.graph.Node;

/** Builds entity profiles with SPARQL over the store, and finds the entities whose names come closest to a mistyped one. */
public final class Profiles {

    private static final String TYPES = "SELECT DISTINCT ?t WHERE { ?e a ?t }";

    private static final String LINKED = "SELECT (COUNT(*) AS ?n) WHERE { SELECT ?s WHERE { ?s ?p ?e } LIMIT 1 }";

    private static final String EXISTS = """
            SELECT (COUNT(*) AS ?n) WHERE {
              SELECT ?p WHERE { { ?e ?p ?o } UNION { ?s ?p ?e } UNION { GRAPH ?e { ?s ?p ?o } } } LIMIT 1
            }""";

    private static final String NAMES = """
            SELECT ?e ?name ?called WHERE { ?e schema:name ?name ; schema:name|schema:alternateName ?called FILTER (isIRI(?e)) }""";

    private final Fetch fetch;

    public Profiles(QueryRunner runner) {
        this.fetch = new Fetch(runner);
    }

    /** The profile of an entity; NOT_FOUND when the store says nothing about it. */
    public Profile of(Node entity) {
        Words words = new Words(fetch);
        SourceIndex sources = new SourceIndex();
        Statements statements = new Statements(fetch, words, sources);
        LineBuilder lines = new LineBuilder(words, sources);
        Folds folds = new Folds(fetch, words, lines, sources, statements);
        List<Stated> out = statements.outgoing(List.of(entity)).getOrDefault(entity, List.of());
        long sourceSize = folds.sourceSize(entity);
        if (out.isEmpty() && sourceSize == 0 && fetch.count(LINKED, Map.of("e", entity)) == 0) {
            throw new AikgException(Kind.NOT_FOUND, "Nothing is said about " + shortName(entity));
        }
        List<Node> types = column(fetch.rows(TYPES, Map.of("e", entity)), "t");
        words.prefetch(types);
        words.prefetch(List.of(entity));
        List<Line> facts = new ArrayList<>(lines.lines(out, java.util.Set.of()));
        facts.addAll(folds.sourceLines(entity));
        List<Value> notes = lines.notes(out);
        List<Section> sections = folds.sections(entity);
        int summarySources = sources.size();
        StatementTable table = statements.table(entity, out);
        return new Profile(entity, words.name(entity), shortName(entity), kinds(types, words), facts, notes, sections,
                table, sources.describe(fetch), summarySources);
    }

    /** Whether the store says anything about the entity: statements about it, links to it, or statements in it as a source. */
    public boolean exists(Node entity) {
        return fetch.count(EXISTS, Map.of("e", entity)) > 0;
    }

    /** What a reader calls each node: its name or title, its label, or its prefixed name. */
    public Map<Node, String> names(Collection<Node> nodes) {
        Words words = new Words(fetch);
        words.prefetch(nodes);
        Map<Node, String> names = new LinkedHashMap<>();
        nodes.forEach(n -> names.put(n, words.name(n)));
        return names;
    }

    private static List<String> kinds(List<Node> types, Words words) {
        return types.stream().filter(Node::isURI)
                .sorted(Comparator.comparing((Node t) -> !t.getURI().startsWith(AIKG.NS)).thenComparing(words::term))
                .map(words::term).distinct().toList();
    }

    private static List<Node> column(Rows rows, String column) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            nodes.add(rows.get(i, column));
        }
        return nodes;
    }

    /** The IRI as a prefixed name where one fits, else the IRI itself. */
    public static String shortName(Node entity) {
        return Statements.prefixed(entity);
    }

    /**
     * Up to max entities whose name, alias or IRI name is closest to the text by edit distance, closest first; only
     * those close enough to be a plausible typo (at most a third of the text's length, and at least 2 edits allowed).
     */
    public List<Suggestion> closest(String text, int max) {
        String wanted = normalized(text);
        if (wanted.isEmpty()) {
            return List.of();
        }
        int allowed = Math.max(2, wanted.length() / 3);
        Rows rows = fetch.rows(NAMES, Map.of());
        Map<Node, Integer> distance = new LinkedHashMap<>();
        Map<Node, String> names = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Node e = rows.get(i, "e");
            String name = rows.get(i, "name").getLiteralLexicalForm();
            int d = Math.min(EditDistance.within(wanted, normalized(rows.get(i, "called").getLiteralLexicalForm()), allowed),
                    EditDistance.within(wanted, normalized(e.getURI().replaceFirst("^.*[#/]", "")), allowed));
            if (d <= allowed && d < distance.getOrDefault(e, Integer.MAX_VALUE)) {
                distance.put(e, d);
            }
            names.merge(e, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        return distance.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Node, Integer> x) -> x.getValue())
                        .thenComparing(x -> names.get(x.getKey())))
                .limit(max)
                .map(x -> new Suggestion(x.getKey(), names.get(x.getKey())))
                .toList();
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
