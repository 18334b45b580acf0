package org.aikg.core.store.mem;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.mem.GraphMem;
import org.apache.jena.mem.GraphMemFast;

/**
 * What a write transaction did to one named graph: the triples it added that the committed graph lacks, the
 * committed triples it removed, and whether it cleared the committed graph first. A graph new in the transaction has
 * no committed graph; its added triples become the committed graph as they are.
 */
final class GraphChange {

    private final GraphMem base;
    private boolean cleared;
    private GraphMem added = new GraphMemFast();
    private GraphMem removed;

    GraphChange(GraphMem base) {
        this.base = base;
    }

    private boolean baseVisible() {
        return base != null && !cleared;
    }

    void add(Triple t) {
        if (baseVisible()) {
            if (removed != null && removed.contains(t)) {
                removed.performDelete(t);
                return;
            }
            if (base.contains(t)) {
                return;
            }
        }
        added.performAdd(t);
    }

    void delete(Triple t) {
        if (added.contains(t)) {
            added.performDelete(t);
        } else if (baseVisible() && base.contains(t)) {
            if (removed == null) {
                removed = new GraphMemFast();
            }
            removed.performAdd(t);
        }
    }

    void clear() {
        cleared = true;
        added = new GraphMemFast();
        removed = null;
    }

    /** The graph as the writing transaction sees it. */
    Graph view() {
        if (!baseVisible()) {
            return added;
        }
        if (removed == null && added.isEmpty()) {
            return base;
        }
        return new OverlayGraph(base, added, removed);
    }

    /**
     * Makes the committed graph what the transaction sees, and returns it: the given graph changed in place, or a
     * new one. Collects the committed triples that went away.
     */
    GraphMem applyTo(GraphMem committed, List<Triple> gone) {
        if (committed == null) {
            return added;
        }
        if (cleared) {
            committed.find().forEachRemaining(t -> {
                if (!added.contains(t)) {
                    gone.add(t);
                }
            });
            return added;
        }
        if (removed != null) {
            removed.find().forEachRemaining(t -> {
                committed.performDelete(t);
                gone.add(t);
            });
        }
        added.find().forEachRemaining(committed::performAdd);
        return committed;
    }
}
