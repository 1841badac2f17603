package org.marsad.text;

import java.util.Collection;

/**
 * An immutable set of words that is looked up by a character range, without making a String: the
 * segmenter tries several prefix/suffix splits per token, and substring allocation would dominate
 * the text layer's cost. Open addressing over one char array. Lexicon matchers in later stages can
 * use it the same way (look a token's range up before building anything). Thread-safe.
 */
public final class KnownWords {
    private final char[] chars;
    private final int[] offset, length;
    /** Slot → the word's hash in the high half, word index + 1 in the low half; 0 = empty. A probe that
     *  misses compares the hash only, without reading the word (another cache miss) from chars. */
    private final long[] table;
    private final int mask;
    /** Cheap tests before hashing: the shortest and longest word, and a bitmap of first characters (mod 4096). */
    private final int minLen, maxLen;
    private final long[] firstChars = new long[64];
    /** The words' hashes, read before the table (a probe of the table is a likely cache miss). */
    private final HashFilter filter;

    /** @param words the words, stored as given (normalise them first when keys are normalised) */
    public KnownWords(Collection<String> words) {
        int n = words.size(), total = 0;
        for (String w : words) total += w.length();
        chars = new char[total];
        offset = new int[n];
        length = new int[n];
        int cap = Integer.highestOneBit(Math.max(16, n * 3)) << 1;
        table = new long[cap];
        mask = cap - 1;
        int i = 0, pos = 0, lo = Integer.MAX_VALUE, hi = 0;
        int[] hashes = new int[n];
        for (String w : words) {
            lo = Math.min(lo, w.length());
            hi = Math.max(hi, w.length());
            if (!w.isEmpty()) firstChars[(w.charAt(0) & 0xFFF) >>> 6] |= 1L << (w.charAt(0) & 63);
            w.getChars(0, w.length(), chars, pos);
            offset[i] = pos;
            length[i] = w.length();
            pos += w.length();
            int h = hash(chars, pos - w.length(), pos), slot = h & mask;
            while (table[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = (long) h << 32 | (i + 1);
            hashes[i] = h;
            i++;
        }
        filter = new HashFilter(hashes, n);
        minLen = lo;
        maxLen = hi;
    }

    /** False when no word of this length starting with {@code first} can be in the set (an empty range passes). */
    private boolean mayContain(char first, int len) {
        if (len < minLen || len > maxLen) return false;
        return len == 0 || (firstChars[(first & 0xFFF) >>> 6] & 1L << (first & 63)) != 0;
    }

    public boolean contains(CharSequence s) { return contains(s, 0, s.length()); }

    /** True when {@code s[from, to)} is a known word. */
    public boolean contains(CharSequence s, int from, int to) {
        if (!mayContain(to > from ? s.charAt(from) : 0, to - from)) return false;
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + s.charAt(i);
        h = mix(h);
        if (!filter.mayContain(h)) return false;
        int slot = h & mask, len = to - from;
        while (true) {
            long e = table[slot];
            if (e == 0) return false;
            int w = (int) e - 1;
            if ((int) (e >>> 32) == h && length[w] == len && same(s, from, offset[w], len)) return true;
            slot = (slot + 1) & mask;
        }
    }

    /** True when {@code s[from, to)} is a known word. */
    public boolean contains(char[] s, int from, int to) {
        if (!mayContain(to > from ? s[from] : 0, to - from)) return false;
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + s[i];
        h = mix(h);
        if (!filter.mayContain(h)) return false;
        int slot = h & mask, len = to - from;
        while (true) {
            long e = table[slot];
            if (e == 0) return false;
            int w = (int) e - 1;
            if ((int) (e >>> 32) == h && length[w] == len && same(s, from, offset[w], len)) return true;
            slot = (slot + 1) & mask;
        }
    }

    private boolean same(CharSequence s, int from, int off, int len) {
        for (int k = 0; k < len; k++) if (chars[off + k] != s.charAt(from + k)) return false;
        return true;
    }

    /** A plain loop: words are short, and the vectorised Arrays.equals costs more to set up than it saves. */
    private boolean same(char[] s, int from, int off, int len) {
        for (int k = 0; k < len; k++) if (chars[off + k] != s[from + k]) return false;
        return true;
    }

    private static int hash(char[] c, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) h = 31 * h + c[i];
        return mix(h);
    }

    private static int mix(int h) { return h ^ (h >>> 16) ^ (h >>> 7); }
}
