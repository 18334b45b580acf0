package org.aikg.core.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.aikg.core.store.OptimizerStatistics;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds an import's quads to a TDB2 store, all or nothing, building the indexes from sorted node ids. Into a store that
 * holds little (a new one holds the bundled graph), the import and what the store held become a new database
 * generation whose B+trees are written bottom up from sorted records, as TDB2's bulk loaders build theirs, and which
 * becomes current in one step when everything has succeeded ({@link NextGeneration}). Into a store that holds more,
 * the quads go into one write transaction, each index filled in its own order so that every B+tree page is touched
 * once. Either way the optimizer statistics are brought up to date. Every call comes from the same thread.
 */
final class BulkLoad {

    /** A store holding at most this many quads is rebuilt with the import; one holding more is added to in place. */
    static final long SMALL_STORE = 250_000;
    /** The least number of quads an import needs before it rebuilds even an empty store. */
    static final long BIG_IMPORT = 100_000;

    private enum Mode { UNDECIDED, IN_PLACE, NEW_GENERATION }

    private final DatasetGraph dataset;
    private final DatasetGraphSwitchable container;
    private final boolean onDisk;
    private final List<Quad> waiting = new ArrayList<>();
    private Mode mode = Mode.UNDECIDED;
    private boolean writersHeld;
    private boolean prepared;
    private long threshold;
    private final long leastToRebuild;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private NextGeneration generation;
    private DatasetGraphTDB target;
    private NodeTable nodes;
    private IdRows quads;
    private IdRows triples;

    BulkLoad(DatasetGraph dataset) {
        this(dataset, BIG_IMPORT);
    }

    /** A bulk load that rebuilds a store holding little once the import has more than {@code leastToRebuild} quads. */
    BulkLoad(DatasetGraph dataset, long leastToRebuild) {
        this.leastToRebuild = leastToRebuild;
        this.dataset = dataset;
        this.container = TDBInternal.getDatabaseContainer(dataset);
        this.onDisk = container != null && container.hasContainerPath() && container.get() instanceof DatasetGraphTDB;
    }

    /** Holds other writers off until {@link #commit()} or {@link #abort()}, and decides how the quads will go in. */
    void begin() {
        if (!onDisk) {
            startInPlace();
            return;
        }
        container.startReadOnlyDatabase();
        writersHeld = true;
        long held = Txn.calculateRead(dataset, () -> countUpTo(TDBInternal.getDatasetGraphTDB(dataset), SMALL_STORE + 1));
        if (held > SMALL_STORE) {
            startInPlace();
        } else {
            threshold = Math.max(leastToRebuild, held);
        }
    }

    void add(List<Quad> batch) {
        if (mode == Mode.UNDECIDED) {
            waiting.addAll(batch);
            if (waiting.size() > threshold) {
                startNewGeneration();
            }
            return;
        }
        batch.forEach(this::addQuad);
    }

    /** A prefix to record in the store with the quads. */
    void prefix(String prefix, String iri) {
        prefixes.put(prefix, iri);
    }

    /**
     * Builds the indexes, before the import is known to be valid: into the open write transaction, or into the new
     * generation, which is not current yet. Either way {@link #abort()} still leaves the store as it was. Stops between
     * two indexes once {@code stop} says so, and then only {@link #abort()} may follow.
     */
    void prepare(BooleanSupplier stop) {
        if (mode == Mode.UNDECIDED) {
            startInPlace();
        }
        if (prepared) {
            return;
        }
        prefixes.forEach(target.prefixes()::add);
        if (mode == Mode.IN_PLACE) {
            for (TupleIndex index : target.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (stop.getAsBoolean()) {
                    return;
                }
                insertSorted(index, quads);
            }
            for (TupleIndex index : target.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                insertSorted(index, triples);
            }
        } else {
            DatasetGraphTDB built = generation.database();
            built.commit();
            built.end();
            OptimizerStatistics.Counter counter = Txn.calculateRead(built, () -> new OptimizerStatistics.Counter(built));
            for (TupleIndex index : built.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                if (stop.getAsBoolean()) {
                    return;
                }
                pack(index, quads, index.getName().equals("POSG") ? counter::posg : key -> {});
            }
            for (TupleIndex index : built.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()) {
                pack(index, triples, key -> {});
            }
            OptimizerStatistics.write(built.getLocation(), Txn.calculateRead(built, counter::results));
        }
        release();
        prepared = true;
    }

    /** Makes the quads part of the store: commits the transaction, or makes the new generation current. */
    void commit() {
        try {
            prepare(() -> false);
            if (mode == Mode.IN_PLACE) {
                long start = System.nanoTime();
                dataset.commit();
                dataset.end();
                long committed = System.nanoTime();
                if (onDisk) {
                    Txn.executeRead(dataset, () -> OptimizerStatistics.update(TDBInternal.getDatasetGraphTDB(dataset)));
                    Importer.timing("transaction committed in %d ms, optimizer statistics counted in %d ms",
                            (committed - start) / 1_000_000, (System.nanoTime() - committed) / 1_000_000);
                }
            } else {
                generation.makeCurrent();
                generation = null;
            }
        } finally {
            holdWritersNoLonger();
        }
    }

    /** Leaves the store as it was. */
    void abort() {
        try {
            if (mode == Mode.IN_PLACE && dataset.isInTransaction()) {
                dataset.abort();
                dataset.end();
            } else if (generation != null) {
                DatasetGraphTDB built = generation.database();
                if (built != null && built.isInTransaction()) {
                    built.abort();
                    built.end();
                }
                generation.discard();
                generation = null;
            }
        } finally {
            release();
            holdWritersNoLonger();
        }
    }

