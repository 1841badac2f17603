package org.marsad.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFile;
import org.marsad.text.KnownWords;
import org.marsad.text.TextAnalyzer;

/**
 * Finds the wire agencies credited in a text, from the lexicon {@code lexicon/agencies.tsv}
 * (canonical English name, context, surface forms). Matching is on normalised tokens; forms that
 * are also ordinary words or places count only in a credit context (see the lexicon's header).
 * Thread-safe and immutable.
 */
public final class Agencies {
    private record Form(String canonical, String[] tokens, boolean creditOnly) {}

    private final Map<String, List<Form>> byFirstToken = new HashMap<>();
    /** The first tokens again, looked up by range so most text tokens cost no String. */
    private final KnownWords firstTokens;

    public Agencies() { this("/lexicon/agencies.tsv"); }

    Agencies(String resource) {
        DataFile.forEachRow(resource, f -> {
            if (f.length < 3) throw new IllegalStateException("expected 3 columns");
            boolean credit = f[1].strip().equals("credit");
            for (String form : f[2].split("\\|")) {
                String[] toks = tokens(ArabicNormalizer.normalize(form.strip()));
                if (toks.length == 0) continue;
                byFirstToken.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new Form(f[0].strip(), toks, credit));
            }
        });
        firstTokens = new KnownWords(byFirstToken.keySet());
    }

    /** Canonical names of the agencies credited in {@code text}, in order of first appearance. */
    public List<String> find(String text) { return findNormalized(ArabicNormalizer.normalize(text)); }

    /** As {@link #find}, given the text already normalised ({@link ArabicNormalizer#normalize}). */
    public List<String> findNormalized(String t) {
        char[] c = t.toCharArray();
        int len = c.length;
        // tokens: runs of letters and digits (the fast TextAnalyzer predicate; diacritics are gone already)
        int[] starts = new int[Math.max(16, len / 3)], ends = new int[starts.length];
        int n = 0;
        for (int i = 0; i < len; ) {
            if (!isWordChar(c[i])) { i++; continue; }
            int j = i + 1;
            while (j < len && isWordChar(c[j])) j++;
            if (n == starts.length) { starts = java.util.Arrays.copyOf(starts, n * 2); ends = java.util.Arrays.copyOf(ends, n * 2); }
            starts[n] = i; ends[n] = j; n++;
            i = j;
        }
        Set<String> found = null;
        for (int k = 0; k < n; k++) {
            int s = starts[k], e = ends[k];
            for (int strip = 0; strip <= 2; strip++) {
                if (strip > 0 && (e - s - strip < 2 || !isProclitic(c[s + strip - 1]))) break;
                if (!firstTokens.contains(c, s + strip, e)) continue;
                List<Form> forms = byFirstToken.get(t.substring(s + strip, e));
                if (forms == null) continue;
                if (found == null) found = new LinkedHashSet<>();
                for (Form f : forms) {
                    if (!found.contains(f.canonical) && matches(t, starts, ends, n, k, f) && (!f.creditOnly || creditContext(t, starts, ends, k, k + f.tokens.length))) {
                        found.add(f.canonical);
                    }
                }
            }
        }
        return found == null ? List.of() : List.copyOf(found);
    }

    /** {@link TextAnalyzer#isWordChar} as a table below U+0700: this scan runs over every article's whole text. */
    private static final boolean[] WORD = new boolean[0x0700];

    static {
        for (int c = 0; c < WORD.length; c++) WORD[c] = TextAnalyzer.isWordChar((char) c);
    }

    private static boolean isWordChar(char c) { return c < 0x0700 ? WORD[c] : TextAnalyzer.isWordChar(c); }

    /** و ف ب ل: what may be attached in front of an agency's name (وأضافت رويترز، لرويترز). */
    private static boolean isProclitic(char c) { return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل'; }

    private static boolean matches(String t, int[] starts, int[] ends, int n, int k, Form f) {
        if (k + f.tokens.length > n) return false;
        for (int m = 1; m < f.tokens.length; m++) {
            int s = starts[k + m], e = ends[k + m];
            if (e - s != f.tokens[m].length() || !t.regionMatches(s, f.tokens[m], 0, e - s)) return false;
            for (int c = ends[k + m - 1]; c < s; c++) if (t.charAt(c) == '\n') return false;
        }
        return true;
    }

    /** After وكالة (أنباء), inside parentheses, or next to a dateline dash/slash/colon. */
    private static boolean creditContext(String t, int[] starts, int[] ends, int first, int end) {
        if (first > 0) {
            String prev = t.substring(starts[first - 1], ends[first - 1]);
            if (prev.endsWith("وكاله") || (prev.equals("انباء") && first > 1 && t.substring(starts[first - 2], ends[first - 2]).endsWith("وكاله"))) return true;
        }
        char before = prevNonSpace(t, starts[first]), after = nextNonSpace(t, ends[end - 1]);
        if (before == '(' && after == ')') return true;
        return isDash(before) || isDash(after);
    }

    private static boolean isDash(char c) { return c == '-' || c == '–' || c == '—' || c == '/' || c == ':'; }

    private static char prevNonSpace(String t, int i) {
        while (--i >= 0) { char c = t.charAt(i); if (c != ' ' && c != '\t') return c; }
        return 0;
    }

    private static char nextNonSpace(String t, int i) {
        for (; i < t.length(); i++) { char c = t.charAt(i); if (c != ' ' && c != '\t') return c; }
        return 0;
    }

    private static String[] tokens(String s) {
        return java.util.Arrays.stream(s.split("[^\\p{L}\\p{N}]+")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }
}
