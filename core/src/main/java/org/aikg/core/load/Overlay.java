package org.aikg.core.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Two graphs read as one, without copying: the first's triples, then those of the second that the first does not hold.
 * Validation reads its data through these, many thousand finds per graph; Jena's {@code Union} gives the same triples
 * but fills a set with every triple of the first graph on each find to leave out the repeats.
 */
final class Overlay extends GraphBase {

    private final Graph first;
    private final Graph second;

    Overlay(Graph first, Graph second) {
        this.first = first;
        this.second = second;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return first.find(pattern).andThen(second.find(pattern).filterDrop(first::contains));
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return first.contains(triple) || second.contains(triple);
    }

    @Override
    public boolean isEmpty() {
        return first.isEmpty() && second.isEmpty();
    }
}