    private void startInPlace() {
        mode = Mode.IN_PLACE;
        dataset.begin(TxnType.WRITE);
        target = TDBInternal.getDatasetGraphTDB(dataset);
        startRows();
    }

    private void startNewGeneration() {
        mode = Mode.NEW_GENERATION;
        generation = new NextGeneration(container);
        target = generation.database();
        target.begin(TxnType.WRITE);
        startRows();
        DatasetGraphTDB current = generation.current();
        Txn.executeRead(current, () -> {
            copy(current.getQuadTable().getNodeTupleTable().findAll(), current.getQuadTable().getNodeTupleTable().getNodeTable(), quads);
            copy(current.getTripleTable().getNodeTupleTable().findAll(), current.getTripleTable().getNodeTupleTable().getNodeTable(), triples);
            target.prefixes().putAll(current.prefixes());
        });
    }

    private void startRows() {
        nodes = target.getQuadTable().getNodeTupleTable().getNodeTable();
        quads = new IdRows(4);
        triples = new IdRows(3);
        waiting.forEach(this::addQuad);
        waiting.clear();
    }

    private void copy(Iterator<Tuple<NodeId>> rows, NodeTable from, IdRows to) {
        NodeId[] row = new NodeId[to.width()];
        while (rows.hasNext()) {
            Tuple<NodeId> t = rows.next();
            for (int c = 0; c < row.length; c++) {
                row[c] = nodes.getAllocateNodeId(from.getNodeForNodeId(t.get(c)));
            }
            to.add(row);
        }
    }

    private final NodeId[] quadRow = new NodeId[4];
    private final NodeId[] tripleRow = new NodeId[3];

    private void addQuad(Quad quad) {
        if (quad.isDefaultGraph()) {
            tripleRow[0] = nodes.getAllocateNodeId(quad.getSubject());
            tripleRow[1] = nodes.getAllocateNodeId(quad.getPredicate());
            tripleRow[2] = nodes.getAllocateNodeId(quad.getObject());
            triples.add(tripleRow);
        } else {
            quadRow[0] = nodes.getAllocateNodeId(quad.getGraph());
            quadRow[1] = nodes.getAllocateNodeId(quad.getSubject());
            quadRow[2] = nodes.getAllocateNodeId(quad.getPredicate());
            quadRow[3] = nodes.getAllocateNodeId(quad.getObject());
            quads.add(quadRow);
        }
    }

    /** Adds the rows to an index of the open write transaction, in the index's order. */
    private static void insertSorted(TupleIndex index, IdRows rows) {
        RangeIndex tree = records(index).getRangeIndex();
        Iterator<Record> sorted = new SortedRecords(rows, index, tree.getRecordFactory(), key -> {});
        while (sorted.hasNext()) {
            tree.insert(sorted.next());
        }
    }

    /** Writes an empty index of the new generation bottom up from the rows in its order, in a transaction of its own. */
    private static void pack(TupleIndex index, IdRows rows, Consumer<byte[]> seen) {
        if (rows.size() == 0) {
            return;
        }
        BPlusTree tree = (BPlusTree) records(index).getRangeIndex();
        CoLib.executeWrite(index, () -> BPlusTreeRewriter.packIntoBPlusTree(
                new SortedRecords(rows, index, tree.getRecordFactory(), seen), tree.getParams(), tree.getRecordFactory(),
                tree.getStateManager().getBufferChannel(), tree.getNodeManager().getBlockMgr(),
                tree.getRecordsMgr().getBlockMgr()));
    }

    private static TupleIndexRecord records(TupleIndex index) {
        return (TupleIndexRecord) index.baseTupleIndex();
    }

    private static long countUpTo(DatasetGraphTDB database, long limit) {
        long n = 0;
        for (Iterator<?> it : List.of(database.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0).all(),
                database.getTripleTable().getNodeTupleTable().getTupleTable().getIndex(0).all())) {
            while (n < limit && it.hasNext()) {
                it.next();
                n++;
            }
        }
        return n;
    }

    private void release() {
        waiting.clear();
        quads = null;
        triples = null;
    }

    private void holdWritersNoLonger() {
        if (writersHeld) {
            writersHeld = false;
            container.finishReadOnlyDatabase();
        }
    }

    /** The records of an index for the rows, in the index's order, each once. */
    private static final class SortedRecords implements Iterator<Record> {

        private final long[][] columns;
        private final int[] order;
        private final RecordFactory factory;
        private final Consumer<byte[]> seen;
        private final int size;
        private int next;
        private int previous = -1;

        SortedRecords(IdRows rows, TupleIndex index, RecordFactory factory, Consumer<byte[]> seen) {
            int width = rows.width();
            int[] slots = new int[width];
            for (int i = 0; i < width; i++) {
                slots[i] = index.getMapping().getSlotIdx(i);
            }
            this.columns = new long[width][];
            for (int i = 0; i < width; i++) {
                columns[i] = rows.column(slots[i]);
            }
            this.order = RowOrder.sort(rows, slots);
            this.factory = factory;
            this.seen = seen;
            this.size = rows.size();
            skipRepeats();
        }

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public Record next() {
            if (next >= size) {
                throw new NoSuchElementException();
            }
            int row = order[next];
            byte[] key = new byte[columns.length * NodeId.SIZE];
            for (int c = 0; c < columns.length; c++) {
                Bytes.setLong(columns[c][row], key, c * NodeId.SIZE);
            }
            previous = row;
            next++;
            skipRepeats();
            seen.accept(key);
            return factory.create(key);
        }

        private void skipRepeats() {
            while (previous >= 0 && next < size && same(order[next], previous)) {
                next++;
            }
        }

        private boolean same(int a, int b) {
            for (long[] column : columns) {
                if (column[a] != column[b]) {
                    return false;
                }
            }
            return true;
        }
    }
}
