package org.aikg.core.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.RDF;

/**
 * What a store already holds in one graph about what an import stages in that graph: the statements about each staged
 * subject with the blank nodes under them, the statements about the things those statements point to (the shapes
 * check a value's class and, for a domain, its scheme), and the blank-node trees at the top of the graph (referenced
 * by nothing) that share a statement with a staged top-level tree. Validation and {@link BlankNodeMerge} need no more
 * of the store. Call inside a read transaction.
 */
final class Neighbourhood {

    private Neighbourhood() {}

    static Graph of(DatasetGraph store, Node graph, Graph staged) {
        Graph near = GraphFactory.createDefaultGraph();
        if (store == null || !store.containsGraph(graph)) {
            return near;
        }
        Set<Node> seen = new HashSet<>();
        Set<Node> top = new LinkedHashSet<>();
        Set<Node> values = new LinkedHashSet<>();
        ExtendedIterator<Triple> all = staged.find();
        while (all.hasNext()) {
            Triple t = all.next();
            Node subject = t.getSubject();
            if (t.getObject().isURI()) {
                values.add(t.getObject());
            }
            if (!subject.isBlank() && seen.add(subject)) {
                copy(store, graph, subject, near, seen);
            } else if (subject.isBlank() && BlankNodeMerge.references(staged, subject) == 0) {
                top.add(subject);
            }
        }
        for (Node blank : top) {
            Triple anchor = anchor(staged, blank);
            if (anchor != null) {
                store.find(graph, Node.ANY, anchor.getPredicate(), anchor.getObject()).forEachRemaining(q -> {
                    Node candidate = q.getSubject();
                    if (candidate.isBlank() && !store.find(graph, Node.ANY, Node.ANY, candidate).hasNext() && seen.add(candidate)) {
                        copy(store, graph, candidate, near, seen);
                    }
                });
            }
        }
        near.find().forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                values.add(t.getObject());
            }
        });
        for (Node value : values) {
            if (seen.add(value)) {
                copy(store, graph, value, near, seen);
            }
        }
        return near;
    }

    /** The blank nodes of a graph that are subjects and referenced by nothing. */
    static Set<Node> topBlankNodes(Graph g) {
        Set<Node> top = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() && BlankNodeMerge.references(g, t.getSubject()) == 0) {
                top.add(t.getSubject());
            }
        });
        return top;
    }

    /** A statement of the blank node with a value that is no blank node, preferring one that is not its type. */
    private static Triple anchor(Graph staged, Node blank) {
        Triple found = null;
        for (Triple t : staged.find(blank, Node.ANY, Node.ANY).toList()) {
            if (!t.getObject().isBlank() && (found == null || found.getPredicate().equals(RDF.type.asNode()))) {
                found = t;
            }
        }
        return found;
    }

    private static void copy(DatasetGraph store, Node graph, Node start, Graph near, Set<Node> seen) {
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            store.find(graph, todo.pop(), Node.ANY, Node.ANY).forEachRemaining(q -> {
                near.add(q.asTriple());
                if (q.getObject().isBlank() && seen.add(q.getObject())) {
                    todo.push(q.getObject());
                }
            });
        }
    }
}
