package org.aikg.core.load;

/**
 * Puts rows of node ids in the order of one index: by the given columns, most significant first, each compared as an
 * unsigned 64-bit value (the order of TDB2's B+tree records). A least-significant-digit radix sort on 16-bit digits,
 * stable, that skips the digits every row shares: linear in the rows, so that sorting 10M rows six times stays cheap.
 */
final class RowOrder {

    private static final int DIGIT = 16;
    private static final int BUCKETS = 1 << DIGIT;

    private RowOrder() {}

    /** The row numbers of {@code rows}, ordered by the columns named in {@code order}. */
    static int[] sort(IdRows rows, int[] order) {
        int n = rows.size();
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int[] permNext = new int[n];
        long[] keys = new long[n];
        long[] keysNext = new long[n];
        int[] count = new int[BUCKETS + 1];
        for (int c = order.length - 1; c >= 0; c--) {
            long[] column = rows.column(order[c]);
            for (int i = 0; i < n; i++) {
                keys[i] = column[perm[i]];
            }
            for (int shift = 0; shift < Long.SIZE; shift += DIGIT) {
                java.util.Arrays.fill(count, 0);
                for (int i = 0; i < n; i++) {
                    count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
                }
                if (n == 0 || count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                    continue;
                }
                int start = 0;
                for (int b = 0; b < BUCKETS; b++) {
                    int k = count[b];
                    count[b] = start;
                    start += k;
                }
                for (int i = 0; i < n; i++) {
                    int at = count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
                    permNext[at] = perm[i];
                    keysNext[at] = keys[i];
                }
                int[] p = perm;
                perm = permNext;
                permNext = p;
                long[] k = keys;
                keys = keysNext;
                keysNext = k;
            }
        }
        return perm;
    }
}
