package org.aikg.core.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;

/**
 * Sort keys for the nodes of a set of quads that do not depend on how a store numbered its blank nodes: an IRI or
 * literal is its own text, a blank node its description (its properties and values, with the blank nodes among them
 * described in turn, down to {@value #DEPTH} levels). Equal data then sorts, and so is labelled and written, the same
 * way whichever store it comes from.
 */
final class BlankNodeKeys {

    private static final int DEPTH = 8;

    private final Map<Node, List<Quad>> outgoing = new HashMap<>();
    private final Map<Node, String> keys = new HashMap<>();

    BlankNodeKeys(List<Quad> quads) {
        for (Quad q : quads) {
            if (q.getSubject().isBlank()) {
                outgoing.computeIfAbsent(q.getSubject(), b -> new ArrayList<>()).add(q);
            }
        }
    }

    /** The key of a subject, object or graph; blank nodes sort after IRIs and literals. */
    String key(Node node) {
        if (node == null || Quad.isDefaultGraph(node)) {
            return "";
        }
        if (!node.isBlank()) {
            return node.isURI() ? node.getURI() : NodeFmtLib.strNT(node);
        }
        return keys.computeIfAbsent(node, b -> "~" + describe(b, 0, new HashSet<>()));
    }

    private static String graph(Node graph) {
        return Quad.isDefaultGraph(graph) ? "" : graph.isBlank() ? "_" : NodeFmtLib.strNT(graph);
    }

    private String describe(Node blank, int depth, Set<Node> path) {
        if (depth >= DEPTH || !path.add(blank)) {
            return "[]";
        }
        List<String> parts = new ArrayList<>();
        for (Quad q : outgoing.getOrDefault(blank, List.of())) {
            Node o = q.getObject();
            String value = o.isBlank() ? describe(o, depth + 1, path) : NodeFmtLib.strNT(o);
            parts.add(NodeFmtLib.strNT(q.getPredicate()) + " " + value + " " + graph(q.getGraph()));
        }
        path.remove(blank);
        parts.sort(null);
        return "[" + String.join(" ; ", parts) + "]";
    }
}
