package org.aikg.core.load;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What an import has parsed, kept for validation: its triples graph by graph, which graph each blank node occurs in,
 * and a count of quads.
 */
final class Staging {

    /** Marks a blank node that occurs in more than one graph. */
    private static final Node SEVERAL = NodeFactory.createBlankNode("aikg-several-graphs");

    private final Map<Node, Graph> graphs = new LinkedHashMap<>();
    private final Map<Node, Node> blankNodeGraphs = new HashMap<>();
    private Node lastName;
    private Graph last;
    private long quads;
    private int released = -1;

    void add(Quad quad) {
        Node name = quad.getGraph();
        if (name != lastName) {
            last = graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph());
            lastName = name;
        }
        last.add(quad.asTriple());
        if (quad.getSubject().isBlank()) {
            place(quad.getSubject(), name);
        }
        if (quad.getObject().isBlank()) {
            place(quad.getObject(), name);
        }
        quads++;
    }

    private void place(Node blank, Node graph) {
        Node seen = blankNodeGraphs.putIfAbsent(blank, graph);
        if (seen != null && !seen.equals(graph)) {
            blankNodeGraphs.put(blank, SEVERAL);
        }
    }

    /** The staged triples of each graph, in the order the graphs first appeared. */
    Map<Node, Graph> graphs() {
        return graphs;
    }

    /** Whether a blank node occurs in that graph only. */
    boolean confined(Node blank, Node graph) {
        return graph.equals(blankNodeGraphs.get(blank));
    }

    long quads() {
        return quads;
    }

    /**
     * Lets the staged triples go once they are validated and in the indexes, keeping only the counts for the report:
     * switching to a new store generation makes TDB2 run a full collection, which would otherwise trace them all.
     */
    void release() {
        released = graphs.size();
        graphs.clear();
        blankNodeGraphs.clear();
        last = null;
        lastName = null;
    }

    ImportReport report(long start) {
        return new ImportReport(quads, released >= 0 ? released : graphs.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
