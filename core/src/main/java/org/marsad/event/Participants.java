package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * "شارك الوزير في القمة"، "وشاركت X في أشغال المؤتمر": who takes part in a meeting named by a noun is one
 * of its sides. The verb of taking part ({@code participate} cue class), its subject, then في and the
 * meeting's noun, a word of its proceedings ({@code proceedings}: أشغال، أعمال) allowed between.
 */
final class Participants {
    private Participants() {}

    private static final Set<String> PARTICIPATE = CueWords.set("participate"), PROCEEDINGS = CueWords.set("proceedings");
    /** Words that may stand between the verb and في: its subject's phrase (a title and name run long). */
    private static final int REACH = 12;

    /** Adds to each CONSULT named by a noun the subject of a verb of taking part governing it. */
    static void apply(List<Candidate> cs, TextLayer tl, List<Unit> units, int a) {
        for (Candidate c : cs) {
            if (!c.type.equals("CONSULT") || c.verbal) continue;
            int fi = c.trigStart - 1;
            if (fi > a && PROCEEDINGS.contains(tl.norm(fi))) fi--;
            if (fi <= a || !tl.surfaceNorm(fi).equals("في")) continue;
            int verb = -1;
            for (int k = fi - 1; k >= Math.max(a, fi - REACH); k--) {
                if (PhraseTable.isPunctuation(tl.surfaceNorm(k))) break;
                if (PhraseTable.hasForm(tl, k, PARTICIPATE)) { verb = k; break; }
            }
            if (verb < 0) continue;
            // the subject: the phrase right after the verb, or right before it ("الوزير شارك في")
            Unit subject = null;
            for (Unit u : units) {
                if (u.place() || u.prep() != null) continue;
                if (u.first() == verb + 1 && u.end() <= fi || u.end() == verb) { subject = u; break; }
            }
            if (subject == null) continue;
            for (Party p : subject.parties()) Candidate.addParty(c.actor, p);
        }
    }
}
