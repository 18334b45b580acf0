package org.aikg.core.store.mem;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A write transaction's changes, kept apart from the committed state until commit, and the view the writer reads
 * through: the committed graphs with these changes laid over them. Nodes are stored as the canonical instances the
 * committed state or this transaction already holds.
 */
final class Changes implements DataView {

    private final Committed base;
    private final Map<Node, Integer> newIds = new HashMap<>();
    private final List<Node> newNames = new ArrayList<>();
    private final Map<Integer, GraphChange> changes = new HashMap<>();
    private final NodeGraphs added = new NodeGraphs();
    private final BitSet sharing = new BitSet();
    private Node lastName;
    private int lastId = -1;
    private GraphChange lastChange;
    private Node lastSubject;
    private int lastSubjectGraph = -1;
    private Node lastSubjectCanonical;
    private int[] lastSubjectHolders;

    Changes(Committed base) {
        this.base = base;
    }

    @Override
    public int id(Node name) {
        Integer id = newIds.get(name);
        return id != null ? id : base.id(name);
    }

    @Override
    public Node name(int id) {
        return id < base.limit() ? base.name(id) : newNames.get(id - base.limit());
    }

    @Override
    public Graph graph(int id) {
        GraphChange change = changes.get(id);
        return change != null ? change.view() : base.graph(id);
    }

    @Override
    public int[] ids() {
        int[] committed = base.ids();
        int[] all = java.util.Arrays.copyOf(committed, committed.length + newNames.size());
        for (int i = 0; i < newNames.size(); i++) {
            all[committed.length + i] = base.limit() + i;
        }
        return all;
    }

    @Override
    public boolean sharesTriples(int id) {
        return sharing.get(id) || base.sharesTriples(id);
    }

    @Override
    public int[] subjectGraphs(Node node) {
        return union(base.subjectGraphs(node), added.subjectGraphs(node));
    }

    @Override
    public int[] objectGraphs(Node node) {
        return union(base.objectGraphs(node), added.objectGraphs(node));
    }

    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) {
            return a;
        }
        if (a.length == 0) {
            return b;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j == b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            out[n++] = next;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    void add(Node graph, Node s, Node p, Node o) {
        GraphChange change = change(graph, true);
        int id = lastId;
        Triple t = Triple.create(subject(s, id), p, object(o, id));
        change.add(t);
        for (int other : lastSubjectHolders) {
            if (other != id && !(sharesTriples(id) && sharesTriples(other))) {
                Graph holder = graph(other);
                if (holder != null && holder.contains(t)) {
                    sharing.set(id);
                    sharing.set(other);
                }
            }
        }
    }

    void delete(Node graph, Node s, Node p, Node o) {
        GraphChange change = change(graph, false);
        if (change != null) {
            change.delete(Triple.create(s, p, o));
        }
    }

    /** Empties the named graph. */
    void clear(Node graph) {
        GraphChange change = change(graph, false);
        if (change != null) {
            change.clear();
        }
    }

    private GraphChange change(Node graph, boolean create) {
        if (graph == lastName) {
            return lastChange;
        }
        int id = id(graph);
        if (id < 0) {
            if (!create) {
                return null;
            }
            id = base.limit() + newNames.size();
            newNames.add(graph);
            newIds.put(graph, id);
        }
        GraphChange change = changes.computeIfAbsent(id, i -> new GraphChange(base.graph(i)));
        lastName = graph;
        lastId = id;
        lastChange = change;
        return change;
    }

    private Node subject(Node s, int graph) {
        if (s == lastSubject && graph == lastSubjectGraph) {
            return lastSubjectCanonical;
        }
        Node known = base.canonical(s);
        Node canonical = added.addSubject(known != null ? known : s, graph);
        lastSubject = s;
        lastSubjectGraph = graph;
        lastSubjectCanonical = canonical;
        lastSubjectHolders = subjectGraphs(canonical);
        return canonical;
    }

    private Node object(Node o, int graph) {
        Node known = base.canonical(o);
        return added.addObject(known != null ? known : o, graph);
    }

    /** The id the next graph new in the committed state would get after this transaction. */
    int limit() {
        return base.limit() + newNames.size();
    }

    /** The graphs that may share a triple with another graph because of what this transaction added. */
    BitSet sharing() {
        return sharing;
    }

    /** The graphs holding each node this transaction added, by id. */
    NodeGraphs addedIndex() {
        return added;
    }

    void forEachChange(BiConsumer<Integer, GraphChange> action) {
        changes.forEach(action);
    }
}
