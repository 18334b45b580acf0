package org.aikg.core.fuzz;

import java.util.Iterator;
import org.aikg.core.KnowledgeGraph;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The content of a TDB2 store (in memory or on disk) as a count and an order-independent digest of its quads and
 * default-graph triples, read at the level of node ids: cheap enough to take around every refused write of a fuzz run.
 */
record Fingerprint(long rows, long digest) {

    /** The fingerprint of the store behind the graph. */
    static Fingerprint of(KnowledgeGraph graph) {
        DatasetGraph dataset = graph.store().dataset();
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
            long[] sum = new long[2];
            add(tdb.getQuadTable().getNodeTupleTable().findAll(), sum);
            add(tdb.getTripleTable().getNodeTupleTable().findAll(), sum);
            return new Fingerprint(sum[0], sum[1]);
        });
    }

    private static void add(Iterator<Tuple<NodeId>> rows, long[] sum) {
        while (rows.hasNext()) {
            Tuple<NodeId> row = rows.next();
            long h = row.len();
            for (int i = 0; i < row.len(); i++) {
                h = (h * 1_000_003L + row.get(i).getValue56()) * 31 + row.get(i).getTypeValue();
            }
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
