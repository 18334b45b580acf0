package org.aikg.core.store.mem;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * One named graph of the dataset as the calling thread's transaction sees it; changes go through the dataset, so
 * they belong to the write transaction.
 */
final class NamedGraphView extends GraphBase {

    private final MemDatasetGraph dataset;
    private final Node name;

    NamedGraphView(MemDatasetGraph dataset, Node name) {
        this.dataset = dataset;
        this.name = name;
    }

    private Graph current() {
        return dataset.namedGraph(name);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return current().find(Literals.canonical(pattern));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return current().contains(Literals.canonical(t));
    }

    @Override
    protected int graphBaseSize() {
        return current().size();
    }

    @Override
    public void performAdd(Triple t) {
        dataset.add(name, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void performDelete(Triple t) {
        dataset.delete(name, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override
    public void clear() {
        dataset.removeGraph(name);
    }

    @Override
    public void remove(Node s, Node p, Node o) {
        dataset.deleteAny(name, s, p, o);
    }
}
