package org.marsad.text;

/**
 * A one-hash bit filter in front of a large lookup table: the stages probe their tables (known
 * words, KB name tokens) with every distinct word of an article, most probes miss, and each miss
 * of a table of megabytes is a cache miss. This filter has 8 bits per word (a few KB to a few
 * hundred, so it stays in cache) and says "absent" for most of those words at the cost of one read.
 * It never says absent for a word that is present. Immutable once built; thread-safe.
 */
public final class HashFilter {
    private final long[] bits;
    private final int shift;

    /** @param hashes the hashes of every word of the table (as the caller will compute them when probing) */
    public HashFilter(int[] hashes, int count) {
        int want = Math.max(1 << 12, Math.min(1 << 23, count * 8));
        int size = Integer.highestOneBit(want - 1) << 1;
        bits = new long[size >>> 6];
        shift = 32 - Integer.numberOfTrailingZeros(size);
        for (int k = 0; k < count; k++) {
            int b = index(hashes[k]);
            bits[b >>> 6] |= 1L << b;
        }
    }

    private int index(int h) { return (h * 0x9E3779B9) >>> shift; }

    /** False when no word of the table has this hash. */
    public boolean mayContain(int h) {
        int b = index(h);
        return (bits[b >>> 6] & 1L << b) != 0;
    }
}
