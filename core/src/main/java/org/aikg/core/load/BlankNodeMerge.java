package org.aikg.core.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Leaves out of an import the blank-node trees the store already holds. A blank node is new in every file, so
 * importing a file twice, or restoring an export into a store that holds the bundle, would otherwise repeat every
 * figure ({@code id:x aikg:changePercent [ ... ]}) and every membership ({@code [ a org:Membership ; ... ]}). A staged
 * tree is taken for one the store holds when the same graph has a tree with the same description in the same place
 * (under the same subject and property, or at the top, referenced by nothing) that no other staged tree has matched
 * yet; it is then dropped, and the store ends as it would after importing the file once. Trees within the import are
 * never merged with each other, so what a file says is kept as it says it. Only trees are merged: a blank node
 * referenced at most once, in one graph, whose blank nodes are trees too, at most {@value #DEPTH} levels deep.
 */
final class BlankNodeMerge {

    private static final int DEPTH = 32;

    private BlankNodeMerge() {}

    /** Removes from {@code staged} the trees {@code existing} (the graph's neighbourhood in the store) already states. */
    static int apply(Node graph, Graph staged, Graph existing, Staging staging) {
        if (existing.isEmpty()) {
            return 0;
        }
        Map<Node, List<Triple>> rooted = new HashMap<>();
        Set<Node> top = new LinkedHashSet<>();
        staged.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && t.getObject().isBlank()) {
                rooted.computeIfAbsent(t.getSubject(), s -> new ArrayList<>(2)).add(t);
            } else if (t.getSubject().isBlank() && references(staged, t.getSubject()) == 0) {
                top.add(t.getSubject());
            }
        });
        List<Triple> drop = new ArrayList<>();
        int merged = 0;
        for (Map.Entry<Node, List<Triple>> subject : rooted.entrySet()) {
            Map<String, Integer> unmatched = new HashMap<>();
            existing.find(subject.getKey(), Node.ANY, Node.ANY).forEachRemaining(t -> {
                String known = t.getObject().isBlank() ? description(existing, t.getObject(), 0) : null;
                if (known != null) {
                    unmatched.merge(key(t, known), 1, Integer::sum);
                }
            });
            for (Triple root : subject.getValue()) {
                String description = unmatched.isEmpty() ? null : staged(staged, root.getObject(), 1, graph, staging);
                if (description != null && take(unmatched, key(root, description))) {
                    drop.add(root);
                    tree(staged, root.getObject(), drop);
                    merged++;
                }
            }
        }
        Map<String, Integer> unmatchedTop = new HashMap<>();
        for (Node blank : Neighbourhood.topBlankNodes(existing)) {
            String known = description(existing, blank, 0);
            if (known != null) {
                unmatchedTop.merge(known, 1, Integer::sum);
            }
        }
        for (Node blank : top) {
            String description = unmatchedTop.isEmpty() ? null : staged(staged, blank, 0, graph, staging);
            if (description != null && take(unmatchedTop, description)) {
                tree(staged, blank, drop);
                merged++;
            }
        }
        drop.forEach(staged::delete);
        return merged;
    }

    /** Matches one not yet matched tree with this key, if there is one. */
    private static boolean take(Map<String, Integer> unmatched, String key) {
        Integer n = unmatched.get(key);
        if (n == null) {
            return false;
        }
        if (n == 1) {
            unmatched.remove(key);
        } else {
            unmatched.put(key, n - 1);
        }
        return true;
    }

    private static String key(Triple root, String description) {
        return NodeFmtLib.strNT(root.getPredicate()) + " " + description;
    }

    /**
     * The description of a staged blank node, or null when it is no tree: it must be referenced as often as its place
     * says (once under a subject, never at the top), occur in this graph only, and so must the blank nodes under it.
     */
    private static String staged(Graph g, Node blank, int references, Node graph, Staging staging) {
        if (!staging.confined(blank, graph) || references(g, blank) != references) {
            return null;
        }
        return describe(g, blank, 0, child -> staging.confined(child, graph) && references(g, child) == 1);
    }

    /** The description of a blank node in the store, taken as it is. */
    private static String description(Graph g, Node blank, int depth) {
        return describe(g, blank, depth, child -> true);
    }

    /** The blank node's properties and values as text, the same for equal trees; null past the depth or a refused child. */
    private static String describe(Graph g, Node blank, int depth, java.util.function.Predicate<Node> tree) {
        if (depth > DEPTH) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Triple t : g.find(blank, Node.ANY, Node.ANY).toList()) {
            Node o = t.getObject();
            String value = !o.isBlank() ? NodeFmtLib.strNT(canonical(o))
                    : tree.test(o) ? describe(g, o, depth + 1, tree) : null;
            if (value == null) {
                return null;
            }
            parts.add(NodeFmtLib.strNT(t.getPredicate()) + " " + value);
        }
        parts.sort(null);
        return "[" + String.join(" ; ", parts) + "]";
    }

    /** A literal as the store keeps it (TDB2 keeps numbers, dates and booleans by value, in canonical form). */
    private static Node canonical(Node node) {
        if (!node.isLiteral()) {
            return node;
        }
        NodeId inline = NodeId.inline(node);
        return inline == null ? node : NodeId.extract(inline);
    }

    static int references(Graph g, Node blank) {
        int n = 0;
        ExtendedIterator<Triple> uses = g.find(Node.ANY, Node.ANY, blank);
        try {
            while (uses.hasNext() && n < 2) {
                uses.next();
                n++;
            }
        } finally {
            uses.close();
        }
        return n;
    }

    private static void tree(Graph g, Node blank, List<Triple> into) {
        g.find(blank, Node.ANY, Node.ANY).forEachRemaining(t -> {
            into.add(t);
            if (t.getObject().isBlank()) {
                tree(g, t.getObject(), into);
            }
        });
    }
}
