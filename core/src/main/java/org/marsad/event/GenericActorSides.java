package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.entity.Mention;
import org.marsad.entity.MentionKind;
import org.marsad.text.TextLayer;

/**
 * The side of a generic actor ("متظاهرون"، "سكان"، "زعيم المعارضة") read from the phrase right
 * after it: the state it comes from or lives in, or the named person it introduces.
 */
final class GenericActorSides {
    private GenericActorSides() {}

    /** Words between a people noun and "من X" that say where they come from: "المتظاهرون القادمون من …". */
    private static final Set<String> COMING = CueWords.set("coming-from");
    /** People nouns whose genitive is where they live: "سكان غزة", "أهالي القرية", "أبناء دارفور". */
    private static final Set<String> RESIDENTS = CueWords.set("residents");

    /**
     * A generic actor takes the state of where it comes from or lives: "متظاهرون من ألمانيا وفرنسا"
     * (one party per state, the origin phrases joined into the actor), "سكان غزة", "أبناء دارفور".
     * Spec §1: citizens of a state have its code.
     */
    static void origins(TextLayer tl, List<Unit> out) {
        for (int k = 0; k + 1 < out.size(); k++) {   // residents first: "مئات من أبناء دارفور" needs أبناء's state
            Unit u = out.get(k), next = out.get(k + 1);
            if (!SentenceUnits.generic(u) || !next.hasCode() || next.code().startsWith("IGO") || next.first() != u.end()) continue;
            if (RESIDENTS.contains(tl.norm(u.end() - 1)) || RESIDENTS.contains(tl.surfaceNorm(u.end() - 1))) {
                Party g = u.parties().get(0);
                out.set(k, SentenceUnits.withParties(u, u.end(), List.of(new Party(g.text(), next.code(), g.sector(), null))));
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Unit u = out.get(k);
            if (!SentenceUnits.generic(u) || k + 1 >= out.size()) continue;
            Party g = u.parties().get(0);
            Unit next = out.get(k + 1);
            if (!next.hasCode() || next.code().startsWith("IGO")) continue;
            int gap = next.first() - u.end();
            boolean from = "من".equals(next.prep()) && (gap == 1 || gap == 2 && COMING.contains(tl.surfaceNorm(u.end())));
            if (!from) continue;
            // the origins: "من ألمانيا وسويسرا وفرنسا" — the phrase after من and those joined to it by و
            List<Party> ps = new ArrayList<>();
            int end = k + 1;
            while (end < out.size() && (end == k + 1 || out.get(end).conj() && out.get(end).first() <= out.get(end - 1).end() + 1)) {
                Unit o = out.get(end);
                if (!o.hasCode() || o.code().startsWith("IGO")) break;
                boolean seen = false;
                for (Party q : ps) seen |= q.code().equals(o.code());
                if (!seen) ps.add(new Party(g.text(), o.code(), g.sector(), null));
                end++;
            }
            // states named as origins join the actor; places stay where the event's locations are read
            int reach = u.end();
            for (int r = end - 1; r > k; r--) {
                if (out.get(r).place()) continue;
                reach = Math.max(reach, out.get(r).end());
                out.remove(r);
            }
            out.set(k, SentenceUnits.withParties(u, reach, ps));
        }
    }

    /**
     * "الفصائل المسلحة في غزة"، "المتمردين في دارفور": armed groups placed at once in a place of a state are
     * of that state (spec §1: armed groups based in a state have its code). Only armed groups: an official
     * or a delegation "في جنيف" is where talks are held, not its nationality.
     */
    static void based(List<Unit> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k), next = out.get(k + 1);
            // (an unknown attacker, "انتحاري في كابل", stays of no side: the place is where it struck)
            if (!SentenceUnits.generic(u) || !"REB".equals(u.parties().get(0).sector()) || ActorAttribution.anonymous(u.parties().get(0)) || !"في".equals(next.prep())
                    || !next.place() || !next.hasCode() || next.first() != u.end() + 1) continue;
            Party g = u.parties().get(0);
            out.set(k, SentenceUnits.withParties(u, u.end(), List.of(new Party(g.text(), next.code(), g.sector(), null))));
        }
    }

    /**
     * "زعيم المعارضة رياك مشار", "قائد المتمردين فلان": a generic actor followed at once by a named
     * person is that person's side, of the person's state.
     */
    static void named(List<Unit> out, List<Mention> mentions) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k), next = out.get(k + 1);
            if (!SentenceUnits.generic(u) || next.first() != u.end() || next.prep() != null || next.place() || next.demonym() || next.code() == null
                    || next.code().startsWith("IGO")) continue;
            boolean person = false;
            for (Mention m : mentions) person |= m.firstToken() == next.at() && m.kind() == MentionKind.PERSON;
            if (!person) continue;
            Party g = u.parties().get(0), n = next.parties().get(0);
            out.set(k, new Unit(u.first(), u.at(), next.end(), List.of(new Party(g.text() + " " + n.text(), n.code(), g.sector(), n.name())),
                    u.prep(), false, false, u.conj(), null, null, null));
            out.remove(k + 1);
        }
    }

    /**
     * "بين الشبان وقوات الاحتلال": a named phrase with و right after a generic one is joined to it, with its
     * preposition (the named phrases were read before the generic ones were known).
     */
    static void joined(TextLayer tl, List<Unit> out, int a) {
        for (int k = 1; k < out.size(); k++) {
            Unit u = out.get(k), prev = out.get(k - 1);
            if (u.conj() || u.place() || prev.place() || u.first() <= a || prev.end() != u.first() || (tl.proclitics(u.first()) & TextLayer.WA) == 0
                    || !SentenceUnits.generic(prev)) continue;
            out.set(k, new Unit(u.first(), u.at(), u.end(), u.parties(), u.prep() == null ? prev.prep() : u.prep(), false, u.demonym(), true,
                    u.lat(), u.lon(), u.placeName(), u.capital()));
        }
    }

    /**
     * "مسلحي مليشيا فانو"، "مقاتلي تنظيم داعش": an armed generic noun in construct with a named group right
     * after it is a member of that group (one phrase, of the group's side).
     */
    static void ofGroup(List<Unit> out, List<Mention> mentions) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k), next = out.get(k + 1);
            if (!SentenceUnits.generic(u) || next.first() != u.end() || next.prep() != null && !next.prep().equals(u.prep()) || next.place() || next.demonym() || !next.hasCode()) continue;
            Party g = u.parties().get(0), n = next.parties().get(0);
            if (!"REB".equals(g.sector()) && !"MIL".equals(g.sector())) continue;
            boolean group = false;
            for (Mention m : mentions) group |= m.firstToken() == next.at() && m.kind() == MentionKind.GROUP;
            if (!group) continue;
            out.set(k, SentenceUnits.withParties(u, next.end(), List.of(new Party(g.text() + " " + n.text(), n.code(), n.sector() != null ? n.sector() : g.sector(), n.name()))));
            out.remove(k + 1);
        }
    }

    /**
     * "المصدر الحوثي"، "مصادر أمنية عراقية"، "المسؤول الأمريكي": a generic noun qualified by a demonym
     * (an adjective of origin agreeing with it) is of the demonym's state or body.
     */
    static void qualified(List<Unit> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k), next = out.get(k + 1);
            if (!SentenceUnits.unnamed(u) || !next.demonym() || next.first() != u.end() || !next.hasCode()) continue;
            Party g = u.parties().get(0), n = next.parties().get(0);
            String sector = g.sector() != null ? g.sector() : n.sector();
            out.set(k, SentenceUnits.withParties(u, next.end(), List.of(new Party(g.text() + " " + n.text(), n.code(), sector, null))));
            out.remove(k + 1);
        }
    }

    /** Words that tie a generic actor to the group it belongs to: "مسلحون أعضاء بتنظيم داعش", "مقاتلين ينتمون إلى الحركة". */
    private static final Set<String> MEMBERSHIP = CueWords.set("membership");
    /** What may stand with a word of membership: "يشتبه في انتمائهم إلى"، "يعتقد أنهم ينتمون". */
    private static final Set<String> SUSPICION = CueWords.union("suspected-verb", "suspected-that", "membership-prep");

    /**
     * "مسلحون أعضاء بتنظيم داعش", "مقاتلون ينتمون إلى حركة الشباب", "مسلحين موالين للحكومة": a generic
     * actor followed by a word of membership and a named group or body is of that group's side.
     */
    static void members(TextLayer tl, List<Unit> out) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k), next = out.get(k + 1);
            if (!SentenceUnits.generic(u) || !next.hasCode() || next.place() || next.demonym() || next.first() < u.end()) continue;
            // (the words between may open the group's own phrase: "أعضاء في X" is read as X's member phrase)
            // ("مسلحون يشتبه في انتمائهم إلى الجماعة": words of suspicion may stand with it, five words in all)
            int gap = next.at() - u.end();
            if (gap < 1 || gap > 5) continue;
            boolean member = false, other = false;
            for (int t = u.end(); t < next.at(); t++) {
                boolean m = MEMBERSHIP.contains(tl.surfaceNorm(t)) || MEMBERSHIP.contains(tl.norm(t));
                member |= m;
                other |= !m && !SUSPICION.contains(tl.surfaceNorm(t)) && !SUSPICION.contains(tl.norm(t));
            }
            if (!member || other && gap > 3) continue;
            Party g = u.parties().get(0), n = next.parties().get(0);
            // (with the group's name: a group of many states is coded where the act happens, TransnationalGroups)
            out.set(k, SentenceUnits.withParties(u, next.end(), List.of(new Party(g.text(), n.code(), g.sector(), n.name()))));
            out.remove(k + 1);
        }
    }

    /**
     * "الصحافي فلان من روسيا البيضاء": a person the knowledge base does not place, followed by من and
     * a state, is of that state (spec §1: citizens of a state have its code); the state phrase is
     * the person's origin, neither a party nor a place of the act.
     */
    static void nationals(List<Unit> out, List<Mention> mentions) {
        for (int k = 0; k + 1 < out.size(); k++) {
            Unit u = out.get(k), next = out.get(k + 1);
            if (u.place() || u.hasCode() || u.parties().size() != 1 || !"من".equals(next.prep()) || next.first() != u.end() + 1
                    || !next.hasCode() || next.code().startsWith("IGO") || !startsMention(mentions, u.at(), MentionKind.PERSON)
                    || !startsMention(mentions, next.at(), MentionKind.COUNTRY)) continue;
            Party p = u.parties().get(0);
            out.set(k, SentenceUnits.withParties(u, next.end(), List.of(new Party(p.text(), next.code(), p.sector(), p.name()))));
            out.remove(k + 1);
        }
    }

    private static boolean startsMention(List<Mention> mentions, int token, MentionKind kind) {
        for (Mention m : mentions) if (m.firstToken() == token && m.kind() == kind) return true;
        return false;
    }
}
