package org.marsad.text;

/**
 * Splits text into sentences as {@code [start, end)} pairs, trimmed of surrounding white space.
 * A line break always ends a sentence (headlines and paragraphs carry no full stop); . ! ? ؟ …
 * end one when followed by white space or the end, except between digits (3.5), after a single
 * letter (أ. ف. ب), or inside «» / "" quotes.
 */
final class SentenceSplitter {
    /** Sentences longer than this are cut at the next comma or semicolon so no stage sees a runaway one. */
    static final int MAX_SENTENCE = 1200;

    int[] split(String t) {
        TextAnalyzer.IntBuf out = new TextAnalyzer.IntBuf();
        int n = t.length(), start = 0, guillemets = 0;
        boolean dquote = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean cut = false;
            int cutEnd = i + 1;
            if (c == '\n' || c == '\r' || c == '\u2029') {
                cut = true; cutEnd = i; guillemets = 0; dquote = false;
            } else if (c == '«') guillemets++;
            else if (c == '»') { if (guillemets > 0) guillemets--; }
            else if (c == '"') dquote = !dquote;
            else if (isTerminator(c) && guillemets == 0 && !dquote) {
                boolean nextSpace = i + 1 >= n || Character.isWhitespace(t.charAt(i + 1));
                boolean decimal = c == '.' && i > 0 && i + 1 < n && Character.isDigit(t.charAt(i - 1)) && Character.isDigit(t.charAt(i + 1));
                boolean initial = c == '.' && i > 0 && Character.isLetter(t.charAt(i - 1)) && (i < 2 || !Character.isLetter(t.charAt(i - 2)));
                while (i + 1 < n && isTerminator(t.charAt(i + 1))) { i++; cutEnd = i + 1; }
                cut = nextSpace && !decimal && !initial;
            } else if ((c == '،' || c == ';' || c == '؛') && i - start > MAX_SENTENCE) {
                cut = true;
            }
            if (cut) {
                emit(t, start, cutEnd, out);
                start = c == '\n' || c == '\r' ? i + 1 : cutEnd;
            }
        }
        emit(t, start, n, out);
        return out.toArray();
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static void emit(String t, int a, int b, TextAnalyzer.IntBuf out) {
        while (a < b && isSpace(t.charAt(a))) a++;
        while (b > a && isSpace(t.charAt(b - 1))) b--;
        if (b > a) { out.add(a); out.add(b); }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
    }
}
