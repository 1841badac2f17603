package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * Roles of verbal and diplomatic acts that the clause leaves unsaid but the sentence implies: aid is for
 * the place it reaches, a sanction or aid a government's report tells is its own, a denial answers the
 * accusation of the denier, and a protest is aimed
 * at someone: when its clause names no target, the one other side the sentence
 * names is it ("تظاهر آلاف الأكراد قرب الحدود وفرقتهم القوات التركية بالغاز" is a protest against
 * Turkey; "احتشد المئات أمام السفارة الأمريكية" one against the United States).
 */
final class ImpliedRoles {
    private ImpliedRoles() {}

    /** Acts aimed at someone: with no target in their clause, the one other side their sentence names is it. */
    private static final Set<String> AIMED = Set.of("PROTEST", "THREATEN");

    /**
     * "ووصلت إلى مدينة إدلب شاحنات مساعدات للهلال الأحمر التركي": aid told with no one it is for is for the people of the
     * place it reaches, the state of that place.
     */
    static void aidRecipients(List<Candidate> all) {
        for (Candidate c : all) {
            if (!c.type.equals("AID") || !c.recipient.isEmpty() || c.actor.isEmpty()) continue;
            for (Location l : c.locations) {
                if (l.code() == null || l.code().startsWith("IGO")) continue;
                c.recipient.add(new Party(l.text(), l.code(), null, null));
                break;
            }
        }
    }

    /**
     * "ورفضت رواندا هذه الاتهامات" after "اتهمت أوغندا رواندا بدعم المتمردين": a denial addressed to no one else answers
     * the article's accusation of the denier's side; its recipient is the accuser (not the denier itself).
     */
    static void denialAddressees(List<Candidate> all) {
        for (Candidate c : all) {
            if (!c.type.equals("REJECT")) continue;
            Set<String> own = Candidate.codesOf(c.actor);
            if (own.isEmpty()) continue;
            Set<String> to = Candidate.codesOf(c.recipient);
            to.removeAll(own);
            if (!to.isEmpty()) continue;
            Party accuser = null;
            for (Candidate a : all) {
                if (!a.type.equals("ACCUSE") || a == c) continue;
                Set<String> accused = Candidate.codesOf(a.recipient);
                accused.retainAll(own);
                if (accused.isEmpty()) continue;
                for (Party p : a.actor) if (p.code() != null && !own.contains(p.code())) { accuser = p; break; }
                if (accuser != null) break;
            }
            if (accuser == null) continue;
            c.recipient.removeIf(p -> p.code() != null && own.contains(p.code()));
            c.recipient.add(accuser);
        }
    }

    /**
     * The source of a report is a state's government body or official (coded, no armed group or civilians, not
     * a body of several states), and not of the state the act is aimed at.
     */
    static boolean governmentSource(Unit source, List<Party> recipient) {
        if (source.place() && !source.capital() || !source.hasCode()) return false;   // (a capital speaking is its government)
        Set<String> aimed = Candidate.codesOf(recipient);
        for (Party p : source.parties()) {
            if (p.code() == null || p.code().startsWith("IGO") || aimed.contains(p.code())) return false;
            if (p.sector() != null && !p.sector().equals("GOV") && !p.sector().equals("MIL") && !p.sector().equals("LEG")) return false;
        }
        return true;
    }

    /** Records on the sentence's protests and threats the parties it names (places are no side). */
    static void nameParties(List<Candidate> cs, List<Unit> units) {
        for (Candidate c : cs) {
            if (!AIMED.contains(c.type)) continue;
            for (Unit u : units) if (!u.place() && u.hasCode()) for (Party p : u.parties()) if (p.code() != null) c.named.add(p);
        }
    }

    /**
     * A protest (or threat) with protesters of known states and no recipient takes as recipient the party of the one
     * other state (or body) its sentence names; with two or more such states the target is not told.
     */
    static void protestTargets(List<Candidate> all) {
        for (Candidate c : all) {
            if (!AIMED.contains(c.type) || !c.recipient.isEmpty() || c.named.isEmpty()) continue;
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
        // the article's other protests by the same protesters tell whom a protest with no target is against
        // (one movement: a march against a neighbour's troops, then "وتجددت المظاهرات الكردية مساء الأحد"), when they all agree
        for (Candidate c : all) {
            if (!c.type.equals("PROTEST") || !c.recipient.isEmpty()) continue;
            Set<String> own = Candidate.codesOf(c.actor);
            if (own.isEmpty()) continue;
            Party target = null;
            boolean agree = true;
            for (Candidate o : all) {
                if (o == c || !o.type.equals("PROTEST") || o.recipient.isEmpty() || !Candidate.codesOf(o.actor).equals(own)) continue;
                Set<String> t = Candidate.codesOf(o.recipient);
                if (t.size() != 1) { agree = false; continue; }
                if (target == null) target = o.recipient.get(0);
                else agree &= t.contains(target.code());
            }
            if (target != null && agree && target.code() != null) c.recipient.add(target);
        }
    }
}
