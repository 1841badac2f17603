package org.marsad.event;

/**
 * Where a report was filed, written before its first sentence: "الدوحة، قطر (CNN)--", "الخرطوم
 * (وكالات) -", "بيروت (أ ف ب) –", "عمّان - رويترز -", "صنعاء -". The place of filing is no place or party of
 * what is reported.
 */
final class Datelines {
    private Datelines() {}

    /** Words a dateline's place (and date) may run to before its agency in brackets. */
    private static final int PLACE_WORDS = 8;
    /** Words of each part of a dateline set off by dashes ("عمّان - وكالات -"). */
    private static final int DASHED_WORDS = 3;
    /** Words a dateline closed by a single dash may have ("صنعاء -"، "دير الزور -"). */
    private static final int SINGLE_DASH_WORDS = 2;
    /** The opening of an aside between dashes: a pronoun or relative for the one just named. */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile("(?:و?(?:هو|هي|هم|هما)|الذي|التي|الذين)\\s");

    /**
     * End of a dateline opening the sentence {@code [start, end)}, or 0 when there is none. {@code opening}: the
     * sentence opens the article's text (one of its first paragraphs), where the forms without "--" are read.
     */
    static int end(String text, int start, int end, boolean opening) {
        int limit = Math.min(end, start + 80);
        // the first "--" from start, looked for only where it counts (before limit), then a "(" before it
        for (int dd = start; dd < limit && dd + 1 < text.length(); dd++) {
            if (text.charAt(dd) != '-' || text.charAt(dd + 1) != '-') continue;
            for (int k = dd - 1; k >= start; k--) if (text.charAt(k) == '(') return dd + 2;
            return 0;
        }
        if (!opening) return 0;
        int first = -1, firstWords = 0;
        for (int k = start; k < limit; k++) {
            if (!isDash(text, k)) continue;
            String head = text.substring(start, k).strip();
            // "الخرطوم (وكالات) -": a short place, then the agency in brackets, then the dash
            int open = head.lastIndexOf('(');
            if (head.endsWith(")") && open > 0 && words(head.substring(0, open)) <= PLACE_WORDS) return k + 1;
            if (first < 0) {
                firstWords = words(head);
                // (two words or more that go on with و, "وقال الوزير -", are the report itself; one may be a place, "واشنطن -")
                if (firstWords == 0 || firstWords > DASHED_WORDS || firstWords >= 2 && (head.charAt(0) == 'و' || head.charAt(0) == 'ف')) return 0;
                first = k;
            } else {
                // "عمّان - وكالات -": a place and an agency, each a few words, each closed by a dash (not an aside
                // about the one named: "وقال الوزير المفوض - وهو مسؤول الملف -")
                String middle = text.substring(first + 1, k).strip();
                return words(middle) <= DASHED_WORDS && !ASIDE.matcher(middle).lookingAt() ? k + 1 : 0;
            }
        }
        // "صنعاء - أعلنت جماعة الحوثي": a place of a word or two, alone before one dash
        return first >= 0 && firstWords <= SINGLE_DASH_WORDS ? first + 1 : 0;
    }

    /** Only blanks stand between the last line break (or the text's start) and {@code at}. */
    static boolean paragraphStart(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char ch = text.charAt(k);
            if (ch == '\n') return true;
            if (!Character.isWhitespace(ch)) return false;
        }
        return true;
    }

    /** A dash standing alone between spaces (a hyphen inside a word is none). */
    private static boolean isDash(String text, int k) {
        char c = text.charAt(k);
        if (c != '-' && c != '–' && c != '—' && c != 'ـ') return false;
        return (k == 0 || Character.isWhitespace(text.charAt(k - 1))) && (k + 1 >= text.length() || Character.isWhitespace(text.charAt(k + 1)));
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
