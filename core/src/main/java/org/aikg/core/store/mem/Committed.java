package org.aikg.core.store.mem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem.GraphMem;

/**
 * The committed named graphs, each a compact in-memory graph under a numeric id, and the index from subjects and
 * objects to the graphs that hold them, and which graphs may hold a triple that another graph holds too. Readers
 * share it; only a commit changes it, while no reader is active.
 * A graph that becomes empty is dropped, so every graph here holds at least one triple.
 */
final class Committed implements DataView {

    private final Map<Node, Integer> ids = new HashMap<>();
    private Node[] names = new Node[16];
    private GraphMem[] graphs = new GraphMem[16];
    private int limit;
    private int[] live = NodeGraphs.NONE;
    private NodeGraphs index = new NodeGraphs();
    private final BitSet sharing = new BitSet();

    @Override
    public int id(Node name) {
        Integer id = ids.get(name);
        return id == null ? -1 : id;
    }

    @Override
    public Node name(int id) {
        return names[id];
    }

    @Override
    public GraphMem graph(int id) {
        return id >= 0 && id < limit ? graphs[id] : null;
    }

    @Override
    public int[] ids() {
        return live;
    }

    @Override
    public int[] subjectGraphs(Node node) {
        return index.subjectGraphs(node);
    }

    @Override
    public int[] objectGraphs(Node node) {
        return index.objectGraphs(node);
    }

    @Override
    public boolean sharesTriples(int id) {
        return sharing.get(id);
    }

    /** The canonical instance of a node this state already holds, or null. */
    Node canonical(Node node) {
        return index.canonical(node);
    }

    /** The id the next new graph gets. */
    int limit() {
        return limit;
    }

    /** Applies a write transaction's changes; the caller makes sure that no reader is active. */
    void apply(Changes changes) {
        List<Triple> gone = new ArrayList<>();
        int newLimit = changes.limit();
        if (newLimit > graphs.length) {
            int capacity = Math.max(newLimit, graphs.length * 2);
            graphs = Arrays.copyOf(graphs, capacity);
            names = Arrays.copyOf(names, capacity);
        }
        NodeGraphs added = changes.addedIndex();
        if (added.size() > index.size()) {
            added.addAll(index);
            index = added;
        } else {
            index.addAll(added);
        }
        changes.forEachChange((id, change) -> {
            GraphMem graph = id < limit ? graphs[id] : null;
            gone.clear();
            GraphMem result = change.applyTo(graph, gone);
            for (Triple t : gone) {
                if (!result.contains(t.getSubject(), Node.ANY, Node.ANY)) {
                    index.removeSubject(t.getSubject(), id);
                }
                if (!result.contains(Node.ANY, Node.ANY, t.getObject())) {
                    index.removeObject(t.getObject(), id);
                }
            }
            Node name = changes.name(id);
            if (result.isEmpty()) {
                graphs[id] = null;
                names[id] = null;
                ids.remove(name);
            } else {
                graphs[id] = result;
                names[id] = name;
                ids.put(name, id);
            }
        });
        sharing.or(changes.sharing());
        limit = newLimit;
        live = java.util.stream.IntStream.range(0, limit).filter(i -> graphs[i] != null).toArray();
    }
}
