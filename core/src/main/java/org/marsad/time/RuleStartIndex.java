package org.marsad.time;

import java.util.List;
import java.util.Set;

/**
 * Which rules can match at a word start, read from the text's first characters there: each rule's
 * {@link StartPrefixes} go into one open-addressing table from a packed string key to a bit mask
 * of rules, so a word costs a few table probes instead of one regex attempt per rule. Rules whose
 * prefixes are unbounded (and any beyond the 64th) are always tried.
 */
final class RuleStartIndex {
    /** Open addressing, key at 2i and its rules' mask at 2i + 1: a hit reads one cache line, not two. */
    private final long[] table;
    private final int slotMask;
    private final long always;
    // The table holds tens of thousands of keys (digit strings multiply): megabytes, so a probe is a
    // cache miss. Two small bit sets answer most words first: PREFIX_BITS, a key that begins some
    // start string (no longer start string can match past it), KEY_BITS, a key that is one. Both
    // only say no for sure, so a rule is never skipped that the table would have tried.
    private static final int PREFIX_BITS = 1 << 18, KEY_BITS = 1 << 19;
    private final long[] prefixBits = new long[PREFIX_BITS >>> 6];
    private final long[] keyBits = new long[KEY_BITS >>> 6];

    /** {@code prefixes.get(i)}: the start strings of rule i, or null when it may start anywhere. */
    RuleStartIndex(List<Set<String>> prefixes) {
        long alwaysMask = 0;
        // distinct keys first (many start strings share one once digits are one class), so the table
        // is sized by them and stays small enough for the cache
        java.util.Map<Long, Long> masks = new java.util.HashMap<>();
        for (int i = 0; i < prefixes.size() && i < 64; i++) {
            if (prefixes.get(i) == null) {
                alwaysMask |= 1L << i;
                continue;
            }
            for (String p0 : prefixes.get(i)) {
                String p = StartPrefixes.text(p0);
                masks.merge(key(p, 0, p.length()), 1L << i, (x, y) -> x | y);
                for (int len = 1; len <= p.length(); len++) set(prefixBits, key(p, 0, len), PREFIX_BITS);
            }
        }
        int cap = Integer.highestOneBit(Math.max(16, masks.size() * 2)) * 2;
        table = new long[2 * cap];
        slotMask = cap - 1;
        for (java.util.Map.Entry<Long, Long> e : masks.entrySet()) {
            table[2 * slot(e.getKey()) + 1] |= e.getValue();
            set(keyBits, e.getKey(), KEY_BITS);
        }
        for (int i = 64; i < prefixes.size(); i++) alwaysMask = -1L; // more rules than bits
        always = alwaysMask;
    }

    /** Bit i set: rule i may match at word start {@code k}, its span after clitics و/ف then ب/ل/ك. */
    long candidates(char[] norm, int k) {
        long m = always | fromSpan(norm, k);
        if (k + 1 >= norm.length) return m;
        char c0 = norm[k], c1 = norm[k + 1];
        if (c0 == 'و' || c0 == 'ف') {
            m |= fromSpan(norm, k + 1);
            if (isBLK(c1)) m |= fromSpan(norm, k + 2);
        } else if (isBLK(c0)) {
            m |= fromSpan(norm, k + 1);
        }
        return m;
    }

    private long fromSpan(char[] norm, int p) {
        long m = 0;
        int max = Math.min(StartPrefixes.LENGTH, norm.length - p);
        long k = 0;
        for (int len = 1; len <= max; len++) {
            // key(norm, p, p + len), built one character at a time
            k = ((k & ~(0xFL << 60)) << 12) | unit(norm[p + len - 1]) | ((long) len << 60);
            if (!has(prefixBits, k, PREFIX_BITS)) break;
            if (!has(keyBits, k, KEY_BITS)) continue;
            int i = hash(k);
            long[] tb = table;
            for (long x; (x = tb[2 * i]) != 0; i = (i + 1) & slotMask) {
                if (x == k) {
                    m |= tb[2 * i + 1];
                    break;
                }
            }
        }
        return m;
    }

    private static int bit(long k, int size) {
        return (int) ((k * 0xC2B2AE3D27D4EB4FL) >>> 40) & (size - 1);
    }

    private static void set(long[] bits, long k, int size) {
        int b = bit(k, size);
        bits[b >>> 6] |= 1L << b;
    }

    private static boolean has(long[] bits, long k, int size) {
        int b = bit(k, size);
        return (bits[b >>> 6] & (1L << b)) != 0;
    }

    /** The slot of key k, claimed when new. */
    private int slot(long k) {
        int i = hash(k);
        while (table[2 * i] != 0 && table[2 * i] != k) i = (i + 1) & slotMask;
        table[2 * i] = k;
        return i;
    }

    private int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & slotMask;
    }

    /**
     * Up to five UTF-16 units (their {@link #unit}s: Arabic letters and the space stay distinct)
     * and the length, packed into a non-zero long. Two strings that share a key only make a rule
     * tried where it need not be, never skipped.
     */
    private static long key(CharSequence s, int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) k = (k << 12) | unit(s.charAt(i));
        return k | ((long) (to - from) << 60);
    }

    /**
     * A character as a key holds it: its low 12 bits, every ASCII digit as 0. The start strings of
     * the numeric rules multiply over digits (tens of thousands of keys, a table of megabytes whose
     * every probe missed the cache); one digit class keeps a few thousand. A rule is then tried at
     * any number where it was tried at one, never skipped.
     */
    private static long unit(char c) {
        return c >= '0' && c <= '9' ? '0' : c & 0xFFF;
    }

    private static boolean isBLK(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }
}
