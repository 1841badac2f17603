package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Fire intercepted: "اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون"، "أسقطت الدفاعات الأوكرانية 20
 * طائرة مسيرة روسية"، "قال الجيش إنه اعترض صاروخا أطلق من اليمن". The attack is the fire's (spec §2: the
 * side that fires is the actor): the one that intercepts (cue class {@code intercept}, its subject, or the
 * speaker of "إنه/إنها اعترض") is who was fired on, never the attacker. The fired thing is a missile,
 * shell or drone (cue class {@code intercepted}); shooting down a manned aircraft stays the shooter's attack.
 */
final class Interception {
    private Interception() {}

    private static final Set<String> INTERCEPT = CueWords.set("intercept");
    private static final Set<String> FIRED = CueWords.set("intercepted");
    /** Words the fired thing may stand after the interception word: its subject and a count ("اعترضت الدفاعات الجوية السعودية 3 صواريخ"). */
    private static final int REACH = 7;

    static void apply(List<Candidate> cs, TextLayer tl, List<Unit> units) {
        for (Candidate c : cs) {
            if (!c.type.equals("ASSAULT") || c.mutual) continue;
            int p = interceptionAt(tl, c);
            if (p < 0) continue;
            List<Party> by = interceptor(tl, units, p, c);
            if (by.isEmpty()) continue;
            Set<String> codes = Candidate.codesOf(by);
            boolean wasActor = c.actor.removeIf(x -> x.code() != null && codes.contains(x.code()));
            // (read as the interceptor's act, "أسقطت 20 مسيرة روسية" had the drones' side as its object: it fired them)
            if (wasActor && c.actor.isEmpty()) {
                for (Party x : c.recipient) if (x.code() != null && !codes.contains(x.code())) Candidate.addParty(c.actor, x);
                c.recipient.removeIf(x -> c.actor.contains(x));
            }
            boolean hit = false;
            for (Party x : c.recipient) hit |= x.code() != null;
            if (!hit) for (Party x : by) Candidate.addParty(c.recipient, x);
        }
    }

    /**
     * The interception word that governs the fired thing of this attack: before the trigger (the fired
     * thing's own verb follows it: "صاروخا أطلقه") or the trigger itself ("أسقطت … طائرة مسيرة"), with the
     * fired thing in reach and no punctuation between; -1 when none.
     */
    private static int interceptionAt(TextLayer tl, Candidate c) {
        int a = tl.sentenceFirstToken(c.sentence);
        for (int p = c.trigStart; p >= Math.max(a, c.trigStart - REACH - 2); p--) {
            if (p < c.trigStart && PhraseTable.isPunctuation(tl.surfaceNorm(p))) return -1;
            if (!isIntercept(tl, p)) continue;
            int end = Math.min(tl.sentenceEndToken(c.sentence), Math.max(c.trigEnd + 2, p + REACH + 1));
            for (int w = p + 1; w < end; w++) {
                if (PhraseTable.isPunctuation(tl.surfaceNorm(w))) break;
                if (fired(tl, w)) return p;
            }
            return -1;
        }
        return -1;
    }

    static boolean isIntercept(TextLayer tl, int t) { return PhraseTable.hasForm(tl, t, INTERCEPT); }

    private static boolean fired(TextLayer tl, int t) { return PhraseTable.hasForm(tl, t, FIRED); }

    /**
     * Who intercepts: the coded phrase right after the interception word (its subject), or right before it
     * (fronted), else the speaker of "إنه/إنها اعترض"/"أنها أسقطت"/"أن قواتها أسقطت" (the report's source).
     */
    private static List<Party> interceptor(TextLayer tl, List<Unit> units, int p, Candidate c) {
        for (Unit u : units) {
            if (u.prep() != null || !u.hasCode() || u.place() && !u.capital()) continue;
            // (not the fired thing with its demonym: "أسقطت 20 مسيرة روسية")
            if (u.first() == p + 1 && !fired(tl, u.first()) || u.end() == p) return u.parties();
        }
        String self = p > 0 ? tl.surfaceNorm(p - 1) : "";
        // ("أعلنت الوزارة أن قواتها أسقطت 20 مسيرة": the speaker's own forces are the speaker)
        boolean pronoun = self.equals("انه") || self.equals("انها") || self.equals("بانه") || self.equals("بانها") || self.equals("انهم")
                || FrameReader.ownForces(self);
        if (pronoun && c.claimant != null && c.claimant.code() != null) return List.of(c.claimant);
        return List.of();
    }
}
