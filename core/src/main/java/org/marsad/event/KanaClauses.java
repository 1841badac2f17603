package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Clauses built on كان and يكون: "وكانت إسلام آباد قد اتهمت" (the noun after كان is the subject of the verb after
 * قد), "كانت قد اختطفتهم" (a pluperfect), "نفى الجيش أن يكون قد استهدف" (the main clause's subject).
 */
final class KanaClauses {
    private KanaClauses() {}

    /**
     * "نفى الجيش أن يكون قد استهدف المستشفى": after "أن يكون قد" (تكون) the verb's elided subject is the
     * main clause's subject, the coded phrase last named before أن (within eight words); else null.
     */
    static Unit kanaQadSubject(TextLayer tl, List<Unit> before, int ts) {
        if (ts < 4 || !kanaQad(tl, ts - 2)) return null;
        Unit best = null;
        for (Unit u : before) if (u.end() <= ts - 3 && ts - 3 - u.end() <= 8 && u.prep() == null && u.hasCode() && !u.place()) best = u;
        return best;
    }

    private static final Set<String> KANA = CueWords.set("kana");

    /** Token {@code k} is كان/كانت (with و or not). */
    static boolean kanaBefore(TextLayer tl, int k) { return k >= 0 && PhraseTable.hasForm(tl, k, KANA); }

    /** كان/كانت among the four words before {@code first} and from {@code ca} on ("وكان وزير الخارجية المصري فلان قد زار": a title between). */
    static boolean kanaWithin(TextLayer tl, int ca, int first) {
        for (int k = first - 1; k >= Math.max(ca, first - 4); k--) if (kanaBefore(tl, k)) return true;
        return false;
    }

    /** Token {@code k} is the يكون/تكون of "أن يكون قد" (a complementiser before it, قد after it). */
    static boolean kanaQad(TextLayer tl, int k) {
        if (k < 1 || k + 1 >= tl.tokenCount()) return false;
        String kana = tl.surfaceNorm(k);
        return (kana.equals("يكون") || kana.equals("تكون")) && FrameReader.COMPLEMENTISERS.contains(tl.surfaceNorm(k - 1)) && tl.surfaceNorm(k + 1).equals("قد");
    }
}
