package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * "شنت طائرات باكستانية غارات على خوست … وأدانت الخارجية الأفغانية الغارات": a condemnation of an attack the
 * article told in an earlier sentence names no one, but the definite attack noun after it refers back to that
 * attack; the one condemned is its doer. (Within one sentence {@link SentenceMerge#addImpliedAccusations} does
 * the same.)
 */
final class CondemnedActs {
    private CondemnedActs() {}

    /** How many sentences back the attack referred to may have been told. */
    private static final int REACH = 4;

    /**
     * Fills, among one sentence's candidates {@code cs}, the one condemned and the doer of the attack referred to,
     * from the candidates of the sentences before it ({@code before}, in sentence order).
     */
    static void apply(List<Candidate> cs, List<Candidate> before, TextLayer tl) {
        if (before.isEmpty()) return;
        for (Candidate acc : cs) {
            if (!acc.type.equals("ACCUSE") || !acc.recipient.isEmpty()) continue;
            Candidate ref = null;
            for (Candidate c : cs) {
                // (a toll merged into the reference leaves it no reference; its definite noun still is one)
                if (c.type.equals("ASSAULT") && (c.reference || TriggerForms.definite(tl, c.trigStart)) && Candidate.codesOf(c.actor).isEmpty()
                        && c.trigStart >= acc.trigEnd && c.trigStart - acc.trigEnd <= 10) { ref = c; break; }
            }
            if (ref == null) continue;
            Set<String> accusers = Candidate.codesOf(acc.actor);
            Candidate told = null;
            for (Candidate c : before) {
                if (acc.sentence - c.sentence > REACH || !c.type.equals("ASSAULT") || c.reference || c.mutual) continue;
                Set<String> doers = Candidate.codesOf(c.actor);
                if (doers.isEmpty() || doers.stream().anyMatch(accusers::contains)) continue;
                if (!sameKind(ref.mode, c.mode)) continue;
                told = c;   // the latest one told before
            }
            if (told == null) continue;
            for (Party p : told.actor) if (p.code() != null) { Candidate.addParty(acc.recipient, p); Candidate.addParty(ref.actor, p); }
        }
    }

    /** Bombardment from the air and from the ground: "القصف" may refer back to either. */
    private static final Set<String> BOMBARDMENT = Set.of("aerial", "drone", "heavy-weapons");

    /** Whether a reference of mode {@code ref} may name an attack told with mode {@code told}: as a retelling may, or both bombardment. */
    private static boolean sameKind(String ref, String told) {
        return DocumentFold.modesAgree(ref, told) || BOMBARDMENT.contains(ref) && BOMBARDMENT.contains(told);
    }
}
