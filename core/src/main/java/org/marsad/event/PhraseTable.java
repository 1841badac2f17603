package org.marsad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextLayer;

/**
 * Normalised words and phrases mapped to a value, matched over the tokens of a {@link TextLayer}.
 * A token is looked up by its stem, its whole form, and the whole form with one proclitic and one
 * attached pronoun stripped, so "وقالت" finds "قالت" and "هجماتها" finds "هجمات" whether or not the
 * text layer knew the word. The longest phrase wins.
 *
 * @param <T> what an entry carries (a trigger, a cue)
 */
final class PhraseTable<T> {
    /** One matched phrase: tokens {@code [start, end)}, its value, and whether it was a future form. */
    record Match<T>(int start, int end, T value, boolean future) {}

    /** {@code gaps[k]}: 0 when rest[k] is a word, 4 after {@link #GAP}, {@link #LONG_REACH} after {@link #LONG_GAP} (the words it lets through, + 1), minus that after {@link #SPACED_GAP}. */
    private record Entry<T>(String[] rest, T value, boolean future, byte[] gaps) {
        Entry(String[] rest, T value, boolean future) { this(rest, value, future, gaps(rest)); }

        private static byte[] gaps(String[] rest) {
            byte[] g = new byte[rest.length];
            for (int k = 0; k < rest.length; k++) {
                g[k] = (byte) (rest[k].equals(LONG_GAP) ? LONG_REACH : rest[k].equals(SPACED_GAP) ? -LONG_REACH : rest[k].equals(GAP) ? 4 : 0);
            }
            return g;
        }
    }

    private static final String[] PRE = {"وبال", "فبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"};
    // a lone ه is not stripped: after normalisation it is also the feminine ة (وزارة → وزاره)
    private static final String[] SUF = {"هما", "هم", "هن", "ها", "كم", "نا"};

    /** A phrase word that lets up to three words stand before the next one. */
    static final String GAP = "…";
    /**
     * A phrase word that lets up to twelve words of one clause (no punctuation) stand before the next
     * one: "حمّلت وزارة الخارجية الروسية السلطات الأوكرانية مسؤولية" holds a subject and an object (and a title and name may run to ten words: "بحث رئيس مجلس السيادة السوداني الفريق أول فلان مع").
     */
    static final String LONG_GAP = "……";
    /**
     * {@link #LONG_GAP} that needs at least one word in it: "تبادل ……+ إطلاق النار" is the verb with its
     * subject between ("تبادل الجيشان إطلاق النار"), while "تبادل إطلاق النار" is the noun.
     */
    static final String SPACED_GAP = "……+";
    /** {@link #LONG_GAP}'s entry in an entry's gaps: the words it lets through, + 1 ({@link #SPACED_GAP}'s is its negative). */
    private static final byte LONG_REACH = 13;

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private int size;

    // Every table looks every token up. One map of first words to the tables (bits) that have them
    // lets a token's forms be looked up once for all tables, then each table tests its bit.
    private static final java.util.concurrent.ConcurrentHashMap<String, Long> FIRST_WORDS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger TABLES = new java.util.concurrent.atomic.AtomicInteger();
    /** Bumped by every add, so token masks cached before it are computed again. */
    private static final java.util.concurrent.atomic.AtomicInteger VERSION = new java.util.concurrent.atomic.AtomicInteger();
    private final int id = TABLES.getAndIncrement();
    /** This table's bit in a token mask; 0 past the 64th table (then always looked up). */
    private final long bit = id < 64 ? 1L << id : 0;

