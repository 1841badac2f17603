package org.marsad.event;

import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Word-shape tests that bound or redirect the roles {@link RoleReader} reads: the owner after an attack
 * noun's craft or force ("لطائرات التحالف"), "كل من" lists, a platform where words were published, a
 * document's resumptive "فيه", an attack told as the time or cause of another act, a passive toll.
 */
final class RoleCues {
    private RoleCues() {}

    /**
     * "قصف مدفعي وصاروخي لقوات التحالف", "غارة جوية لطائرات التحالف": past the adjectives of an attack
     * noun, a craft or force noun with لـ heads the owner's phrase; the owner named after it is the
     * attack's doer as in "غارة للتحالف". Returns the token where that owner may start.
     */
    static int ownerReach(TextLayer tl, int reach, int cb) {
        int p = reach;
        while (p < cb && p < reach + 3 && (tl.proclitics(p) & TextLayer.LI) == 0 && !tl.surfaceNorm(p).startsWith("ل") && nisba(tl.surfaceNorm(p))) p++;
        if (p + 1 >= cb) return reach;
        String w = tl.surfaceNorm(p), rest = w.length() > 3 && w.startsWith("ل") ? w.substring(1) : null;
        boolean li = (tl.proclitics(p) & TextLayer.LI) != 0;
        if (li && (RoleWords.is(tl, p, RoleWords.INSTRUMENT) || SentenceUnits.PARTITIVE_FORCES.contains(tl.norm(p)))) return p + 1;
        if (rest != null && (RoleWords.isForm(rest, RoleWords.INSTRUMENT) || SentenceUnits.PARTITIVE_FORCES.contains(rest))) return p + 1;
        return reach;
    }

    /** "كل من X": X opens a list of "each of". */
    static boolean eachOf(TextLayer tl, int first) {
        return first >= 2 && tl.surfaceNorm(first - 1).equals("من") && tl.surfaceNorm(first - 2).endsWith("كل");
    }

    /** "في بيان على صفحتها على فيسبوك", "في تغريدة على حسابه في تويتر": where words were published is no party to the act. */
    static boolean onMedium(TextLayer tl, Unit u) {
        if (u.prep() == null || !(u.prep().equals("علي") || u.prep().equals("في")) || u.first() < 2) return false;
        return MEDIA.contains(tl.surfaceNorm(u.first() - 2)) || MEDIA.contains(tl.norm(u.first() - 2));
    }

    private static final Set<String> MEDIA = CueWords.set("medium");

    /**
     * "بيانا طالبت فيه", "رسالة دعت فيها": the verb ({@code ts}..{@code te}) is followed by في with a pronoun
     * standing for a document noun (cue-words.tsv, document) right before it (not "ثاني مرة تقصف فيها
     * الطائرات": a time, whose verb keeps its subject).
     */
    static boolean resumptiveIn(TextLayer tl, int ts, int te) {
        if (te >= tl.tokenCount()) return false;
        String n = tl.surfaceNorm(te);
        if (!n.equals("فيه") && !n.equals("فيها") && !n.equals("فيهما")) return false;
        for (int p = ts - 1; p >= Math.max(0, ts - 3); p--) {
            if (DOCUMENTS.contains(tl.surfaceNorm(p)) || DOCUMENTS.contains(tl.norm(p))) return true;
        }
        return false;
    }

    private static final Set<String> DOCUMENTS = CueWords.set("document");

    /** Where "بعد/إثر/عقب + an attack noun" opens after the trigger, else {@code cb}. */
    static int causeCut(TextLayer tl, int te, int cb) {
        for (int p = te; p + 1 < cb; p++) {
            if (CAUSE_OPENERS.contains(tl.surfaceNorm(p)) && RoleWords.is(tl, p + 1, RoleWords.INSTRUMENT)) return p;
        }
        return cb;
    }

    private static final Set<String> CAUSE_OPENERS = CueWords.set("cause-opener");

    /** Where the count after a verb would stand: past up to four time words ("وقتل أول من أمس 4 جنود"). */
    static int countAt(TextLayer tl, int te, int cb) {
        int p = te;
        while (p < cb && p < te + 4 && RoleReader.TIME_WORDS.contains(tl.surfaceNorm(p))) p++;
        return p;
    }

    /** The verb is followed by a count (time words may stand between): a passive toll whose cause names the doer. */
    static boolean passiveToll(TextLayer tl, int te, int cb) {
        int p = countAt(tl, te, cb);
        return p < cb && RoleReader.startsWithNumber(tl, p);
    }

    /** A relational adjective (جوية، مدفعي، وصاروخي): the nisba ending. */
    private static boolean nisba(String w) {
        return w.length() >= 4 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ية"));
    }
}
