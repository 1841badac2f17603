package org.marsad.text;

/** Clitic segmentation of one token, decided against a lexicon of known (normalised) words. */
final class Segmenter {
    private Segmenter() {}

    /** Proclitic sequences, longest first, with their flags. Normalised forms. */
    private static final String[] PRE = {"وبال", "فبال", "وكال", "ولل", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فل", "فب", "وس", "ال", "و", "ف", "ب", "ل", "ك"};
    private static final int[] PRE_FLAGS = {
        TextLayer.WA | TextLayer.BI | TextLayer.AL, TextLayer.FA | TextLayer.BI | TextLayer.AL,
        TextLayer.WA | TextLayer.KA | TextLayer.AL, TextLayer.WA | TextLayer.LI | TextLayer.AL,
        TextLayer.WA | TextLayer.AL, TextLayer.FA | TextLayer.AL, TextLayer.BI | TextLayer.AL, TextLayer.KA | TextLayer.AL,
        TextLayer.LI | TextLayer.AL, TextLayer.WA | TextLayer.LI, TextLayer.WA | TextLayer.BI, TextLayer.FA | TextLayer.LI,
        TextLayer.FA | TextLayer.BI, TextLayer.WA | TextLayer.SA, TextLayer.AL,
        TextLayer.WA, TextLayer.FA, TextLayer.BI, TextLayer.LI, TextLayer.KA};
    /** Attached pronouns, longest first. */
    private static final String[] SUF = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"};

    /** Letters a proclitic sequence can begin with; other tokens skip the prefix loops. */
    private static boolean mayHaveProclitic(char c) { return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك' || c == 'ا'; }

    /**
     * Writes {stemStart, stemEnd, procliticFlags, prefixLength, suffixLength} into {@code out}
     * (the first two in original-text offsets, the lengths in normalised characters). {@code whole}
     * is the normalised token; offsets are mapped back to the original text by counting kept
     * characters. Decisions, in order: a known token stays whole; else the longest proclitic whose
     * remainder is known; else a proclitic and an attached pronoun around a known middle
     * (لقواتهم → ل+قوات+هم); else an attached pronoun after a known stem; else, for an unknown
     * remainder, only the article forms, a bare و, and a bare ف before a verb prefix come off (a lone
     * ب/ل/ك could as well begin a name), and the future marker only before an imperfect prefix.
     */
    static void segment(char[] text, int start, int end, String whole, KnownWords known, int[] out) {
        out[0] = start; out[1] = end; out[2] = 0; out[3] = 0; out[4] = 0;
        int len = whole.length();
        if (len < 3 || !isArabic(whole.charAt(0)) || known.contains(whole)) return;
        int pick = -1, sufLen = 0;
        int starts = 0;                                  // bit p: the token starts with PRE[p]
        if (mayHaveProclitic(whole.charAt(0))) for (int p = 0; p < PRE.length; p++) if (whole.startsWith(PRE[p])) starts |= 1 << p;
        boolean pre = starts != 0;
        for (int p = 0; pre && p < PRE.length && pick < 0; p++) {
            if ((starts & (1 << p)) != 0 && len - PRE[p].length() >= 2 && known.contains(whole, PRE[p].length(), len)) pick = p;
        }
        for (int p = 0; pre && p < PRE.length && pick < 0; p++) {
            if ((starts & (1 << p)) == 0) continue;
            int suf = knownBeforeSuffix(whole, PRE[p].length(), known);
            if (suf > 0) { pick = p; sufLen = suf; }
        }
        if (pick < 0) sufLen = knownBeforeSuffix(whole, 0, known);
        if (pick < 0 && sufLen == 0 && pre) {
            for (int p = 0; p < PRE.length && pick < 0; p++) {
                String prefix = PRE[p];
                if ((starts & (1 << p)) == 0) continue;
                int restLen = len - prefix.length();
                boolean article = (PRE_FLAGS[p] & TextLayer.AL) != 0;
                if ((PRE_FLAGS[p] & TextLayer.SA) != 0 && (restLen == 0 || "يتنا".indexOf(whole.charAt(prefix.length())) < 0)) continue;
                // a bare ف before an unknown word only before an imperfect prefix (فيقول، فتقوم): فجرا, فازوا and
                // the nouns and names that begin with ف stay whole (فأعلن splits through the known اعلن)
                if (PRE_FLAGS[p] == TextLayer.FA && "يتن".indexOf(whole.charAt(prefix.length())) < 0) continue;
                if (!article && (PRE_FLAGS[p] & ~(TextLayer.WA | TextLayer.FA | TextLayer.SA)) != 0) continue;
                if (restLen >= (article ? 2 : 3)) pick = p;
            }
            if (pick >= 0) sufLen = knownBeforeSuffix(whole, PRE[pick].length(), known);
        }
        int preLen = pick >= 0 ? PRE[pick].length() : 0;
        out[0] = mapForward(text, start, end, preLen);
        out[1] = mapBackward(text, start, end, sufLen);
        if (out[1] < out[0]) out[1] = out[0];
        out[2] = pick >= 0 ? PRE_FLAGS[pick] : 0;
        out[3] = preLen;
        out[4] = sufLen;
    }

    /** Length of an attached pronoun after {@code from} whose stem (≥ 2 letters) is known, else 0. */
    private static int knownBeforeSuffix(String whole, int from, KnownWords known) {
        int len = whole.length();
        char last = whole.charAt(len - 1);
        if (last != 'ه' && last != 'ك' && last != 'م' && last != 'ن' && last != 'ا') return 0;
        for (String suf : SUF) {
            int stemLen = len - from - suf.length();
            if (stemLen >= 2 && whole.endsWith(suf) && known.contains(whole, from, len - suf.length())) return suf.length();
        }
        return 0;
    }

    private static boolean isArabic(char c) { return c >= 0x0600 && c <= 0x06FF; }

    /** Original offset after skipping {@code n} kept (non-dropped) characters from the start. */
    private static int mapForward(char[] t, int start, int end, int n) {
        int i = start;
        while (n > 0 && i < end) { if (ArabicNormalizer.fold(t[i]) != 0) n--; i++; }
        while (i < end && ArabicNormalizer.fold(t[i]) == 0) i++;   // diacritics of the clitic
        return i;
    }

    private static int mapBackward(char[] t, int start, int end, int n) {
        int i = end;
        while (n > 0 && i > start) { i--; if (ArabicNormalizer.fold(t[i]) != 0) n--; }
        return i;   // diacritics before the pronoun belong to the stem's last letter
    }
}
