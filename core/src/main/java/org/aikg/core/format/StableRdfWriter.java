package org.aikg.core.format;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes Turtle, TriG, N-Triples and N-Quads so that the same quads always give the same bytes: subjects, properties
 * and values sorted, blank nodes used once written inline as {@code [ ]}, other blank nodes labelled in order.
 */
public final class StableRdfWriter {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");
    private static final String INDENT = "    ";
    private static final int INLINE_DEPTH = 32;

    private final PrefixMapping prefixes;
    private final TreeSet<String> usedPrefixes = new TreeSet<>();
    private final Map<Node, String> labels = new HashMap<>();
    private Map<Node, Map<Node, List<Node>>> bySubject;
    private Map<Node, Integer> objectUses;
    private BlankNodeKeys keys;
    private final Deque<Node> deferred = new ArrayDeque<>();

    public StableRdfWriter(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /** Writes the quads in the format, which must be turtle, trig, ntriples or nquads; triple formats merge graphs. */
    public void write(List<Quad> quads, OutputFormat format, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        switch (format) {
            case NTRIPLES, NQUADS -> lines(quads, format == OutputFormat.NQUADS, writer);
            case TURTLE -> {
                StringBuilder body = new StringBuilder();
                block(quads, "", body);
                header(writer);
                writer.print(body);
            }
            case TRIG -> {
                Map<String, List<Quad>> graphs = new TreeMap<>();
                for (Quad q : quads) {
                    graphs.computeIfAbsent(q.isDefaultGraph() ? "" : q.getGraph().getURI(), g -> new ArrayList<>()).add(q);
                }
                StringBuilder body = new StringBuilder();
                for (Map.Entry<String, List<Quad>> g : graphs.entrySet()) {
                    if (g.getKey().isEmpty()) {
                        block(g.getValue(), "", body);
                    } else {
                        body.append(iri(g.getKey())).append(" {\n");
                        block(g.getValue(), INDENT, body);
                        body.append("}\n\n");
                    }
                }
                header(writer);
                writer.print(body);
            }
            default -> throw new IllegalArgumentException(format + " is not written by " + getClass().getSimpleName());
        }
        writer.flush();
    }

    private void header(PrintWriter writer) {
        int width = usedPrefixes.stream().mapToInt(String::length).max().orElse(0);
        for (String p : usedPrefixes) {
            writer.println("@prefix " + p + ":" + " ".repeat(width - p.length()) + " <" + prefixes.getNsPrefixURI(p) + "> .");
        }
        if (!usedPrefixes.isEmpty()) {
            writer.println();
        }
    }

    private void lines(List<Quad> quads, boolean withGraph, PrintWriter writer) {
        labelBlankNodes(quads);
        TreeSet<String> lines = new TreeSet<>();
        for (Quad q : quads) {
            String line = plain(q.getSubject()) + " " + plain(q.getPredicate()) + " " + plain(q.getObject())
                    + (withGraph && !q.isDefaultGraph() ? " " + plain(q.getGraph()) : "") + " .";
            lines.add(line);
        }
        lines.forEach(writer::println);
    }

    private void labelBlankNodes(List<Quad> quads) {
        BlankNodeKeys keys = new BlankNodeKeys(quads);
        List<Quad> sorted = new ArrayList<>(quads);
        sorted.sort(Comparator.comparing((Quad q) -> keys.key(q.getSubject())).thenComparing(q -> q.getPredicate().getURI())
                .thenComparing(q -> keys.key(q.getObject())).thenComparing(q -> keys.key(q.getGraph())));
        for (Quad q : sorted) {
            for (Node n : new Node[] {q.getSubject(), q.getObject()}) {
                if (n.isBlank()) {
                    labels.computeIfAbsent(n, b -> "b" + labels.size());
                }
            }
        }
    }

    private String plain(Node node) {
        if (node.isBlank()) {
            return "_:" + labels.get(node);
        }
        return NodeFmtLib.strNT(node);
    }

    private void block(List<Quad> quads, String indent, StringBuilder out) {
        bySubject = new HashMap<>();
        objectUses = new HashMap<>();
        for (Quad q : quads) {
            bySubject.computeIfAbsent(q.getSubject(), s -> new TreeMap<>(Comparator.comparing(this::predicateKey)))
                    .computeIfAbsent(q.getPredicate(), p -> new ArrayList<>()).add(q.getObject());
            if (q.getObject().isBlank()) {
                objectUses.merge(q.getObject(), 1, Integer::sum);
            }
        }
        keys = new BlankNodeKeys(quads);
        List<Node> roots = new ArrayList<>();
        for (Node s : bySubject.keySet()) {
            if (!s.isBlank() || objectUses.getOrDefault(s, 0) != 1) {
                roots.add(s);
            }
        }
        roots.sort(Comparator.comparing(keys::key));
        for (Node s : roots) {
            if (s.isBlank()) {
                label(s);
            }
        }
        for (Node s : roots) {
            statement(s, indent, out);
            while (!deferred.isEmpty()) {
                statement(deferred.poll(), indent, out);
            }
        }
    }

    private void statement(Node subject, String indent, StringBuilder out) {
        out.append(indent).append(subject.isBlank() ? "_:" + labels.get(subject) : term(subject));
        out.append(properties(subject, indent + INDENT, 0)).append(" .\n\n");
    }

    private String label(Node blank) {
        return labels.computeIfAbsent(blank, b -> "b" + labels.size());
    }

    private String predicateKey(Node p) {
        return p.equals(RDF.type.asNode()) ? "" : p.getURI();
    }

    private String properties(Node subject, String indent, int depth) {
        StringBuilder sb = new StringBuilder();
        Map<Node, List<Node>> props = bySubject.getOrDefault(subject, Map.of());
        boolean first = true;
        for (Map.Entry<Node, List<Node>> e : props.entrySet()) {
            sb.append(first ? " " : " ;\n" + indent);
            first = false;
            sb.append(e.getKey().equals(RDF.type.asNode()) ? "a" : term(e.getKey())).append(' ');
            List<Node> objects = new ArrayList<>(e.getValue());
            objects.sort(Comparator.comparing(keys::key));
            List<String> values = new ArrayList<>();
            for (Node o : objects) {
                values.add(value(o, indent, depth));
            }
            values.sort(Comparator.naturalOrder());
            sb.append(String.join(" , ", values));
        }
        return sb.toString();
    }

    /**
     * A value: a blank node used once is written inline as {@code [ ]}, down to {@value #INLINE_DEPTH} levels; deeper
     * ones get a label and a statement of their own after the current one, so that no nesting overflows the stack.
     */
    private String value(Node o, String indent, int depth) {
        if (o.isBlank() && objectUses.getOrDefault(o, 0) == 1 && depth < INLINE_DEPTH) {
            return "[" + properties(o, indent + INDENT, depth + 1) + " ]";
        }
        if (o.isBlank()) {
            if (objectUses.getOrDefault(o, 0) == 1 && !labels.containsKey(o)) {
                deferred.add(o);
            }
            return "_:" + label(o);
        }
        return term(o);
    }

    private String term(Node node) {
        if (node.isURI()) {
            return iri(node.getURI());
        }
        if (node.isLiteral()) {
            String dt = node.getLiteralDatatypeURI();
            String lex = node.getLiteralLexicalForm();
            if (dt != null && (dt.endsWith("#integer") && lex.matches("[+-]?\\d+")
                    || dt.endsWith("#decimal") && lex.matches("[+-]?\\d*\\.\\d+"))) {
                return lex;
            }
            if (dt != null && !dt.endsWith("#string") && !dt.endsWith("#langString")) {
                return NodeFmtLib.strNT(org.apache.jena.graph.NodeFactory.createLiteralString(lex)) + "^^" + iri(dt);
            }
            return NodeFmtLib.strNT(node);
        }
        return NodeFmtLib.strNT(node);
    }

    private String iri(String iri) {
        List<Map.Entry<String, String>> candidates = new ArrayList<>(prefixes.getNsPrefixMap().entrySet());
        candidates.sort(Comparator.comparing((Map.Entry<String, String> e) -> -e.getValue().length())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, String> e : candidates) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && LOCAL.matcher(iri.substring(ns.length())).matches()) {
                usedPrefixes.add(e.getKey());
                return e.getKey() + ":" + iri.substring(ns.length());
            }
        }
        return "<" + iri + ">";
    }
}
