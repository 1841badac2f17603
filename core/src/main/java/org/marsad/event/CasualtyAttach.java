package org.marsad.event;

import java.util.List;
import org.marsad.quantity.Casualty;
import org.marsad.quantity.CasualtyKind;
import org.marsad.text.TextLayer;

/**
 * Casualty figures of a sentence attached to the violent event they result from (spec §2): the
 * nearest ASSAULT, or a new one; the victims made its recipients; a war's cumulative toll left out.
 */
final class CasualtyAttach {
    private CasualtyAttach() {}

    /** Each casualty figure goes to the nearest ASSAULT of its sentence; a figure with none makes one. */
    static void attach(List<Candidate> cs, TextLayer tl, int s, List<Casualty> casualties, List<Unit> units) {
        if (casualties == null) return;
        int ss = tl.sentenceStart(s), se = tl.sentenceEnd(s);
        for (Casualty k : casualties) {
            if (k.start() < ss || k.start() >= se || k.kind() == CasualtyKind.MISSING) continue;
            int tok = tl.tokenAt(k.start());
            if (warToll(tl, tok, tl.sentenceFirstToken(s))) continue;
            Candidate best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Candidate c : cs) {
                if (!c.type.equals("ASSAULT")) continue;
                int d = tok < c.trigStart ? c.trigStart - tok : Math.max(0, tok - c.trigEnd);
                if (d < bestDist) { bestDist = d; best = c; }
            }
            if (best == null) {
                if (k.size() == null || k.kind() == CasualtyKind.CAPTURED) continue;
                best = new Candidate();
                best.type = "ASSAULT"; best.sentence = s; best.trigStart = tok; best.trigEnd = tok + 1;
                best.evStart = ss; best.evEnd = se; best.fromCasualty = true; best.trigChar = k.start();
                for (Unit u : units) if (u.place()) best.locations.add(new Location(u.parties().get(0).text(), u.placeName(), u.code(), u.lat(), u.lon()));
                cs.add(best);
            }
            switch (k.kind()) {
                case KILLED -> best.killed = Candidate.add(best.killed, k.size());
                case INJURED -> best.injured = Candidate.add(best.injured, k.size());
                case CAPTURED -> best.captured = Candidate.add(best.captured, k.size());
                default -> { }
            }
            if (!best.mutual) victimsAreRecipients(best, tl, k, units);
            // civilians are the attacked even of their own state's forces ("قتل 30 مدنيا في قصف لقوات النظام")
            if (k.victimCode() != null && best.recipient.isEmpty() && !best.mutual
                    && (!Candidate.codesOf(best.actor).contains(k.victimCode()) || civilians(k.victims()))) {
                best.recipient.add(new Party(k.victims() == null ? k.victimCode() : k.victims(), k.victimCode(), null, null));
            }
        }
    }

    private static final String[] CIVILIAN = CueWords.array("civilian-stem");

    private static boolean civilians(String victims) {
        if (victims == null) return false;
        String n = org.marsad.text.ArabicNormalizer.normalize(victims);
        for (String c : CIVILIAN) if (n.contains(c)) return true;
        return false;
    }

    /** Nouns of a whole war: "أدت الحرب إلى مقتل عشرة آلاف" is the war's toll, not an act's. */
    private static final java.util.Set<String> WAR = CueWords.set("war");

    /** A war noun at most six words before the figure, with no clause boundary between. */
    static boolean warToll(TextLayer tl, int tok, int sentenceStart) {
        for (int p = tok - 1; p >= Math.max(sentenceStart, tok - 6); p--) {
            String n = tl.surfaceNorm(p);
            if (n.equals(",") || n.equals(".") || n.equals(";")) return false;
            if (WAR.contains(tl.norm(p)) || WAR.contains(n)) return true;
        }
        return false;
    }

    /**
     * The victims of an attack are the ones it is done to, never its doer: a party named inside the
     * casualty phrase ("مقتل 5 عناصر من قوات X", "قتل جنود X") or the victims' own side moves from
     * actor to recipient. Two-sided fighting is left alone: both sides lose men there.
     */
    private static void victimsAreRecipients(Candidate c, TextLayer tl, Casualty k, List<Unit> units) {
        int from = tl.tokenAt(k.start()), to = tl.tokenAt(Math.max(k.start(), k.end() - 1)) + 1;
        java.util.Set<Party> inside = new java.util.HashSet<>(), subjects = new java.util.HashSet<>();
        for (Unit u : units) {
            // "قتلت القوات الأمريكية خمسة مسلحين": a phrase between the verb and the count is its subject
            boolean vso = u.first() > from && u.end() < to && RoleReader.startsWithNumber(tl, u.end()) && !u.place() && u.prep() == null;
            if (!u.place() && u.first() >= from && u.end() <= to && !vso && !"من قبل".equals(u.prep())) inside.addAll(u.parties());   // not "برصاص الجيش"
            else if (u.end() <= from || vso) subjects.addAll(u.parties());   // "قوات الأمن قتلت 3 مسلحين": the doer stands before
        }
        List<Party> moved = new java.util.ArrayList<>();
        for (Party p : c.actor) {
            if (inside.contains(p) || (p.code() != null && p.code().equals(k.victimCode()) && !subjects.contains(p))) moved.add(p);
        }
        if (moved.isEmpty()) return;
        c.actor.removeAll(moved);
        for (Party p : moved) Candidate.addParty(c.recipient, p);
    }
}
