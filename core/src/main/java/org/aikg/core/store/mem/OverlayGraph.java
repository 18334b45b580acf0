package org.aikg.core.store.mem;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/** A read-only graph: a committed graph without the triples a write transaction removed, plus those it added. */
final class OverlayGraph extends GraphBase {

    private final Graph base;
    private final Graph added;
    private final Graph removed;

    /** The removed triples are among the base's, the added ones are not. */
    OverlayGraph(Graph base, Graph added, Graph removed) {
        this.base = base;
        this.added = added;
        this.removed = removed;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> kept = base.find(pattern);
        if (removed != null) {
            kept = kept.filterDrop(removed::contains);
        }
        return kept.andThen(added.find(pattern));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        if (!t.isConcrete()) {
            return containsByFind(t);
        }
        if (added.contains(t)) {
            return true;
        }
        return base.contains(t) && (removed == null || !removed.contains(t));
    }

    @Override
    protected int graphBaseSize() {
        return base.size() - (removed == null ? 0 : removed.size()) + added.size();
    }

    @Override
    public void performAdd(Triple t) {
        throw new UnsupportedOperationException("A transaction's view of a graph is read-only");
    }

    @Override
    public void performDelete(Triple t) {
        throw new UnsupportedOperationException("A transaction's view of a graph is read-only");
    }
}
