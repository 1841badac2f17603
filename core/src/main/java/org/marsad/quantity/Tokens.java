package org.marsad.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * The normalised words of a text with offsets back into the original: numbers (with their
 * separators), letter runs, and each punctuation mark as a token of its own. Parallel arrays.
 */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile("[0-9]+(?:[.,][0-9]+)*|\\p{L}+|\\S");

    final String original;
    private final int[] start, end;
    private final String[] text;
    /** Clitic readings of each token, computed on first use. */
    private final List<List<String>> variants;

    Tokens(String original) {
        this.original = original;
        StringBuilder norm = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char f = ArabicNormalizer.fold(original.charAt(i));
            if (f == 0) continue;
            origin[norm.length()] = i;
            norm.append(Character.isWhitespace(f) ? ' ' : f);
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(norm);
        while (m.find()) {
            int s = origin[m.start()], e = origin[m.end() - 1] + 1;
            while (e < original.length() && isMark(original.charAt(e))) e++;
            spans.add(new int[] {s, e});
            words.add(m.group());
        }
        int n = words.size();
        start = new int[n];
        end = new int[n];
        text = words.toArray(new String[0]);
        for (int i = 0; i < n; i++) { start[i] = spans.get(i)[0]; end[i] = spans.get(i)[1]; }
        variants = new ArrayList<>(java.util.Collections.nCopies(n, (List<String>) null));
    }

    /** {@link #variants(String)} of token i, cached. */
    List<String> variants(int i) {
        List<String> v = variants.get(i);
        if (v == null) variants.set(i, v = variants(text[i]));
        return v;
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
        List<String> base = new ArrayList<>(List.of(w));
        if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) base.add(w.substring(1));
        for (String b : base) {
            add(out, b);
            if (b.startsWith("لل") && b.length() > 3) { add(out, "ال" + b.substring(2)); add(out, b.substring(2)); }
            String c = b;
            if (b.length() > 2 && "بلك".indexOf(b.charAt(0)) >= 0) { c = b.substring(1); add(out, c); }
            if (c.startsWith("ال") && c.length() > 3) add(out, c.substring(2));
            if (b.startsWith("ال") && b.length() > 3) add(out, b.substring(2));
        }
        return out;
    }

    private static void add(List<String> l, String s) {
        if (!l.contains(s)) l.add(s);
    }
}
