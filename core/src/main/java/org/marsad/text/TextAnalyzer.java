package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.marsad.doc.Document;

/**
 * Builds the {@link TextLayer} of a document: sentences, tokens, clitic segmentation. Thread-safe.
 *
 * <p>Clitics are decided with a lexicon of known words and names (resource
 * {@code text/known-words.txt} plus whatever the caller adds, e.g. every KB name token): a token
 * that is itself known stays whole (وزير، بغداد، لبنان); otherwise a proclitic is split off when what
 * remains is known, or long enough to be a word (وسوتك → و + سوتك); attached pronouns are split off
 * only when what remains is known, so unknown names are never cut at the end.
 */
public final class TextAnalyzer {
    private final KnownWords known;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextAnalyzer() { this(Set.of()); }

    /** @param extraKnownWords normalised words to treat as known (e.g. KB name tokens) */
    public TextAnalyzer(Set<String> extraKnownWords) {
        Set<String> k = new HashSet<>(loadWords("/text/known-words.txt"));
        for (String w : extraKnownWords) k.add(ArabicNormalizer.normalize(w));
        this.known = new KnownWords(k);
    }

    public boolean isKnown(String normalisedWord) { return known.contains(normalisedWord); }

    /** Single-character strings of punctuation tokens, shared (no String per punctuation mark). */
    private static final String[] ASCII = new String[128];

    static {
        for (int c = 0; c < 128; c++) ASCII[c] = String.valueOf((char) c);
    }

    public TextLayer analyze(Document doc) {
        String text = doc.text();
        char[] t = text.toCharArray();                // array access in the hot loops (no String bounds checks)
        int[] sb = splitter.split(t);                 // pairs start,end
        int nSent = sb.length / 2;
        int guess = Math.max(16, t.length / 5);
        IntBuf ts = new IntBuf(guess), te = new IntBuf(guess), ss = new IntBuf(guess), se = new IntBuf(guess), pf = new IntBuf(guess);
        String[] norms = new String[guess], surf = new String[guess];
        int[] sFirst = new int[nSent], sEnd = new int[nSent];
        boolean[] boiler = new boolean[nSent];
        int[] seg = new int[5];
        char[] nb = new char[64];
        for (int s = 0; s < nSent; s++) {
            int a = sb[2 * s], b = sb[2 * s + 1];
            sFirst[s] = ts.size;
            boiler[s] = doc.inBoilerplate(a, b);
            int i = a;
            while (i < b) {
                char c = t[i];
                if (isWordChar(c)) {
                    int j = i + 1;
                    while (j < b && (isWordChar(t[j]) || isInnerMark(t[j]) || isNumberSeparator(t, j, b))) j++;
                    if (j - i > nb.length) nb = new char[j - i];
                    int m = 0;
                    for (int k = i; k < j; k++) { char f = ArabicNormalizer.fold(t[k]); if (f != 0) nb[m++] = f; }
                    String whole = new String(nb, 0, m);
                    Segmenter.segment(t, i, j, whole, known, seg);
                    if (ts.size == norms.length) { norms = Arrays.copyOf(norms, ts.size * 2); surf = Arrays.copyOf(surf, ts.size * 2); }
                    surf[ts.size] = whole;
                    norms[ts.size] = seg[3] == 0 && seg[4] == 0 ? whole : whole.substring(seg[3], whole.length() - seg[4]);
                    ts.add(i); te.add(j); ss.add(seg[0]); se.add(seg[1]); pf.add(seg[2]);
                    i = j;
                } else {
                    char f = ArabicNormalizer.fold(c);
                    if (f == 0 || f == ' ' || SentenceSplitter.isSpace(c)) { i++; continue; }
                    // punctuation is a token of its own: clause boundaries matter to later stages
                    if (ts.size == norms.length) { norms = Arrays.copyOf(norms, ts.size * 2); surf = Arrays.copyOf(surf, ts.size * 2); }
                    String p = f < 128 ? ASCII[f] : String.valueOf(f);
                    surf[ts.size] = p; norms[ts.size] = p;
                    ts.add(i); te.add(i + 1); ss.add(i); se.add(i + 1); pf.add(0);
                    i++;
                }
            }
            sEnd[s] = ts.size;
        }
        int[] sStart = new int[nSent], sStop = new int[nSent];
        for (int s = 0; s < nSent; s++) { sStart[s] = sb[2 * s]; sStop[s] = sb[2 * s + 1]; }
        return new TextLayer(ts.toArray(), te.toArray(), ss.toArray(), se.toArray(), pf.toArray(),
                Arrays.copyOf(norms, ts.size), Arrays.copyOf(surf, ts.size), sStart, sStop, sFirst, sEnd, boiler);
    }

    /** Letters, digits and in-word marks (diacritics, tatweel): what a word token is made of. Fast for Arabic and ASCII. */
    public static boolean isWordChar(char c) {
        if (c >= 0x0621 && c <= 0x0670) return c <= 0x064A || c >= 0x064B && c <= 0x065F || c >= 0x0660 && c <= 0x0669 || c == 0x066E || c == 0x066F || c == 0x0670;
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return Character.isLetterOrDigit(c) || c == 0x0640;
    }

    /** Characters allowed inside a word: decimal separators between digits are handled by the splitter. */
    private static boolean isInnerMark(char c) {
        return c == 0x200C || c == 0x200D;
    }

    /** 3.5, 1,200, ٣٫٥: a separator between two digits stays inside the number token. */
    private static boolean isNumberSeparator(char[] t, int j, int b) {
        char c = t[j];
        return (c == '.' || c == ',' || c == '٫' || c == '٬') && j > 0 && j + 1 < b && isDigit(t[j - 1]) && isDigit(t[j + 1]);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9' || c >= 0x0660 && c <= 0x0669 || c >= 0x06F0 && c <= 0x06F9; }

    static Set<String> loadWords(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                for (String w : line.split("\\s+")) out.add(ArabicNormalizer.normalize(w));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Growable int array: no boxing in the token loop. */
    static final class IntBuf {
        int[] a;
        int size;
        IntBuf() { this(256); }
        IntBuf(int capacity) { a = new int[capacity]; }
        void add(int v) { if (size == a.length) a = Arrays.copyOf(a, size * 2); a[size++] = v; }
        int[] toArray() { return Arrays.copyOf(a, size); }
    }
}
