package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * "أعلن الجيش أنه قصف مواقع لحركة حماس ردا على إطلاق صواريخ": a side that tells its own strike as the
 * answer to an attack says the side it struck made that attack on it. The attack after "ردا على" with
 * no doer of its own takes the struck side as doer and, naming no target, the claimant's side as
 * target; it stays the claimant's claim, so the accusation the spec
 * asks for (ACCUSE claimant → that side) follows from it as from any claimed attack.
 */
final class Retaliation {
    private Retaliation() {}

    static void apply(List<Candidate> cs, TextLayer tl) {
        for (Candidate own : cs) {
            if (!own.type.equals("ASSAULT") || own.claimant == null || own.claimant.code() == null || own.recipient.isEmpty()) continue;
            if (!Candidate.codesOf(own.actor).contains(own.claimant.code())) continue;   // the claimant's own side struck
            if (Candidate.codesOf(own.recipient).contains(own.claimant.code())) continue;
            for (Candidate answered : cs) {
                if (answered == own || !answered.type.equals("ASSAULT") || !answered.actor.isEmpty() || answered.trigStart <= own.trigEnd) continue;
                if (!inResponse(tl, answered.trigStart, tl.sentenceFirstToken(answered.sentence))) continue;
                for (Party p : own.recipient) if (p.code() != null) Candidate.addParty(answered.actor, p);
                // (what is answered was done to the side that answers, unless the sentence names its target)
                if (answered.recipient.isEmpty()) answered.recipient.add(own.claimant);
                if (answered.claimant == null) answered.claimant = own.claimant;
                if (answered.claimedBy.isEmpty()) answered.claimedBy.add(own.claimant);
                if (answered.status.equals("asserted")) answered.status = "claimed";
            }
        }
    }

    /** "ردا على" / "رداً على" right before the act. */
    private static boolean inResponse(TextLayer tl, int t, int a) {
        return t - 2 >= a && tl.surfaceNorm(t - 1).equals("علي") && (tl.surfaceNorm(t - 2).equals("ردا") || tl.norm(t - 2).equals("رد"));
    }
}
