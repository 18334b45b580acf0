package org.aikg.core.store.mem;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The named graphs as one transaction sees them: the committed state for a reader, with its own changes for the writer. */
interface DataView {

    /** The id of the named graph, or -1 when the view has no graph of that name. */
    int id(Node name);

    /** The name of the graph with that id. */
    Node name(int id);

    /** The graph with that id, or null when there is none; it may be empty. */
    Graph graph(int id);

    /** The ids of every graph, ascending; some may be empty or gone. */
    int[] ids();

    /** Ascending ids of graphs that may hold the node as a subject: every graph that does is among them. */
    int[] subjectGraphs(Node node);

    /** Ascending ids of graphs that may hold the node as an object: every graph that does is among them. */
    int[] objectGraphs(Node node);

    /** Whether the graph may hold a triple that another graph holds too; false only when it surely holds none. */
    boolean sharesTriples(int id);
}
