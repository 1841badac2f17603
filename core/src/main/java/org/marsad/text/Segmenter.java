package org.marsad.text;

import java.util.Set;

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

    /**
     * Writes {stemStart, stemEnd, procliticFlags} into {@code out}. {@code whole} is the normalised
     * token; offsets are mapped back to the original text by counting kept characters.
     */
    static void segment(CharSequence text, int start, int end, String whole, Set<String> known, int[] out) {
        out[0] = start; out[1] = end; out[2] = 0;
        if (whole.length() < 3 || known.contains(whole) || !isArabic(whole.charAt(0))) return;
        int preLen = 0, flags = 0;
        String rest = whole;
        // First choice: the longest proclitic whose remainder is a known word.
        int pick = -1;
        for (int p = 0; p < PRE.length && pick < 0; p++) {
            if (whole.startsWith(PRE[p]) && known.contains(whole.substring(PRE[p].length()))) pick = p;
        }
        // Unknown remainder: only the article forms and a bare و/ف are split off, and the future
        // marker only before an imperfect prefix; a lone ب/ل/ك could as well begin a name.
        for (int p = 0; p < PRE.length && pick < 0; p++) {
            String pre = PRE[p];
            if (!whole.startsWith(pre)) continue;
            String r = whole.substring(pre.length());
            boolean article = (PRE_FLAGS[p] & TextLayer.AL) != 0;
            if ((PRE_FLAGS[p] & TextLayer.SA) != 0 && (r.isEmpty() || "يتنا".indexOf(r.charAt(0)) < 0)) continue;
            if (!article && (PRE_FLAGS[p] & ~(TextLayer.WA | TextLayer.FA | TextLayer.SA)) != 0) continue;
            if (r.length() >= (article ? 2 : 3)) pick = p;
        }
        if (pick >= 0) { preLen = PRE[pick].length(); flags = PRE_FLAGS[pick]; rest = whole.substring(preLen); }
        int sufLen = 0;
        for (String suf : SUF) {
            if (rest.length() - suf.length() >= 2 && rest.endsWith(suf) && known.contains(rest.substring(0, rest.length() - suf.length()))
                    && !known.contains(rest)) {
                sufLen = suf.length();
                break;
            }
        }
        out[0] = mapForward(text, start, end, preLen);
        out[1] = mapBackward(text, start, end, sufLen);
        if (out[1] < out[0]) out[1] = out[0];
        out[2] = flags;
    }

    private static boolean isArabic(char c) { return c >= 0x0600 && c <= 0x06FF; }

    /** Original offset after skipping {@code n} kept (non-dropped) characters from the start. */
    private static int mapForward(CharSequence t, int start, int end, int n) {
        int i = start;
        while (n > 0 && i < end) { if (ArabicNormalizer.fold(t.charAt(i)) != 0) n--; i++; }
        while (i < end && ArabicNormalizer.fold(t.charAt(i)) == 0) i++;   // diacritics of the clitic
        return i;
    }

    private static int mapBackward(CharSequence t, int start, int end, int n) {
        int i = end;
        while (n > 0 && i > start) { i--; if (ArabicNormalizer.fold(t.charAt(i)) != 0) n--; }
        while (n == 0 && i > start && ArabicNormalizer.fold(t.charAt(i - 1)) == 0) i--;
        return i;
    }
}
