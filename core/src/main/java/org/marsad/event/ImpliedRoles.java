package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * Roles of verbal and diplomatic acts that the clause leaves unsaid but the sentence implies. A
 * protest is aimed at someone: when its clause names no target, the one other side the sentence
 * names is it ("تظاهر آلاف الأكراد قرب الحدود وفرقتهم القوات التركية بالغاز" is a protest against
 * Turkey; "احتشد المئات أمام السفارة الأمريكية" one against the United States).
 */
final class ImpliedRoles {
    private ImpliedRoles() {}

    /** Records on the sentence's protests the parties it names (places are no side). */
    static void nameParties(List<Candidate> cs, List<Unit> units) {
        for (Candidate c : cs) {
            if (!c.type.equals("PROTEST")) continue;
            for (Unit u : units) if (!u.place() && u.hasCode()) for (Party p : u.parties()) if (p.code() != null) c.named.add(p);
        }
    }

    /**
     * A protest with protesters of known states and no recipient takes as recipient the party of the one
     * other state (or body) its sentence names; with two or more such states the target is not told.
     */
    static void protestTargets(List<Candidate> all) {
        for (Candidate c : all) {
            if (!c.type.equals("PROTEST") || !c.recipient.isEmpty() || c.named.isEmpty()) continue;
            Set<String> own = Candidate.codesOf(c.actor);
            if (own.isEmpty()) continue;
            Party other = null;
            boolean several = false;
            for (Party p : c.named) {
                if (own.contains(p.code())) continue;
                if (other != null && !other.code().equals(p.code())) several = true;
                if (other == null) other = p;
            }
            if (other != null && !several) c.recipient.add(other);
        }
    }
}
