package org.marsad.text;

import java.util.Arrays;

/**
 * The segmentation of each distinct normalised word of one document, remembered while that document
 * is analysed: news text repeats its function words and names (في، من، على، الحكومة …), and a word's
 * segmentation depends only on its normalised form and the lexicon, so a repeat costs one hash
 * lookup instead of several lexicon probes and two new Strings. The memo is per document (a new
 * {@link #reset() generation} per document), so what it saves is the same on any input, and it holds
 * no memory beyond one document's vocabulary. Not thread-safe: one per thread.
 */
final class WordMemo {
    private static final int SLOTS = 1 << 12, MAX_WORDS = SLOTS / 2, MAX_POOL = 1 << 15;

    private final int[] stamp = new int[SLOTS], hash = new int[SLOTS], keyOff = new int[SLOTS], keyLen = new int[SLOTS];
    /** Per slot: the word's {@link Segmenter#decide} result, and its word id in the document ({@link TextLayer#wordId}). */
    private final int[] packed = new int[SLOTS], wordId = new int[SLOTS];
    private final String[] surface = new String[SLOTS], stem = new String[SLOTS];
    private char[] pool = new char[4096];
    private int poolLen, words, generation = 1;

    /** Starts a new document: every remembered word is forgotten (in O(1), by generation). */
    void reset() {
        if (++generation == 0) { Arrays.fill(stamp, 0); generation = 1; }
        poolLen = 0;
        words = 0;   // the Strings of stale slots stay referenced until overwritten: one document's words at most
    }

    /** Returned by {@link #find} when the word is new and the memo is full: the word is then not remembered. */
    static final int FULL = Integer.MIN_VALUE;

    /** Slot of {@code w[0, len)} with hash {@code h} when remembered, else {@code -1 - freeSlot}, or {@link #FULL}. */
    int find(char[] w, int len, int h) {
        int slot = h & (SLOTS - 1);
        while (stamp[slot] == generation) {
            if (hash[slot] == h && keyLen[slot] == len && same(keyOff[slot], w, len)) return slot;
            slot = (slot + 1) & (SLOTS - 1);
        }
        return words >= MAX_WORDS || poolLen + len > MAX_POOL ? FULL : -1 - slot;
    }

    private boolean same(int off, char[] w, int len) {
        for (int k = 0; k < len; k++) if (pool[off + k] != w[k]) return false;
        return true;
    }

    void put(int free, char[] w, int len, int h, String surfaceNorm, String stemNorm, int decision, int id) {
        int slot = -1 - free;
        if (poolLen + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLen + len));
        System.arraycopy(w, 0, pool, poolLen, len);
        stamp[slot] = generation;
        hash[slot] = h;
        keyOff[slot] = poolLen;
        keyLen[slot] = len;
        packed[slot] = decision;
        wordId[slot] = id;
        surface[slot] = surfaceNorm;
        stem[slot] = stemNorm;
        poolLen += len;
        words++;
    }

    String surface(int slot) { return surface[slot]; }

    String stem(int slot) { return stem[slot]; }

    int packed(int slot) { return packed[slot]; }

    int wordId(int slot) { return wordId[slot]; }
}
