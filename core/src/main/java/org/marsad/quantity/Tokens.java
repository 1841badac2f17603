package org.marsad.quantity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CharKinds;

/**
 * The normalised words of a text with offsets back into the original: numbers (with their
 * separators), letter runs, and each punctuation mark as a token of its own. Parallel arrays.
 */
final class Tokens {
    final String original;
    private final int[] start, end;
    private final String[] text;
    /**
     * Token → its distinct word: repeats of a word share one String (hashed once for every lexicon
     * lookup) and one array of clitic readings, computed on first use.
     */
    private final int[] wordOf;
    private final String[][] variants;
    /** Per distinct word: 0 not yet asked, 1 no reading is a lexicon word, 2 one is ({@link #lexical}). */
    private final byte[] lexical;

    Tokens(String original) {
        this.original = original;
        int len = original.length();
        char[] norm = new char[len];
        int[] origin = new int[len + 1];
        int n = 0;
        char[] in = original.toCharArray();
        for (int i = 0; i < len; i++) {
            char f = ArabicNormalizer.fold(in[i]);
            if (f == 0) continue;
            origin[n] = i;
            norm[n++] = CharKinds.isWhitespace(f) ? ' ' : f;
        }
        // A hand-written scan of [0-9]+(?:[.,][0-9]+)*|\p{L}+|\S over the normalised text (the hot
        // path of the casualty tagger): numbers with their separators, letter runs, any other mark.
        int[] s0 = new int[16], e0 = new int[16], x0 = new int[16];
        String[] w0 = new String[16], words = new String[16];
        int count = 0, distinct = 0;
        // distinct words by open addressing on their characters: slot → word index + 1 (more slots than tokens)
        int cap = Integer.highestOneBit(Math.max(32, n)) << 1;
        int[] slots = new int[cap], hashes = new int[cap];
        String normText = new String(norm, 0, n);
        for (int p = 0; p < n; ) {
            char c = norm[p];
            int q;
            if (isAsciiDigit(c)) {
                q = p + 1;
                while (q < n && isAsciiDigit(norm[q])) q++;
                while (q + 1 < n && (norm[q] == '.' || norm[q] == ',') && isAsciiDigit(norm[q + 1])) {
                    q += 2;
                    while (q < n && isAsciiDigit(norm[q])) q++;
                }
            } else {
                int cp = Character.isSurrogate(c) ? normText.codePointAt(p) : c;
                if (isLetter(cp)) {
                    q = p + Character.charCount(cp);
                    while (q < n) {
                        char d = norm[q];
                        int cq = Character.isSurrogate(d) ? normText.codePointAt(q) : d;
                        if (!isLetter(cq)) break;
                        q += Character.charCount(cq);
                    }
                } else if (isRegexSpace(c)) {
                    p++;
                    continue;
                } else {
                    q = p + Character.charCount(cp);
                }
            }
            if (count == s0.length) {
                s0 = java.util.Arrays.copyOf(s0, count * 2);
                e0 = java.util.Arrays.copyOf(e0, count * 2);
                w0 = java.util.Arrays.copyOf(w0, count * 2);
                x0 = java.util.Arrays.copyOf(x0, count * 2);
            }
            int s = origin[p], e = origin[q - 1] + 1;
            while (e < len && isMark(in[e])) e++;
            s0[count] = s;
            e0[count] = e;
            int h = 1;
            for (int k = p; k < q; k++) h = 31 * h + norm[k];
            int slot = (h ^ h >>> 15) & (cap - 1), w;
            while (true) {
                w = slots[slot] - 1;
                if (w < 0) {
                    if (distinct == words.length) words = java.util.Arrays.copyOf(words, distinct * 2);
                    words[w = distinct++] = normText.substring(p, q);
                    slots[slot] = w + 1;
                    hashes[slot] = h;
                    break;
                }
                if (hashes[slot] == h && words[w].length() == q - p && normText.startsWith(words[w], p)) break;
                slot = (slot + 1) & (cap - 1);
            }
            x0[count] = w;
            w0[count++] = words[w];
            p = q;
        }
        start = java.util.Arrays.copyOf(s0, count);
        end = java.util.Arrays.copyOf(e0, count);
        text = java.util.Arrays.copyOf(w0, count);
        wordOf = java.util.Arrays.copyOf(x0, count);
        variants = new String[distinct][];
        lexical = new byte[distinct];
    }

    private static boolean isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

    /** {@link Character#isLetter(int)}, by table for a char of the BMP. */
    private static boolean isLetter(int cp) {
        return cp < 0x10000 ? CharKinds.isLetter((char) cp) : Character.isLetter(cp);
    }

    /** What \s means in java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@link #variants(String)} of token i, cached. */
    List<String> variants(int i) {
        return java.util.Arrays.asList(readings(i));
    }

    /** {@link #variants(String)} of token i as an array (cached: do not change it), for loops that allocate nothing. */
    String[] readings(int i) {
        String[] v = variants[wordOf[i]];
        if (v == null) variants[wordOf[i]] = v = variants(text[i]).toArray(new String[0]);
        return v;
    }

    /**
     * False when no clitic reading of token i is a word of any quantity lexicon
     * ({@link QuantityLexicon#allWords()}): then no lookup of it can find anything.
     */
    boolean lexical(int i) {
        int w = wordOf[i];
        if (lexical[w] == 0) {
            java.util.Set<String> all = QuantityLexicon.allWords();
            boolean any = false;
            for (String v : readings(i)) if (all.contains(v)) { any = true; break; }
            lexical[w] = (byte) (any ? 2 : 1);
        }
        return lexical[w] == 2;
    }

    private static boolean isMark(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
    }

    int size() { return text.length; }
    String text(int i) { return text[i]; }
    int start(int i) { return start[i]; }
    int end(int i) { return end[i]; }

    boolean isPunct(int i) {
        String t = text[i];
        return t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0));
    }

    boolean isDigits(int i) { return Character.isDigit(text[i].charAt(0)); }

    /** First token index whose start is at or after {@code offset}. */
    int firstAtOrAfter(int offset) {
        int lo = 0, hi = start.length;
        while (lo < hi) { int mid = (lo + hi) >>> 1; if (start[mid] < offset) lo = mid + 1; else hi = mid; }
        return lo;
    }

    /**
     * Readings of a word with its clitics removed, fullest first: the word, without و/ف, without
     * ب/ل/ك after that, without the article ("وبالقتلى" → بالقتلى, القتلى, قتلى).
     */
    static List<String> variants(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        readings(out, w);
        if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) readings(out, w.substring(1));
        return out;
    }

    /** The readings of one clitic-free base b, in the order variants lists them. */
    private static void readings(List<String> out, String b) {
        add(out, b);
        if (b.startsWith("لل") && b.length() > 3) { add(out, "ال" + b.substring(2)); add(out, b.substring(2)); }
        String c = b;
        if (b.length() > 2 && "بلك".indexOf(b.charAt(0)) >= 0) { c = b.substring(1); add(out, c); }
        if (c.startsWith("ال") && c.length() > 3) add(out, c.substring(2));
        if (b.startsWith("ال") && b.length() > 3) add(out, b.substring(2));
    }

    private static void add(List<String> l, String s) {
        if (!l.contains(s)) l.add(s);
    }
}
