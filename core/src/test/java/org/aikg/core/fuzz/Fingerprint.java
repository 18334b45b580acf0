package org.aikg.core.fuzz;

import java.util.Iterator;
import org.aikg.core.KnowledgeGraph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The content of a store as a count and an order-independent digest of its quads (every named graph, and the stored
 * default graph): cheap enough to take around every refused write of a fuzz run, whatever the store.
 */
record Fingerprint(long rows, long digest) {

    /** The fingerprint of the store behind the graph. */
    static Fingerprint of(KnowledgeGraph graph) {
        DatasetGraph dataset = graph.store().dataset();
        return Txn.calculateRead(dataset, () -> {
            long[] sum = new long[2];
            add(dataset.find(), sum);
            add(dataset.find(Quad.defaultGraphIRI, null, null, null), sum);
            return new Fingerprint(sum[0], sum[1]);
        });
    }

    private static void add(Iterator<Quad> quads, long[] sum) {
        while (quads.hasNext()) {
            Quad quad = quads.next();
            long h = quad.isDefaultGraph() ? 0 : quad.getGraph().hashCode();
            h = ((h * 1_000_003L + quad.getSubject().hashCode()) * 1_000_003L + quad.getPredicate().hashCode())
                    * 1_000_003L + quad.getObject().hashCode();
            sum[0]++;
            sum[1] += mix(h);
        }
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
