package org.marsad.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;

/**
 * An immutable set of words for the stages' closed word classes (stop words, prepositions, given
 * names …), which every stage probes with every token. {@code Set.of}/{@code Set.copyOf} compare
 * the probe with each occupied slot's String by {@code equals}, which reads that String and its
 * array (two cache misses a slot, and most probes miss); here each slot's hash sits in an int
 * array beside it, so a miss usually reads one int, and the table is kept at most a quarter full.
 * The probe's hash is the String's own, cached in it: a token String is hashed once per document
 * however many classes look it up. A set of more than a few dozen words (given names, every
 * quantity word) answers most misses from a {@link HashFilter} of a few KB before its table.
 * Iterates in the order the words were given. Thread-safe.
 */
public final class WordSet extends AbstractSet<String> {
    private final String[] words;      // distinct, in the order given
    private final String[] slots;
    private final int[] hashes;        // slot's hash, 0 = empty (a hash of 0 is stored as 1)
    private final int mask;
    /** Null for a small set, whose table is as small as a filter. */
    private final HashFilter filter;

    private WordSet(Collection<String> in) {
        this.words = new LinkedHashSet<>(in).toArray(new String[0]);
        int cap = Integer.highestOneBit(Math.max(8, words.length * 4 - 1)) << 1;
        slots = new String[cap];
        hashes = new int[cap];
        mask = cap - 1;
        int[] codes = new int[words.length];
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            int h = code(w), i = h & mask;
            while (hashes[i] != 0) i = (i + 1) & mask;
            hashes[i] = h;
            slots[i] = w;
            codes[k] = h;
        }
        filter = words.length > 64 ? new HashFilter(codes, codes.length) : null;
    }

    /** The distinct words of {@code words}, which must hold no null. */
    public static WordSet of(Collection<String> words) {
        for (String w : words) if (w == null) throw new NullPointerException("null word");
        return new WordSet(words);
    }

    public static WordSet of(String... words) { return of(Arrays.asList(words)); }

    private static int code(String w) {
        int h = w.hashCode();
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }

    /** True when the word is in the set. */
    public boolean contains(String w) {
        int h = code(w), i = h & mask, s;
        if (filter != null && !filter.mayContain(h)) return false;
        while ((s = hashes[i]) != 0) {
            if (s == h && slots[i].equals(w)) return true;
            i = (i + 1) & mask;
        }
        return false;
    }

    @Override
    public boolean contains(Object o) { return o instanceof String s && contains(s); }

    @Override
    public int size() { return words.length; }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;
            @Override public boolean hasNext() { return next < words.length; }
            @Override public String next() {
                if (next >= words.length) throw new NoSuchElementException();
                return words[next++];
            }
        };
    }
}
