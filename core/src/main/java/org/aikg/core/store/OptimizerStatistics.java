package org.aikg.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.aikg.core.AikgException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;

/**
 * The statistics TDB2's query optimizer reads from {@code stats.opt} in a database directory (what
 * {@code tdb2.tdbstats --graph urn:x-arq:UnionGraph} writes): how many distinct triples the union of the named graphs
 * holds, per predicate and per class. They are counted from the POSG index, where the triples of one predicate, and
 * the repeats of one triple across graphs, sit next to each other.
 */
public final class OptimizerStatistics {

    private static final int NODE_ID = NodeId.SIZE;

    private OptimizerStatistics() {}

    /** Counts the statistics of the database; call inside a transaction on it. */
    public static StatsResults of(DatasetGraphTDB database) {
        Counter counter = new Counter(database);
        BPlusTree posg = posg(database);
        if (posg != null) {
            posg.iterator().forEachRemaining(record -> counter.posg(record.getKey()));
        }
        return counter.results();
    }

    /** Counts from the keys of a POSG index, given in the index's order. */
    public static final class Counter {

        private final StatsCollectorNodeId collector;
        private byte[] previous;

        /** Starts counting for the database; call inside a transaction on it. */
        public Counter(DatasetGraphTDB database) {
            collector = new StatsCollectorNodeId(database.getQuadTable().getNodeTupleTable().getNodeTable());
        }

        /** Counts the key's triple unless the key before it was the same triple in another graph. */
        public void posg(byte[] key) {
            if (previous != null && Arrays.equals(key, 0, 3 * NODE_ID, previous, 0, 3 * NODE_ID)) {
                return;
            }
            previous = key;
            collector.record(null, NodeIdFactory.get(key, 2 * NODE_ID), NodeIdFactory.get(key, 0),
                    NodeIdFactory.get(key, NODE_ID));
        }

        /** What was counted; call inside a transaction on the database. */
        public StatsResults results() {
            return collector.results();
        }
    }

    /** Counts the statistics of the database and writes them where TDB2 looks when it opens it; call inside a transaction. */
    public static void update(DatasetGraphTDB database) {
        write(database.getLocation(), of(database));
    }

    /** Replaces the statistics file of a database directory in one step, so that a reader never sees half of it. */
    public static void write(Location location, StatsResults results) {
        Path file = Path.of(location.getPath(Names.optStats));
        Path next = file.resolveSibling(Names.optStats + ".next");
        try {
            try (OutputStream out = Files.newOutputStream(next)) {
                Stats.write(out, results);
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AikgException(AikgException.Kind.STORE, "Cannot write the optimizer statistics " + file + ": " + e.getMessage(), e);
        }
    }

    private static BPlusTree posg(DatasetGraphTDB database) {
        for (TupleIndex index : database.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            if (index.getName().equals("POSG") && index.baseTupleIndex() instanceof TupleIndexRecord records
                    && records.getRangeIndex() instanceof BPlusTree tree) {
                return tree;
            }
        }
        return null;
    }
}
