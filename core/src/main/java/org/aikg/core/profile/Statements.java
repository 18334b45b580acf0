package org.aikg.core.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aikg.core.Prefixes;
import org.aikg.core.query.Rows;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Reads what sources state about subjects, and the full statement table of an entity: each value once with all its sources. */
final class Statements {

    /** How many links to an entity the table lists. */
    static final int INCOMING_CAP = 100;

    private static final String OUT = """
            SELECT ?e ?p ?o ?g ?part ?pv WHERE {
              GRAPH ?g { ?e ?p ?o OPTIONAL { ?o ?part ?pv FILTER (isBlank(?o)) } }
            }""";

    private static final String IN = """
            SELECT ?s ?p ?g WHERE { GRAPH ?g { ?s ?p ?e } FILTER (isIRI(?s)) } ORDER BY ?p ?s ?g""";

    private static final String IN_COUNT = """
            SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p WHERE { GRAPH ?g { ?s ?p ?e } FILTER (isIRI(?s)) } }""";

    private final Fetch fetch;
    private final Words words;
    private final SourceIndex sources;

    Statements(Fetch fetch, Words words, SourceIndex sources) {
        this.fetch = fetch;
        this.words = words;
        this.sources = sources;
    }

    /** Every statement each subject makes, with the parts of blank-node values, by subject. */
    Map<Node, List<Stated>> outgoing(Collection<Node> subjects) {
        Rows rows = fetch.rows(OUT, Map.of(), "e", subjects);
        record Key(Node s, Node p, Node o, Node g) {}
        Map<Key, List<Stated.Part>> parts = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Key key = new Key(rows.get(i, "e"), rows.get(i, "p"), rows.get(i, "o"), rows.get(i, "g"));
            List<Stated.Part> list = parts.computeIfAbsent(key, k -> new ArrayList<>());
            if (rows.get(i, "part") != null) {
                list.add(new Stated.Part(rows.get(i, "part"), rows.get(i, "pv")));
            }
        }
        Map<Node, List<Stated>> bySubject = new LinkedHashMap<>();
        parts.forEach((k, p) -> {
            p.sort(Comparator.comparing((Stated.Part x) -> x.property().toString()).thenComparing(x -> x.value().toString()));
            bySubject.computeIfAbsent(k.s(), s -> new ArrayList<>()).add(new Stated(k.s(), k.p(), k.o(), k.g(), p));
        });
        return bySubject;
    }

    /**
     * The table: the entity's statements grouped by property and value (dates as ISO 8601 to the precision their
     * source gives, "2025-01" for January 2025), then the links to it, capped.
     */
    StatementTable table(Node entity, List<Stated> out) {
        Set<Node> nodes = new HashSet<>();
        out.forEach(s -> {
            nodes.add(s.value());
            s.parts().forEach(p -> nodes.add(p.value()));
        });
        words.prefetch(nodes);
        Map<List<Node>, Node> precisions = new HashMap<>();
        out.forEach(s -> precisions.putIfAbsent(List.of(s.graph(), s.property()), s.value()));
        Map<String, Set<Node>> graphs = new LinkedHashMap<>();
        Map<String, StatementRow> rows = new LinkedHashMap<>();
        out.stream().sorted(Comparator.comparing((Stated s) -> prefixed(s.property())).thenComparing(s -> s.graph().toString()))
                .forEach(s -> {
                    String precision = Vocabulary.DATE_PRECISION.get(s.property().getURI());
                    Period period = precision == null ? null
                            : Period.of(s.value(), precisions.get(List.of(s.graph(), NodeFactory.createURI(precision))));
                    List<Span> value = period != null ? List.of(Span.text(period.iso())) : raw(s);
                    String key = s.property() + " " + value;
                    graphs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(s.graph());
                    rows.putIfAbsent(key, new StatementRow(new Span(prefixed(s.property()), s.property()), value, List.of()));
                });
        List<StatementRow> table = new ArrayList<>();
        rows.forEach((key, row) -> table.add(new StatementRow(row.property(), row.value(), sources.refs(graphs.get(key)))));
        return new StatementTable(table, incoming(entity), fetch.count(IN_COUNT, Map.of("e", entity)));
    }

    private List<IncomingLink> incoming(Node entity) {
        Rows rows = fetch.rows(IN, Map.of("e", entity), INCOMING_CAP * 3L);
        record Link(Node s, Node p) {}
        Map<Link, Set<Node>> links = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Link link = new Link(rows.get(i, "s"), rows.get(i, "p"));
            if (links.size() < INCOMING_CAP || links.containsKey(link)) {
                links.computeIfAbsent(link, k -> new LinkedHashSet<>()).add(rows.get(i, "g"));
            }
        }
        words.prefetch(links.keySet().stream().map(Link::s).toList());
        List<IncomingLink> incoming = new ArrayList<>();
        links.forEach((link, g) -> incoming.add(new IncomingLink(new Span(words.name(link.s()), link.s()),
                new Span(prefixed(link.p()), link.p()), sources.refs(g))));
        return incoming;
    }

    /** A value as recorded: entities by name, terms by prefixed name, literals as written, figures by their parts. */
    private List<Span> raw(Stated s) {
        if (!s.value().isBlank()) {
            return List.of(rawSpan(s.value()));
        }
        List<Span> spans = new ArrayList<>();
        for (Stated.Part p : s.parts()) {
            if (!spans.isEmpty()) {
                spans.add(Span.text("; "));
            }
            spans.add(new Span(prefixed(p.property()), p.property()));
            spans.add(Span.text(" "));
            spans.add(rawSpan(p.value()));
        }
        return spans;
    }

    private Span rawSpan(Node node) {
        if (node.isURI()) {
            return new Span(words.named(node) ? words.name(node) : prefixed(node), node);
        }
        return Span.text(node.isLiteral() ? node.getLiteralLexicalForm() : "");
    }

    static String prefixed(Node node) {
        String q = node.isURI() ? Prefixes.standard().qnameFor(node.getURI()) : null;
        return q != null ? q : node.isURI() ? node.getURI() : node.toString();
    }
}
