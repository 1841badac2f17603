package org.marsad.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.doc.Span;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFile;
import org.marsad.text.TextAnalyzer;

/**
 * Clean-up of scraped news text. It <em>masks</em> ranges of the text instead of cutting them out,
 * so every offset stays that of the text as given; the masked ranges become
 * {@link org.marsad.doc.Document#boilerplate()} and later stages skip the sentences inside them.
 * Works line by line (a line is a paragraph in scraped text). Marker phrases are data
 * ({@code lexicon/boilerplate.tsv}); the structural rules are:
 * <ul>
 *   <li>related-stories openers ("اقرأ أيضا", "ذات صلة", "list of N items") mask their line and the
 *       link-title lines that follow (short lines without a full stop), up to an end-of-list marker;</li>
 *   <li>tag lists ("تصنيفات"), caption and photo-credit lines ("الصورة:", "مصدر الصورة", "Getty
 *       Images"), reading-time and date widgets, share-button rows and promotions mask their line;</li>
 *   <li>a short line made only of agency credits ("فرانس 24/ أ ف ب", "(رويترز)") is a credit line;</li>
 *   <li>a repeated abstract: a paragraph whose words recur (≥ 80 %) in one of the next two paragraphs
 *       is masked — the later, fuller copy is kept;</li>
 *   <li>inline related-story headlines: a run of two or more title-like lines (no full stop, at most
 *       ~25 words) between body paragraphs, not introduced by a colon (that is a real list).</li>
 * </ul>
 * A single title-like line between paragraphs is kept: it is a subheading, and may report news.
 */
public final class Boilerplate {
    private enum Kind { RELATED, LIST, LISTEND, TAGS, CAPTION, WIDGET, SHARE, PROMO, ANYWHERE }

    private static final int MAX_LINK_CHARS = 200, MAX_HEADLINE_CHARS = 160, MAX_HEADLINE_WORDS = 25;

    // compiled once: these run on every short line of every article
    private static final Pattern LIST_COUNT = Pattern.compile("\\d+\\s*\\S*.*"), NUMBERED = Pattern.compile("^\\d+\\s*[-.)].*"),
            SHARE_SEPARATORS = Pattern.compile("[\\s|/·•,،-]+"), SOURCE_LABEL = Pattern.compile("^(المصدر|مصدر|المصادر|نقلا عن)\\s*:?"),
            WIRES_ONLY = Pattern.compile("[(\\[]?\\s*(وكالات|وكالات الأنباء|وكالات الانباء)\\s*[)\\]]?"),
            CREDIT_SEPARATORS = Pattern.compile("[\\s/،,()-]+");

    private final Map<String, Kind> starts = new HashMap<>();   // normalised phrase -> kind
    private final Map<String, List<String>> startsByFirstWord = new HashMap<>();   // longest phrase first
    private final List<String> anywhere = new ArrayList<>(), widgets = new ArrayList<>();
    private final Set<String> shareWords = new HashSet<>();
    private final Agencies agencies;

    public Boilerplate(Agencies agencies) {
        this.agencies = agencies;
        DataFile.forEachRow("/lexicon/boilerplate.tsv", f -> {
            Kind k = Kind.valueOf(f[0].strip().toUpperCase(java.util.Locale.ROOT));
            String p = ArabicNormalizer.normalize(f[1].strip());
            if (k == Kind.ANYWHERE) anywhere.add(p);
            else if (k == Kind.WIDGET) widgets.add(p);
            else if (k == Kind.SHARE) shareWords.add(p.toLowerCase(java.util.Locale.ROOT));
            else starts.putIfAbsent(p, k);
        });
        for (String p : starts.keySet()) startsByFirstWord.computeIfAbsent(firstWord(p, 0), k -> new ArrayList<>()).add(p);
        for (List<String> l : startsByFirstWord.values()) l.sort((x, y) -> y.length() - x.length());
    }

    /** The first run of letters and digits from {@code i}, as a String ("" when none). */
    private static String firstWord(String s, int i) {
        int j = i;
        while (j < s.length() && TextAnalyzer.isWordChar(s.charAt(j))) j++;
        return s.substring(i, j);
    }

