package org.marsad.text;

import java.util.Set;

/**
 * Splits text into sentences as {@code [start, end)} pairs, trimmed of surrounding white space.
 * <ul>
 *   <li>A line break always ends a sentence: headlines, subheadings and scraped paragraphs carry no
 *       full stop.</li>
 *   <li>. ! ? ؟ … (and runs of them) end a sentence when white space or the end follows, except:
 *       between digits (3.5, ٣٫٥ never reaches here), after a single letter (أ. ف. ب, U.S.), after a
 *       known abbreviation (د. Dr. Mr.), and after the number of a numbered list item at the
 *       start of a line ("1. ").</li>
 *   <li>Inside «…», "…" and “…” a terminator does not end the sentence: a quotation stays with the
 *       words that attribute it. A terminator just before a closing quote ends the sentence after
 *       the quote. A quote left open for more than {@value #MAX_QUOTE} characters is taken to be a
 *       stray mark and stops protecting.</li>
 *   <li>No sentence grows past {@value #SOFT_MAX} characters without being cut at the next comma
 *       or semicolon, nor past {@value #HARD_MAX} without being cut at the next space.</li>
 * </ul>
 */
final class SentenceSplitter {
    static final int SOFT_MAX = 1000, HARD_MAX = 1400, MAX_QUOTE = 600;

    /** Abbreviations (before their full stop) that do not end a sentence; compared case-sensitively. */
    private static final Set<String> ABBREVIATIONS = Set.of("د", "م", "ص", "ج", "ق.م", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr",
            "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Gov", "Sen", "Rep", "No", "vs", "etc", "Inc", "Co", "Ltd", "Jan", "Feb", "Aug",
            "Sept", "Oct", "Nov", "Dec", "e.g", "i.e", "أ.د", "م.م");

    int[] split(String text) { return split(text.toCharArray()); }

    int[] split(char[] t) {
        TextAnalyzer.IntBuf out = new TextAnalyzer.IntBuf();
        int n = t.length, start = 0, depth = 0, quoteStart = -1;
        boolean dquote = false;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            // Arabic letters and marks (most of the text) are nothing a boundary or a quote depends on;
            // the state checks below are only ever needed at the next other character.
            if (c >= 0x0621 && c <= 0x06FF) continue;
            if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
                emit(t, start, i, out);
                start = i + 1;
                depth = 0; dquote = false; quoteStart = -1;
                continue;
            }
            boolean quoted = depth > 0 || dquote;
            if (quoted && i - quoteStart > MAX_QUOTE) { depth = 0; dquote = false; quoted = false; }
            if (c == '«' || c == '“') {
                if (!quoted) quoteStart = i;
                depth++;
            } else if (c == '»' || c == '”' || c == '"' && dquote) {
                if (c == '"') dquote = false; else if (depth > 0) depth--;
                if (depth == 0 && !dquote && isTerminator(prevNonSpace(t, i, start)) && (i + 1 >= n || isSpace(t[i + 1]))) {
                    emit(t, start, i + 1, out);
                    start = i + 1;
                }
            } else if (c == '"') {
                dquote = true;
                if (depth == 0) quoteStart = i;
            } else if (isTerminator(c) && !quoted) {
                int end = i + 1;
                while (end < n && isTerminator(t[end])) end++;
                boolean spaceAfter = end >= n || isSpace(t[end]);
                if (spaceAfter && !(c == '.' && keepsSentence(t, start, i))) {
                    emit(t, start, end, out);
                    start = end;
                }
                i = end - 1;
            } else if (i - start > SOFT_MAX && (c == '،' || c == ',' || c == ';' || c == '؛')
                    || i - start > HARD_MAX && isSpace(c)) {
                emit(t, start, i + 1, out);
                start = i + 1;
                depth = 0; dquote = false;
            }
        }
        emit(t, start, n, out);
        return out.toArray();
    }

    /** The same, looked up by character range: no String per full stop. */
    private static final KnownWords ABBREVIATION_WORDS = new KnownWords(ABBREVIATIONS);

    /** A full stop that is part of a decimal, an initial, an abbreviation or a list number. */
    private static boolean keepsSentence(char[] t, int start, int dot) {
        int w = dot;
        while (w > start && !isSpace(t[w - 1]) && t[w - 1] != '(' && t[w - 1] != '«') w--;
        int len = dot - w;
        if (len == 0) return false;
        if (len == 1 && Character.isLetter(t[w])) return true;                                  // أ. ف. ب — U.S.
        if (ABBREVIATION_WORDS.contains(t, w, dot)) return true;
        int lastDot = -1;
        for (int k = dot - 1; k >= w; k--) if (t[k] == '.') { lastDot = k; break; }
        if (lastDot >= 0 && dot - lastDot == 2 && Character.isLetter(t[dot - 1])) return true;  // أ.ف.ب.
        for (int k = w; k < dot; k++) if (!Character.isDigit(t[k])) return false;
        for (int k = w - 1; k >= start; k--) if (!isSpace(t[k])) return false;
        return len <= 2;                                                                          // "1. " list item
    }

    private static char prevNonSpace(char[] t, int i, int floor) {
        for (int k = i - 1; k >= floor; k--) if (!isSpace(t[k])) return t[k];
        return 0;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static void emit(char[] t, int a, int b, TextAnalyzer.IntBuf out) {
        while (a < b && isSpace(t[a])) a++;
        while (b > a && isSpace(t[b - 1])) b--;
        if (b > a) { out.add(a); out.add(b); }
    }

    /** White space as news text has it (fast: no Character property lookup for Arabic letters). */
    static boolean isSpace(char c) {
        if (c <= ' ') return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f';
        if (c < 0x00A0) return false;
        return c == '\u00A0' || c >= 0x2000 && c <= 0x200F || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000 || c == 0xFEFF || c == 0x1680;
    }
}