    /** Adds a phrase (words separated by spaces, any spelling: it is normalised here). */
    void add(String phrase, T value, boolean future) {
        String[] w = ArabicNormalizer.normalize(phrase.strip()).split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) return;
        String[] rest = new String[w.length - 1];
        System.arraycopy(w, 1, rest, 0, rest.length);
        List<Entry<T>> l = byFirst.computeIfAbsent(w[0], k -> new ArrayList<>(2));
        for (Entry<T> e : l) if (java.util.Arrays.equals(e.rest, rest) && e.value.equals(value)) return;
        l.add(new Entry<>(rest, value, future));
        size++;
        if (bit != 0) FIRST_WORDS.merge(w[0], bit, (x, y) -> x | y);
        VERSION.incrementAndGet();
    }

    int size() { return size; }

    /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
    Match<T> matchAt(TextLayer tl, int i, int limit) { return matchAt(cache(tl), tl, i, limit); }

    private Match<T> matchAt(TokenCache c, TextLayer tl, int i, int limit) {
        if (bit != 0 && (c.mask(i) & bit) == 0) return null; // no phrase of this table starts with a form of token i
        Match<T> best = null;
        for (String key : c.forms(i)) {
            List<Entry<T>> l = byFirst.get(key);
            if (l == null) continue;
            for (Entry<T> e : l) {
                int end;
                int pos = i + 1;
                boolean ok = true;
                for (int k = 0; k < e.rest.length && ok; k++) {
                    if (e.gaps[k] != 0) {
                        // "نشر … قوات": up to three words may stand between the two parts
                        boolean spaced = e.gaps[k] < 0, wide = spaced || e.gaps[k] == LONG_REACH;
                        int reach = Math.abs(e.gaps[k]);
                        String next = e.rest[++k];
                        int found = -1;
                        for (int g = pos; g < Math.min(limit, pos + reach) && found < 0; g++) {
                            if (c.sameWord(g, next) && !(spaced && g == pos)) found = g;
                            else if (wide && isPunctuation(tl.surfaceNorm(g))) break;
                        }
                        ok = found >= 0;
                        pos = found + 1;
                    } else {
                        ok = pos < limit && c.sameWord(pos, e.rest[k]);
                        pos++;
                    }
                }
                end = pos;
                if (ok && end <= limit && (best == null || end > best.end)) best = new Match<>(i, end, e.value, e.future);
            }
        }
        return best;
    }

    /** All matches in {@code [from, to)}, left to right, not overlapping. */
    List<Match<T>> matchAll(TextLayer tl, int from, int to) {
        List<Match<T>> out = new ArrayList<>();
        TokenCache c = cache(tl);
        for (int i = from; i < to; ) {
            Match<T> m = matchAt(c, tl, i, to);
            if (m == null) { i++; continue; }
            out.add(m);
            i = m.end;
        }
        return out;
    }

    /** Whether any phrase matches in {@code [from, to)} (the first {@link #matchAll} would find, without the list). */
    boolean anyIn(TextLayer tl, int from, int to) {
        TokenCache c = cache(tl);
        for (int i = from; i < to; i++) if (matchAt(c, tl, i, to) != null) return true;
        return false;
    }

    /** Whether token {@code t} has a form (stem, whole, less a clitic) in {@code words}: "لمحاولة"، "السيطرة"، "وأسقطت". */
    static boolean hasForm(TextLayer tl, int t, java.util.Set<String> words) {
        for (String f : forms(tl, t)) if (words.contains(f)) return true;
        return false;
    }

    /** Whether a token of {@code [from, to)} has a form in {@code words}. */
    static boolean anyWord(TextLayer tl, int from, int to, java.util.Set<String> words) {
        for (int t = from; t < to; t++) if (hasForm(tl, t, words)) return true;
        return false;
    }

    /** A punctuation token's normalised form: not empty, not beginning with a letter or digit. */
    static boolean isPunctuation(String n) {
        return !n.isEmpty() && !Character.isLetterOrDigit(n.charAt(0));
    }

    /** Lookup keys of token {@code i}: stem, whole token, and the token less one proclitic/pronoun. */
    static String[] forms(TextLayer tl, int i) { return cache(tl).forms(i); }

    /**
     * Every table looks every token up: the forms and mask of each distinct word
     * ({@link TextLayer#wordId}) are computed once per document and thread.
     */
    private static final class TokenCache {
        final TextLayer tl;
        final int version;
        final String[][] forms;
        final long[] masks;
        final boolean[] masked;

        final FirstWords first;

        TokenCache(TextLayer tl, int version) {
            this.tl = tl;
            this.version = version;
            this.first = FirstWords.of(version);
            int n = tl.wordCount();
            forms = new String[n][];
            masks = new long[n];
            masked = new boolean[n];
        }

        String[] forms(int i) {
            int w = tl.wordId(i);
            String[] f = forms[w];
            if (f == null) forms[w] = f = computeForms(tl, i);
            return f;
        }

        /** Bits of the tables with a phrase whose first word is a form of token {@code i}. */
        long mask(int i) {
            int w = tl.wordId(i);
            if (!masked[w]) {
                long m = 0;
                for (String f : forms(i)) m |= first.bits(f);
                masks[w] = m;
                masked[w] = true;
            }
            return masks[w];
        }

        boolean sameWord(int i, String w) {
            int h = w.hashCode();   // cached in both Strings: the forms were hashed for the mask
            for (String f : forms(i)) if (f.hashCode() == h && f.equals(w)) return true;
            return false;
        }
    }

    /**
     * {@link #FIRST_WORDS} as open addressing on the words' hashes alone, rebuilt when a table was
     * added: a mask is only a filter (matchAt still looks the forms up), so two words of one hash
     * may share their bits, and a probe reads two arrays instead of a map node and its key.
     */
    private static final class FirstWords {
        private static volatile FirstWords current;
        final int version;
        private final int[] hashes;
        private final long[] bits;
        private final int mask;

        private FirstWords(int version) {
            this.version = version;
            int cap = Integer.highestOneBit(Math.max(16, FIRST_WORDS.size() * 4)) << 1;
            hashes = new int[cap];
            bits = new long[cap];
            mask = cap - 1;
            for (Map.Entry<String, Long> e : FIRST_WORDS.entrySet()) {
                int h = code(e.getKey()), i = h & mask;
                while (hashes[i] != 0 && hashes[i] != h) i = (i + 1) & mask;
                hashes[i] = h;
                bits[i] |= e.getValue();
            }
        }

        /** The snapshot for {@code version}, which holds at least the words added before it. */
        static FirstWords of(int version) {
            FirstWords f = current;
            if (f == null || f.version != version) current = f = new FirstWords(version);
            return f;
        }

        private static int code(String w) {
            int h = w.hashCode();
            h ^= h >>> 16;
            return h == 0 ? 1 : h;
        }

        long bits(String w) {
            int h = code(w);
            for (int i = h & mask, x; (x = hashes[i]) != 0; i = (i + 1) & mask) if (x == h) return bits[i];
            return 0;
        }
    }

    private static TokenCache cache(TextLayer tl) {
        TokenCache c = CACHE.get();
        int v = VERSION.get();
        if (c == null || c.tl != tl || c.version != v) CACHE.set(c = new TokenCache(tl, v));
        return c;
    }

    private static final ThreadLocal<TokenCache> CACHE = new ThreadLocal<>();

    private static String[] computeForms(TextLayer tl, int i) {
        String stem = tl.norm(i), whole = tl.surfaceNorm(i);
        String[] out = new String[8];
        int n = 0;
        out[n++] = stem;
        if (!whole.equals(stem)) out[n++] = whole;
        String bare = whole;
        // every proclitic begins with one of و ف ب ك ل ا, and leaves at least three letters
        if (whole.length() >= 4 && "وفبكلا".indexOf(whole.charAt(0)) >= 0) {
            for (String p : PRE) {
                if (whole.length() - p.length() >= 3 && whole.startsWith(p)) { bare = whole.substring(p.length()); break; }
            }
        }
        if (!bare.equals(whole) && !bare.equals(stem)) out[n++] = bare;
        // a lone ه is also the feminine ة once normalised (وزارة): strip it only when no proclitic was
        // (a word written with ة is a noun: "سيطرة" is no "سيطر" with a pronoun)
        if (bare.equals(whole) && whole.length() >= 4 && whole.endsWith("ه") && !tl.endsInTaMarbuta(i) && !stem.equals(whole.substring(0, whole.length() - 1))) {
            String t = whole.substring(0, whole.length() - 1);
            out[n++] = t;
            // (and زيارته is زيارة + ه, as below)
            if (t.endsWith("ت") && t.length() >= 4) out[n++] = t.substring(0, t.length() - 1) + "ه";
        }
        for (String s : SUF) {
            if (bare.length() - s.length() >= 3 && bare.endsWith(s)) {
                String t = bare.substring(0, bare.length() - s.length());
                out[n++] = t;
                // the ة of a feminine noun is written ت before a pronoun: هجمته → هجمة (normalised ه)
                if (t.endsWith("ت")) out[n++] = t.substring(0, t.length() - 1) + "ه";
                break;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
