package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * The clause of a trigger inside its sentence: the tokens between the punctuation and conjunctions
 * that separate clauses (، ؛ : . فيما بينما حين طالما), read by every stage that asks what belongs to
 * an act's own clause (its parties, status, weapons, casualties).
 */
final class Clauses {
    private Clauses() {}

    /** The clause of a trigger: bounded by punctuation that separates clauses. */
    static int[] of(TextLayer tl, int ts, int te, int a, int b) {
        int ca = ts, cb = te;
        while (ca > a && !isBoundary(tl.surfaceNorm(ca - 1)) && !asLongAs(tl, ca - 1, a)) ca--;
        while (cb < b && !isBoundary(tl.surfaceNorm(cb)) && !asLongAs(tl, cb, a)) {
            cb++;
            // "وحث السفراء، في بيان مشترك، الجماعات المسلحة على …": an aside between commas that opens with
            // a preposition (where or how it was said) does not end the clause of the verb before it
            if (cb < b && tl.surfaceNorm(cb).equals(",")) { int after = asideEnd(tl, cb, b); if (after > 0) cb = after; }
        }
        return new int[] {ca, cb};
    }

    /** Prepositions that open an aside of the manner or setting of a statement: "، في بيان مشترك،"، "، عبر تويتر،". */
    private static final Set<String> ASIDE_OPENERS = CueWords.set("aside-opener");

    /** The token after the closing comma of a short aside opening at the comma {@code comma}, or -1. */
    static int asideEnd(TextLayer tl, int comma, int b) {
        if (comma + 2 >= b || !ASIDE_OPENERS.contains(tl.surfaceNorm(comma + 1))) return -1;
        for (int t = comma + 2; t < Math.min(b, comma + 6); t++) {
            String w = tl.surfaceNorm(t);
            if (w.equals(",")) return t + 1 < b ? t + 1 : -1;
            if (!UnitWords.isWord(tl, t)) return -1;
        }
        return -1;
    }

    /**
     * "طالما" as a conjunction, "as long as", opens another clause: "ستلتزم الفصائل بالهدنة طالما التزمت
     * إسرائيل" — Israel is no subject of the first verb. After a relative pronoun it is the adverb "long,
     * often" ("رواندا، التي طالما اتهمتها الكونغو"), inside its clause.
     */
    private static boolean asLongAs(TextLayer tl, int t, int a) {
        return tl.surfaceNorm(t).equals("طالما") && !(t > a && RoleCues.RELATIVES.contains(tl.surfaceNorm(t - 1)));
    }

    static boolean isBoundary(String n) {
        // a closing quote glued to its comma ("»،") still ends the clause
        if (n.length() == 2 && (n.charAt(0) == '»' || n.charAt(0) == '"' || n.charAt(0) == '”')) n = n.substring(1);
        return switch (n) { case ",", ";", ":", ".", "?", "!", "فيما", "بينما", "حين", "وفيما" -> true; default -> false; };
    }

    /**
     * "وصل المبعوث إلى عدن حيث التقى …": the subject of the clause before a حيث that opens the verb at
     * {@code ts} (the first party phrase with no preposition before it), which the verb's elided
     * subject, or one side of a meeting, is; null when no حيث stands right before the verb.
     */
    static Unit whereSubject(TextLayer tl, List<Unit> units, boolean[] usable, int ts) {
        if (ts < 3 || !WHERE.contains(tl.surfaceNorm(ts - 1))) return null;
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.end() >= ts) break;
            if (usable[k] && u.prep() == null && !u.place() && !u.conj()) return u;
        }
        return null;
    }

    private static final Set<String> WHERE = CueWords.set("where");
}
