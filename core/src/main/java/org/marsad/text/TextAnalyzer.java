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
    /** Each thread's memo of the current document's word segmentations (the analyzer is shared across threads). */
    private final ThreadLocal<WordMemo> memos = ThreadLocal.withInitial(WordMemo::new);

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
        IntBuf ts = new IntBuf(guess), te = new IntBuf(guess), ss = new IntBuf(guess), se = new IntBuf(guess), pf = new IntBuf(guess), ids = new IntBuf(guess);
        // word ids (TextLayer.wordId): a remembered word keeps its first id, a punctuation mark below 128 one id per mark
        int words = 0;
        int[] markIds = null;
        String[] norms = new String[guess], surf = new String[guess];
        int[] sFirst = new int[nSent], sEnd = new int[nSent];
        boolean[] boiler = new boolean[nSent];
        int[] seg = new int[5];
        char[] nb = new char[64];
        int[] masked = spans(doc.boilerplate());
        java.util.BitSet taMarbuta = new java.util.BitSet();
        WordMemo memo = memos.get();
        memo.reset();
        for (int s = 0; s < nSent; s++) {
            int a = sb[2 * s], b = sb[2 * s + 1];
            sFirst[s] = ts.size;
            boiler[s] = overlaps(masked, a, b);
            int i = a;
            while (i < b) {
                char c = t[i];
                char f0 = c < WORD_FOLD.length ? WORD_FOLD[c] : isWordChar(c) ? ArabicNormalizer.fold(c) : NOT_WORD;
                if (f0 != NOT_WORD) {
                    // one pass: find the word's end and fold it into nb, hashing the folded chars
                    int m = 0, h = 1, j = i;
                    char f = f0;
                    while (true) {
                        if (f != 0) {
                            if (m == nb.length) nb = Arrays.copyOf(nb, m * 2);
                            nb[m++] = f;
                            h = 31 * h + f;
                        }
                        if (++j >= b) break;
                        char d = t[j];
                        f = d < WORD_FOLD.length ? WORD_FOLD[d] : isWordChar(d) || isInnerMark(d) ? ArabicNormalizer.fold(d) : NOT_WORD;
                        if (f == NOT_WORD && !(isNumberSeparator(t, j, b) && (f = ArabicNormalizer.fold(d)) != NOT_WORD)) break;
                    }
                    h ^= h >>> 16;
                    int slot = memo.find(nb, m, h);
                    String whole, stem;
                    int packed, id;
                    if (slot >= 0) {
                        whole = memo.surface(slot); stem = memo.stem(slot); packed = memo.packed(slot); id = memo.wordId(slot);
                    } else {
                        packed = Segmenter.decide(nb, m, known);
                        int pre = packed >>> 8 & 0xFF, suf = packed >>> 16 & 0xFF;
                        whole = new String(nb, 0, m);
                        stem = pre == 0 && suf == 0 ? whole : new String(nb, pre, m - pre - suf);
                        id = words++;
                        if (slot != WordMemo.FULL) memo.put(slot, nb, m, h, whole, stem, packed, id);
                    }
                    mapStem(t, i, j, packed, m != j - i, seg);
                    if (ts.size == norms.length) { norms = Arrays.copyOf(norms, ts.size * 2); surf = Arrays.copyOf(surf, ts.size * 2); }
                    surf[ts.size] = whole;
                    norms[ts.size] = stem;
                    if (endsInTaMarbuta(t, i, j)) taMarbuta.set(ts.size);
                    ts.add(i); te.add(j); ss.add(seg[0]); se.add(seg[1]); pf.add(seg[2]); ids.add(id);
                    i = j;
                } else {
                    char f = ArabicNormalizer.fold(c);
                    if (f == 0 || f == ' ' || SentenceSplitter.isSpace(c)) { i++; continue; }
                    // "#حركة_الشباب": the underscore of a hashtag joins the words of a name; it is a space
                    if (c == '_' && i > 0 && i + 1 < t.length && isWordChar(t[i - 1]) && isWordChar(t[i + 1])) { i++; continue; }
                    // punctuation is a token of its own: clause boundaries matter to later stages
                    if (ts.size == norms.length) { norms = Arrays.copyOf(norms, ts.size * 2); surf = Arrays.copyOf(surf, ts.size * 2); }
                    String p = f < 128 ? ASCII[f] : String.valueOf(f);
                    surf[ts.size] = p; norms[ts.size] = p;
                    int id;
                    if (f < 128) {
                        if (markIds == null) { markIds = new int[128]; Arrays.fill(markIds, -1); }
                        if (markIds[f] < 0) markIds[f] = words++;
                        id = markIds[f];
                    } else {
                        id = words++;
                    }
                    ts.add(i); te.add(i + 1); ss.add(i); se.add(i + 1); pf.add(0); ids.add(id);
                    i++;
                }
            }
            sEnd[s] = ts.size;
        }
        int[] sStart = new int[nSent], sStop = new int[nSent];
        for (int s = 0; s < nSent; s++) { sStart[s] = sb[2 * s]; sStop[s] = sb[2 * s + 1]; }
        return new TextLayer(ts.toArray(), te.toArray(), ss.toArray(), se.toArray(), pf.toArray(),
                Arrays.copyOf(norms, ts.size), Arrays.copyOf(surf, ts.size), ids.toArray(), words, sStart, sStop, sFirst, sEnd, boiler, taMarbuta);
    }

    /** Whether the word {@code [i, j)} ends in ة (diacritics after it aside), which normalisation writes ه. */
    private static boolean endsInTaMarbuta(char[] t, int i, int j) {
        int k = j - 1;
        while (k > i && t[k] >= '\u064B' && t[k] <= '\u0652') k--;
        return t[k] == '\u0629';
    }

    /** Original-text offsets of the stem of token {@code [i, j)} into {@code out[0..2]}: start, end, proclitic flags. */
    private static void mapStem(char[] t, int i, int j, int packed, boolean dropped, int[] out) {
        int pre = packed >>> 8 & 0xFF, suf = packed >>> 16 & 0xFF;
        int a = i, b = j;
        if ((packed & Segmenter.MAPPED) != 0) {
            if (dropped) { a = Segmenter.mapForward(t, i, j, pre); b = Segmenter.mapBackward(t, i, j, suf); }
            else { a = i + pre; b = j - suf; }
            if (b < a) b = a;
        }
        out[0] = a; out[1] = b; out[2] = packed & 0xFF;
    }

    /** Marks a character that does not belong in a word token (no character folds to U+FFFF). */
    private static final char NOT_WORD = '\uFFFF';

    /** For U+0000..U+06FF: the folded character when it is a word character (0 when folding drops it), else NOT_WORD. */
    private static final char[] WORD_FOLD = new char[0x0700];

    static {
        for (int c = 0; c < WORD_FOLD.length; c++) WORD_FOLD[c] = isWordChar((char) c) ? ArabicNormalizer.fold((char) c) : NOT_WORD;
    }

    /** Masked ranges as {start0, end0, start1, end1, …}: the sentence loop checks them without an iterator. */
    private static int[] spans(java.util.List<org.marsad.doc.Span> list) {
        int[] out = new int[list.size() * 2];
        for (int k = 0; k < list.size(); k++) { out[2 * k] = list.get(k).start(); out[2 * k + 1] = list.get(k).end(); }
        return out;
    }

    /** Same test as {@link Document#inBoilerplate(int, int)}. */
    private static boolean overlaps(int[] spans, int start, int end) {
        for (int k = 0; k < spans.length; k += 2) if (spans[k] < end && start < spans[k + 1]) return true;
        return false;
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
        // (and the colon of a clock time, "16:00": no clause boundary)
        return (c == '.' || c == ',' || c == '٫' || c == '٬' || c == ':') && j > 0 && j + 1 < b && isDigit(t[j - 1]) && isDigit(t[j + 1]);
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
