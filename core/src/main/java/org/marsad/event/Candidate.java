package org.marsad.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.quantity.Size;

/** An event being assembled from one or more triggers of a document (mutable, package-private). */
final class Candidate {
    String type, mode;
    int modeRank = 99;
    final Set<String> context = new LinkedHashSet<>();
    String date, dateEnd;
    /** The date came from a time expression of the sentence, not the publication date. */
    boolean dated;
    final List<Party> actor = new ArrayList<>(), recipient = new ArrayList<>(), claimedBy = new ArrayList<>();
    final List<Location> locations = new ArrayList<>();
    Size killed, injured, captured;
    String status = "asserted";
    int sentence, trigStart, trigEnd;   // token range of the (first) trigger
    int trigChar;                       // character start of the trigger (dates attach to the nearest)
    int evStart, evEnd;                 // evidence: the sentence's character range
    boolean mutual, weak, fromCasualty;
    /** The trigger read as a finite verb (a verb form read as its masdar, "بقصف", "في قصف", is not). */
    boolean verbal;
    /** A definite noun with no verb of its own ("الاتفاق", "المحادثات"): names a known act unless dated. */
    boolean reference;
    /** The claimant's party when a report frame governs it (for the ACCUSE it implies). */
    Party claimant;
    boolean claimantAccuses;
    /** A telling the outlet takes as fact (an official's report, its own correspondent's, a speaker's own speech act): asserted, whatever else is attributed. */
    boolean official;
    /** The toll of a clause told beside the act ("فيما بلغت حصيلة القتلى الخميس سبعة"): its own act, never summed into the sentence's one. */
    boolean aside;
    /** Its doer is read from a claim of responsibility ("تبنت الحركة مسؤولية الهجمات"): it names the attacker of an act told elsewhere, not its target. */
    boolean responsibility;
    /** Its toll is a rise of an earlier one ("وارتفعت حصيلة القتلى إلى 9"): an update of the act told before. */
    boolean update;
    /** The first token of the accusation that names its doer ("اتهمت X الجيش بقصف …"), or -1: two accusations, two acts. */
    int accusation = -1;
    /** A request noun opening "at the request of X" ("بناء على طلب فرنسا"): the act before it is what was asked. */
    boolean atRequest;
    /** The place the fire was launched from ({@link LaunchOrigin}) and its state: named in the clause, but not the target. */
    String origin, originCode;
    /** When positive: only time expressions before this character date the event (an invitation, not the talks invited to). */
    int timesBefore;
    /** The trigger opens a clause of time ("بعد أن سيطر الحوثيون"): another act than the main clause's. */
    boolean subordinate;
    /** First token of the trigger's clause, and whether a contrast (في حين، بينما، فيما) opens that clause. */
    int clauseStart;
    boolean contrast;
    /**
     * The named dead a toll was counted from ({@link NamedVictims}: "مقتل القيادي فلان" is one), and
     * the persons its sentence names among the dead (normalised, after بينهم/منهم): a telling that names those dead among
     * its own toll ("قتل 25 بينهم القيادي فلان") tells the same act.
     */
    Set<String> namedDead = Set.of(), personsNamed = Set.of();
    /** The parties (not places) the sentence names, for roles the clause leaves unsaid ({@link ImpliedRoles}). */
    final List<Party> named = new ArrayList<>();

    Set<String> codes() {
        Set<String> s = new LinkedHashSet<>();
        for (Party p : actor) if (p.code() != null) s.add(p.code());
        for (Party p : recipient) if (p.code() != null) s.add(p.code());
        return s;
    }

    static Set<String> codesOf(List<Party> ps) {
        Set<String> s = new LinkedHashSet<>();
        for (Party p : ps) if (p.code() != null) s.add(p.code());
        return s;
    }

    /** How much the event says: used to pick the evidence of a merged event. */
    int informativeness() {
        int n = codesOf(actor).size() * 3 + codesOf(recipient).size() * 3 + locations.size() + claimedBy.size();
        if (killed != null) n += 3;
        if (injured != null) n += 1;
        if (mode != null) n += 1;
        return n;
    }

    static void addParty(List<Party> list, Party p) {
        for (Party q : list) {
            // one noun may name parties of several states ("المتظاهرون من ألمانيا وفرنسا": one per state of origin)
            if (q.text().equals(p.text()) && !(q.code() != null && p.code() != null && !q.code().equals(p.code()))) return;
            if (q.code() != null && q.code().equals(p.code()) && (q.text().contains(p.text()) || p.text().contains(q.text()))) return;
        }
        list.add(p);
    }

    static void addLocation(List<Location> list, Location l) {
        for (Location q : list) if (q.text().equals(l.text()) || (q.name() != null && q.name().equals(l.name()))) return;
        list.add(l);
    }

    static Size add(Size a, Size b) {
        if (a == null) return b;
        if (b == null) return a;
        return new Size(sum(a.low(), b.low()), sum(a.best(), b.best()), a.high() == null || b.high() == null ? null : a.high() + b.high());
    }

    static Size max(Size a, Size b) {
        if (a == null) return b;
        if (b == null) return a;
        int x = a.best() == null ? -1 : a.best(), y = b.best() == null ? -1 : b.best();
        return y > x ? b : a;
    }

    private static Integer sum(Integer x, Integer y) {
        if (x == null) return y;
        if (y == null) return x;
        return x + y;
    }

    /** A one-line summary for rule writers (-Dmarsad.debugCandidates). */
    @Override
    public String toString() {
        return type + (mode == null ? "" : "/" + mode) + " tok " + trigStart + "-" + trigEnd + " " + status
                + (mutual ? " mutual" : "") + (reference ? " reference" : "") + (weak ? " weak" : "")
                + " actor=" + texts(actor) + " recipient=" + texts(recipient) + " places=" + locations.size()
                + (killed == null ? "" : " killed=" + killed.best()) + " date=" + date;
    }

    private static String texts(List<Party> ps) {
        StringBuilder b = new StringBuilder("[");
        for (Party p : ps) b.append(b.length() > 1 ? ", " : "").append(p.text()).append(':').append(p.code());
        return b.append(']').toString();
    }
}