    /** The masked ranges of {@code text}, sorted and merged. */
    public List<Span> mask(String text) { return mask(text, ArabicNormalizer.normalize(text)); }

    /**
     * As {@link #mask(String)}, given {@code normalized}, {@link ArabicNormalizer#normalize} of the text
     * (the caller has it already). Normalising deletes characters but keeps and never makes a line
     * break, and what it makes of white space is white space or nothing, so the stripped normalised
     * lines are those of the text.
     */
    public List<Span> mask(String text, String normalized) {
        List<int[]> lines = lines(text);
        int n = lines.size();
        String[] norm = new String[n];
        char[] nc = normalized.toCharArray();
        int[] normStart = new int[n];                 // where each stripped line starts in nc (for the word hashes)
        for (int i = 0, from = 0; i < n; i++) {
            int nl = normalized.indexOf('\n', from), to = nl < 0 ? nc.length : nl;
            int a = from, b = to;
            while (a < b && Character.isWhitespace(nc[a])) a++;       // as String.strip()
            while (b > a && Character.isWhitespace(nc[b - 1])) b--;
            norm[i] = normalized.substring(a, b);
            normStart[i] = a;
            from = to + 1;
        }
        boolean[] masked = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (masked[i]) continue;
            String l = norm[i];
            Kind k = startKind(l);
            if (k == Kind.RELATED || k == Kind.TAGS || k == Kind.LIST) {
                masked[i] = true;
                for (int j = i + 1; j < n && j <= i + 20; j++) {
                    Kind kj = startKind(norm[j]);
                    if (kj == Kind.LISTEND) { masked[j] = true; break; }
                    if (k == Kind.LIST ? norm[j].length() > MAX_LINK_CHARS * 2 : !isLinkLike(norm[j])) break;
                    masked[j] = true;
                }
            } else if (k == Kind.LISTEND || isWidget(l) || k == Kind.PROMO && l.length() <= 200
                    || k == Kind.CAPTION && l.length() <= 250 || isShareRow(l) || isCaption(l) || isCreditLine(l)) {
                masked[i] = true;
            }
        }
        maskRepeatedAbstract(norm, nc, normStart, masked);
        maskHeadlineRuns(norm, masked);
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!masked[i]) continue;
            int a = lines.get(i)[0], b = lines.get(i)[1];
            if (!out.isEmpty() && isGap(text, out.get(out.size() - 1).end(), a)) a = out.remove(out.size() - 1).start();
            out.add(new Span(a, b));
        }
        return out;
    }

    /** The kind of marker the line opens with, or null. Single-word caption markers need punctuation after them. */
    private Kind startKind(String l) {
        int i = 0;
        while (i < l.length() && "-–—•*·▪►◄|([«\"' ".indexOf(l.charAt(i)) >= 0) i++;
        List<String> candidates = startsByFirstWord.get(firstWord(l, i));
        if (candidates == null) return null;
        String s = l.substring(i);
        for (String phrase : candidates) {
            int len = phrase.length();
            if (!s.startsWith(phrase)) continue;
            if (len < s.length() && TextAnalyzer.isWordChar(s.charAt(len)) && TextAnalyzer.isWordChar(phrase.charAt(len - 1))) continue;
            Kind k = starts.get(phrase);
            if (k == Kind.LIST && !LIST_COUNT.matcher(s.substring(len).strip()).matches()) continue;
            if (k == Kind.CAPTION && phrase.indexOf(' ') < 0) {
                String after = s.substring(len).stripLeading();
                if (!after.isEmpty() && ":-–|()/".indexOf(after.charAt(0)) < 0) continue;
            }
            return k;
        }
        return null;
    }

    /** "5 دقائق القراءة", "آخر تحديث: …": widgets sit on short lines of their own. */
    private boolean isWidget(String l) {
        if (l.isEmpty() || l.length() > 80 || endsSentence(l)) return false;
        for (String p : widgets) if (l.contains(p)) return true;
        return false;
    }

    private boolean isCaption(String l) {
        if (l.length() > 300) return false;
        for (String p : anywhere) if (l.contains(p)) return true;
        return false;
    }

    private boolean isShareRow(String l) {
        if (l.isEmpty() || l.length() > 120) return false;
        int k = 0;
        while (k < l.length() && !TextAnalyzer.isWordChar(l.charAt(k))) k++;
        if (!shareWords.contains(firstWord(l, k).toLowerCase(java.util.Locale.ROOT))) return false;
        int words = 0;
        for (String w : SHARE_SEPARATORS.split(l.toLowerCase(java.util.Locale.ROOT))) {
            if (w.isEmpty()) continue;
            if (!shareWords.contains(w)) return false;
            words++;
        }
        return words > 0;
    }

    /** "فرانس 24/ أ ف ب", "(رويترز)", "المصدر: وكالات": a short line that only credits sources. */
    private boolean isCreditLine(String l) {
        if (l.isEmpty() || l.length() > 45 || endsSentence(l)) return false;
        String core = SOURCE_LABEL.matcher(l).replaceAll("").strip();
        if (WIRES_ONLY.matcher(core).matches()) return true;
        return !agencies.find(l).isEmpty() && CREDIT_SEPARATORS.split(core).length <= 6;
    }

    private static boolean isLinkLike(String l) {
        return !l.isEmpty() && l.length() <= MAX_LINK_CHARS && !endsSentence(l);
    }

    private static boolean isHeadlineLike(String l) {
        if (l.isEmpty() || l.length() > MAX_HEADLINE_CHARS || endsSentence(l)) return false;
        char last = l.charAt(l.length() - 1);
        if (last == ':' || last == ',' || last == ';') return false;
        char first = l.charAt(0);
        if (first == '-' || first == '•' || first == '*' || first == '·' || Character.isDigit(first) && NUMBERED.matcher(l).matches()) return false;
        int words = splitCount(l);
        return words >= 2 && words <= MAX_HEADLINE_WORDS;
    }

    /** {@code l.split("\\s+").length} without the regex and the array: the runs between ASCII white space. */
    private static int splitCount(String l) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < l.length(); i++) {
            boolean sep = isRegexSpace(l.charAt(i));
            if (!sep && !inRun) runs++;
            inRun = !sep;
        }
        if (l.isEmpty()) return 1;                                   // "".split(…) is [""]
        return runs > 0 && isRegexSpace(l.charAt(0)) ? runs + 1 : runs;   // split keeps a leading empty string, drops trailing ones
    }

    /** What {@code \\s} matches in a Java regex. */
    private static boolean isRegexSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'; }

    private static boolean endsSentence(String l) {
        int i = l.length() - 1;
        while (i >= 0 && "\"»'”)] ".indexOf(l.charAt(i)) >= 0) i--;
        return i >= 0 && (l.charAt(i) == '.' || l.charAt(i) == '!' || l.charAt(i) == '…');
    }

    private static boolean isBody(String l) { return endsSentence(l) || l.length() > MAX_HEADLINE_CHARS; }

    /** Runs of ≥ 2 title-like lines after the first body paragraph; not after a line ending in a colon. */
    private static void maskHeadlineRuns(String[] norm, boolean[] masked) {
        int n = norm.length, firstBody = -1;
        for (int i = 0; i < n; i++) if (!masked[i] && isBody(norm[i])) { firstBody = i; break; }
        if (firstBody < 0) return;
        int i = firstBody + 1;
        while (i < n) {
            if (norm[i].isEmpty() || masked[i] || !isHeadlineLike(norm[i])) { i++; continue; }
            int prev = i - 1;
            while (prev >= 0 && norm[prev].isEmpty()) prev--;
            boolean introduced = prev >= 0 && norm[prev].endsWith(":");
            int j = i, count = 0;
            while (j < n && (norm[j].isEmpty() || !masked[j] && isHeadlineLike(norm[j]))) { if (!norm[j].isEmpty()) count++; j++; }
            if (count >= 2 && !introduced) for (int k = i; k < j; k++) if (!norm[k].isEmpty()) masked[k] = true;
            i = j;
        }
    }

    /** A paragraph whose words (≥ 80 %, at least 12 of them) recur in one of the next two paragraphs. */
    private static void maskRepeatedAbstract(String[] norm, char[] nc, int[] normStart, boolean[] masked) {
        int n = Math.min(norm.length, 16);
        int[][] words = new int[n][];
        long[][] sig = new long[n][];
        boolean[] sorted = new boolean[n];
        for (int i = 0; i < n && i < 12; i++) {
            if (masked[i] || norm[i].isEmpty() || !isBody(norm[i]) && norm[i].length() < 100) continue;
            if (words[i] == null) words[i] = wordHashes(nc, normStart[i], normStart[i] + norm[i].length());
            if (words[i].length < 12) continue;
            int seen = 0;
            for (int j = i + 1; j < n && seen < 2; j++) {
                if (norm[j].isEmpty() || masked[j]) continue;
                seen++;
                if (words[j] == null) words[j] = wordHashes(nc, normStart[j], normStart[j] + norm[j].length());
                if (sig[j] == null) sig[j] = signature(words[j]);
                // what can recur is bounded by the words whose bit is set in the other's signature: most
                // paragraph pairs are ruled out by that, without sorting
                if ((double) maybeShared(words[i], sig[j]) / words[i].length < 0.8) continue;
                if (!sorted[i]) { java.util.Arrays.sort(words[i]); sorted[i] = true; }
                if (!sorted[j]) { java.util.Arrays.sort(words[j]); sorted[j] = true; }
                if (coverage(words[i], words[j]) >= 0.8) { masked[i] = true; break; }
            }
        }
    }

    /** A 256-bit set of the word hashes (a Bloom filter with one hash). */
    private static long[] signature(int[] hashes) {
        long[] bits = new long[4];
        for (int h : hashes) { int b = bit(h); bits[b >>> 6] |= 1L << (b & 63); }
        return bits;
    }

    /** How many of {@code hashes} may be in the set that {@code sig} stands for (an upper bound on the shared words). */
    private static int maybeShared(int[] hashes, long[] sig) {
        int n = 0;
        for (int h : hashes) { int b = bit(h); if ((sig[b >>> 6] & 1L << (b & 63)) != 0) n++; }
        return n;
    }

    private static int bit(int h) { return (h * 0x9E3779B9) >>> 24; }

    /** Share of the multiset {@code a} found in {@code b}; both sorted word hashes (a merge, no allocation). */
    private static double coverage(int[] a, int[] b) {
        int i = 0, j = 0, hit = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { hit++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
        }
        return a.length == 0 ? 0 : (double) hit / a.length;
    }

    /** Hashes of the letter/digit runs of a normalised line {@code c[from, to)}, in text order. */
    private static int[] wordHashes(char[] c, int from, int to) {
        int[] out = new int[16];
        int n = 0;
        for (int i = from; i < to; ) {
            if (!isWordChar(c[i])) { i++; continue; }
            int h = 1;
            while (i < to && isWordChar(c[i])) h = 31 * h + c[i++];
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = h;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** {@link TextAnalyzer#isWordChar} as a table below U+0700. */
    private static final boolean[] WORD = new boolean[0x0700];

    static {
        for (int c = 0; c < WORD.length; c++) WORD[c] = TextAnalyzer.isWordChar((char) c);
    }

    private static boolean isWordChar(char c) { return c < 0x0700 ? WORD[c] : TextAnalyzer.isWordChar(c); }

    /** Line ranges [start, end) without the line break; blank lines included (they are empty after strip). */
    private static List<int[]> lines(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0, n = t.length();
        while (i <= n) {
            int nl = t.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            int a = i, b = end;
            while (a < b && Character.isWhitespace(t.charAt(a)) || a < b && t.charAt(a) == '\u00A0') a++;
            while (b > a && (Character.isWhitespace(t.charAt(b - 1)) || t.charAt(b - 1) == '\u00A0')) b--;
            out.add(new int[] {a, b});
            if (nl < 0) break;
            i = nl + 1;
        }
        return out;
    }

    private static boolean isGap(String t, int from, int to) {
        for (int i = from; i < to; i++) if (!Character.isWhitespace(t.charAt(i)) && t.charAt(i) != '\u00A0') return false;
        return true;
    }
}
