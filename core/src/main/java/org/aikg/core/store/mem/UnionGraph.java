package org.aikg.core.store.mem;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.aikg.core.AikgException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NullIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The default graph of the dataset: the union of its named graphs, each triple once however many graphs state it.
 * A pattern with a subject or an object looks only in the graphs the index names for it. A triple is returned from
 * the graph with the lowest id that holds it, which needs no memory of what was returned: before returning a triple
 * from a graph, it checks whether a graph with a lower id among those that may hold the triple's subject (or object)
 * holds it too, unless the current graph is known to share no triple with another. It holds no triples of its own: adding to it is refused, removing from it removes nothing.
 */
final class UnionGraph extends GraphBase {

    /** Below this many earlier graphs to check, they are checked directly rather than through the index. */
    private static final int SCAN = 8;

    private final Supplier<DataView> views;

    UnionGraph(Supplier<DataView> views) {
        this.views = views;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple match) {
        Triple pattern = Literals.canonical(match);
        DataView view = views.get();
        int[] candidates = Candidates.of(view, pattern.getSubject(), pattern.getObject());
        if (candidates.length == 0) {
            return NullIterator.instance();
        }
        if (candidates.length == 1) {
            Graph graph = view.graph(candidates[0]);
            return graph == null ? NullIterator.instance() : graph.find(pattern);
        }
        return WrappedIterator.create(new Distinct(view, candidates, pattern));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        if (!triple.isConcrete()) {
            return containsByFind(triple);
        }
        Triple t = Literals.canonical(triple);
        DataView view = views.get();
        for (int id : Candidates.of(view, t.getSubject(), t.getObject())) {
            Graph graph = view.graph(id);
            if (graph != null && graph.contains(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void performAdd(Triple t) {
        throw refusal();
    }

    /** Why nothing can be added to the default graph, in words for the user. */
    static AikgException refusal() {
        return new AikgException(AikgException.Kind.REFUSED, "The default graph is the union of the named graphs and "
                + "holds no triples of its own; add to a named graph instead, e.g. INSERT DATA { GRAPH <g> { ... } }");
    }

    @Override
    public void performDelete(Triple t) {}

    @Override
    public void clear() {}

    @Override
    public void remove(Node s, Node p, Node o) {}

    /** The matches in the candidate graphs, each triple once. */
    private static final class Distinct implements Iterator<Triple> {

        private final DataView view;
        private final int[] candidates;
        private final Triple pattern;
        private int position = -1;
        private Iterator<Triple> current = NullIterator.instance();
        private Triple next;
        private boolean checking;

        Distinct(DataView view, int[] candidates, Triple pattern) {
            this.view = view;
            this.candidates = candidates;
            this.pattern = pattern;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current.hasNext()) {
                    Triple t = current.next();
                    if (firstHolder(t)) {
                        next = t;
                    }
                } else if (++position < candidates.length) {
                    checking = position > 0 && view.sharesTriples(candidates[position]);
                    Graph graph = view.graph(candidates[position]);
                    current = graph == null ? NullIterator.instance() : graph.find(pattern);
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Triple next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Triple t = next;
            next = null;
            return t;
        }

        /** Whether no graph with a lower id than the current one holds the triple. */
        private boolean firstHolder(Triple t) {
            if (!checking) {
                return true;
            }
            int id = candidates[position];
            int[] holders = candidates;
            if (position > SCAN) {
                holders = view.subjectGraphs(t.getSubject());
                if (holders.length > SCAN) {
                    int[] byObject = view.objectGraphs(t.getObject());
                    if (byObject.length < holders.length) {
                        holders = byObject;
                    }
                }
            }
            for (int holder : holders) {
                if (holder >= id) {
                    break;
                }
                Graph graph = view.graph(holder);
                if (graph != null && graph.contains(t)) {
                    return false;
                }
            }
            return true;
        }
    }
}
