package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    private final Set<String> known;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public TextAnalyzer() { this(Set.of()); }

    /** @param extraKnownWords normalised words to treat as known (e.g. KB name tokens) */
    public TextAnalyzer(Set<String> extraKnownWords) {
        Set<String> k = new HashSet<>(loadWords("/text/known-words.txt"));
        for (String w : extraKnownWords) k.add(ArabicNormalizer.normalize(w));
        this.known = Set.copyOf(k);
    }

    public boolean isKnown(String normalisedWord) { return known.contains(normalisedWord); }

    public TextLayer analyze(Document doc) {
        String text = doc.text();
        int[] sb = splitter.split(text);              // pairs start,end
        int nSent = sb.length / 2;
        IntBuf ts = new IntBuf(), te = new IntBuf(), ss = new IntBuf(), se = new IntBuf(), pf = new IntBuf();
        java.util.ArrayList<String> norms = new java.util.ArrayList<>(), surf = new java.util.ArrayList<>();
        int[] sFirst = new int[nSent], sEnd = new int[nSent];
        boolean[] boiler = new boolean[nSent];
        int[] seg = new int[3];
        for (int s = 0; s < nSent; s++) {
            int a = sb[2 * s], b = sb[2 * s + 1];
            sFirst[s] = ts.size;
            boiler[s] = doc.inBoilerplate(a, b);
            int i = a;
            while (i < b) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    int j = i + 1;
                    while (j < b && (isWordChar(text.charAt(j)) || isInnerMark(text.charAt(j)) || isNumberSeparator(text, j, b))) j++;
                    String whole = ArabicNormalizer.normalize(text, i, j);
                    Segmenter.segment(text, i, j, whole, known, seg);
                    ts.add(i); te.add(j); ss.add(seg[0]); se.add(seg[1]); pf.add(seg[2]);
                    surf.add(whole);
                    norms.add(seg[0] == i && seg[1] == j ? whole : ArabicNormalizer.normalize(text, seg[0], seg[1]));
                    i = j;
                } else if (Character.isWhitespace(c) || ArabicNormalizer.fold(c) == 0 || ArabicNormalizer.fold(c) == ' ') {
                    i++;
                } else {   // punctuation is a token of its own: clause boundaries matter to later stages
                    ts.add(i); te.add(i + 1); ss.add(i); se.add(i + 1); pf.add(0);
                    String p = String.valueOf(ArabicNormalizer.fold(c));
                    surf.add(p); norms.add(p);
                    i++;
                }
            }
            sEnd[s] = ts.size;
        }
        int[] sStart = new int[nSent], sStop = new int[nSent];
        for (int s = 0; s < nSent; s++) { sStart[s] = sb[2 * s]; sStop[s] = sb[2 * s + 1]; }
        return new TextLayer(ts.toArray(), te.toArray(), ss.toArray(), se.toArray(), pf.toArray(),
                norms.toArray(new String[0]), surf.toArray(new String[0]), sStart, sStop, sFirst, sEnd, boiler);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670;
    }

    /** Characters allowed inside a word: decimal separators between digits are handled by the splitter. */
    private static boolean isInnerMark(char c) {
        return c == 0x200C || c == 0x200D;
    }

    /** 3.5, 1,200, ٣٫٥: a separator between two digits stays inside the number token. */
    private static boolean isNumberSeparator(String t, int j, int b) {
        char c = t.charAt(j);
        return (c == '.' || c == ',' || c == '٫' || c == '٬') && j > 0 && j + 1 < b
                && Character.isDigit(t.charAt(j - 1)) && Character.isDigit(t.charAt(j + 1));
    }

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
        int[] a = new int[256];
        int size;
        void add(int v) { if (size == a.length) a = java.util.Arrays.copyOf(a, size * 2); a[size++] = v; }
        int[] toArray() { return java.util.Arrays.copyOf(a, size); }
    }
}
