package org.aikg.core.load;

import java.util.Arrays;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;

/**
 * Rows of TDB2 node ids (three for triples, four for quads) kept column by column as the 64-bit values whose bytes
 * TDB2 writes into its index records, so that they sort the way its B+trees compare them.
 */
final class IdRows {

    private final long[][] columns;
    private final byte[] scratch = new byte[NodeId.SIZE];
    private int size;

    IdRows(int width) {
        columns = new long[width][1024];
    }

    int width() {
        return columns.length;
    }

    int size() {
        return size;
    }

    /** The column's values, valid up to {@link #size()}. */
    long[] column(int c) {
        return columns[c];
    }

    void add(NodeId[] row) {
        if (size == columns[0].length) {
            int grown = Math.addExact(size, Math.max(1024, size >> 1));
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], grown);
            }
        }
        for (int c = 0; c < columns.length; c++) {
            columns[c][size] = bits(row[c]);
        }
        size++;
    }

    long bits(NodeId id) {
        NodeIdFactory.set(id, scratch);
        return Bytes.getLong(scratch, 0);
    }
}
