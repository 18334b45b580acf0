package org.aikg.core.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aikg.core.explore.Explorer;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;

/** Numbers the sources (graphs) of a profile once, in the order they are first referred to, and describes them. */
final class SourceIndex {

    private static final String DESCRIBE = """
            SELECT ?g ?title ?publisher ?issued ?precision ?url WHERE {
              OPTIONAL { ?g dcterms:title ?title }
              OPTIONAL { ?g dcterms:publisher ?by . ?by schema:name ?publisher }
              OPTIONAL { ?g dcterms:issued ?issued OPTIONAL { ?g aikg:issuedPrecision ?precision } }
              OPTIONAL { ?g schema:url ?url }
            }""";

    private final Map<Node, Integer> numbers = new LinkedHashMap<>();

    /** The numbers of these graphs, numbering new ones in IRI order, ascending. */
    List<Integer> refs(Collection<Node> graphs) {
        graphs.stream().distinct().filter(g -> !numbers.containsKey(g))
                .sorted(Comparator.comparing(Node::toString))
                .forEach(g -> numbers.put(g, numbers.size() + 1));
        return graphs.stream().map(numbers::get).distinct().sorted().toList();
    }

    /** The numbers of these graphs as cited inside a value's words, each linking to its source: [3][5]. */
    List<Span> citations(Collection<Node> graphs) {
        refs(graphs);
        return graphs.stream().distinct().sorted(Comparator.comparing(numbers::get))
                .map(g -> Span.citation(numbers.get(g), g)).toList();
    }

    /** The number a graph already has, or a number past every other for one without. */
    int rank(Node graph) {
        return numbers.getOrDefault(graph, Integer.MAX_VALUE);
    }

    int size() {
        return numbers.size();
    }

    /** Every numbered source with its title, publisher, date and address, as the catalogue describes it. */
    List<Source> describe(Fetch fetch) {
        Rows rows = fetch.rows(DESCRIBE, Map.of(), "g", new ArrayList<>(numbers.keySet()));
        Map<Node, String[]> found = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] d = found.computeIfAbsent(rows.get(i, "g"), k -> new String[4]);
            d[0] = first(d[0], rows.get(i, "title"));
            d[1] = first(d[1], rows.get(i, "publisher"));
            Period issued = Period.of(rows.get(i, "issued"), rows.get(i, "precision"));
            d[2] = d[2] != null || issued == null ? d[2] : issued.words();
            Node url = rows.get(i, "url");
            d[3] = d[3] != null || url == null ? d[3] : url.isURI() ? url.getURI() : url.getLiteralLexicalForm();
        }
        List<Source> sources = new ArrayList<>();
        numbers.forEach((graph, number) -> {
            String[] d = found.getOrDefault(graph, new String[4]);
            String title = d[0] != null ? d[0] : Vocabulary.GRAPH_TITLES.getOrDefault(graph.getURI(), Explorer.shorten(graph));
            sources.add(new Source(number, graph, title, d[1], d[2], d[3]));
        });
        return sources;
    }

    private static String first(String current, Node literal) {
        if (literal == null) {
            return current;
        }
        String text = literal.getLiteralLexicalForm();
        return current == null || text.compareTo(current) < 0 ? text : current;
    }
}
