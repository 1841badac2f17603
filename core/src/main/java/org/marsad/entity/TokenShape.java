package org.marsad.entity;

import org.marsad.text.TextLayer;

/** How a token was cut by the text layer, as the dictionary's readings of names ask it. */
final class TokenShape {
    private TokenShape() {}

    /**
     * Token {@code i} is its stem and its proclitics alone: nothing cut off its end (a pronoun, "الرياضة" read
     * as الرياض + ه) and nothing cut off its front beyond the letters of the proclitics it is marked with.
     */
    static boolean wholeWord(TextLayer t, int i) {
        if (t.stemEnd(i) < t.tokenEnd(i)) return false;
        // ("الألوان": its article taken, the stem "الوان" would lose an alif-lam once more to the match key: "وان")
        if ((t.proclitics(i) & TextLayer.AL) != 0 && t.norm(i).startsWith("ال")) return false;
        int p = t.proclitics(i), front = Integer.bitCount(p & (TextLayer.WA | TextLayer.FA | TextLayer.BI | TextLayer.LI | TextLayer.KA | TextLayer.SA));
        if ((p & TextLayer.AL) != 0) front += (p & TextLayer.LI) != 0 ? 1 : 2;   // لل: the lam of the article is the preposition's
        return t.stemStart(i) - t.tokenStart(i) <= front;
    }

    /** Written with the article: as its proclitic or left on the stem. */
    static boolean definite(TextLayer t, int i) { return (t.proclitics(i) & TextLayer.AL) != 0 || t.norm(i).startsWith("ال"); }

    /**
     * Token {@code i} as written has no hamza seat or ى that {@code word} (a lexicon entry as written) lacks:
     * "وأدى" ("and it led") is not وادي ("valley"), though both fold to one key.
     */
    static boolean spelledAs(String raw, TextLayer t, int i, String word) {
        for (int k = t.tokenStart(i); k < t.tokenEnd(i); k++) {
            char c = raw.charAt(k);
            if ((c == 'أ' || c == 'إ' || c == 'آ' || c == 'ى' || c == 'ؤ' || c == 'ئ') && word.indexOf(c) < 0) return false;
        }
        return true;
    }
}
