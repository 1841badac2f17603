package org.marsad.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The second pass of the per-document merge: a less specific telling of an act folds into the
 * more specific one of the same type. News tells one incident in the headline, the lead and later
 * sentences, and only some of them name the attacker ("غارات جوية على حفل زفاف" beside "قتل 23
 * شخصا في غارات للتحالف على حفل زفاف"), the victims, the weapon or the day. A telling folds when it
 * adds nothing that contradicts: its parties a subset of the other's (or the attacker in one, the
 * attacked in the other), no party on both sides, the same or an unknown place, compatible dates,
 * the same or no mode, the same or no toll. One toll of several dead told twice on one day at one
 * place is one act, however the two sentences name its weapon.
 */
final class DocumentFold {
    private DocumentFold() {}

    /** A telling and the sentence kept as evidence of the event it has become part of. */
    static final class Group {
        final Candidate merged;
        Candidate evidence;
        /** A telling attributed to a source (claimed), with its claimants. */
        Candidate claim;

        Group(Candidate c) { merged = c; evidence = c; claim = "claimed".equals(c.status) ? c : null; }
    }

    /** Folds groups into one another until none folds; the order of the survivors is kept. */
    static void fold(List<Group> groups, PlaceScope scope) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < groups.size() && !changed; i++) {
                Group e = groups.get(i);
                Group into = null;
                for (Group f : groups) {
                    if (f == e || !folds(e.merged, f.merged, scope)) continue;
                    // when either could be the retelling of the other, the one that says less folds
                    if (folds(f.merged, e.merged, scope) && !moreSpecific(f.merged, e.merged)) continue;
                    // a toll's rise updates the act told last before it
                    if (e.merged.update && f.merged.sentence > e.merged.sentence) continue;
                    if (into == null || (e.merged.update ? f.merged.sentence > into.merged.sentence
                            : f.merged.informativeness() > into.merged.informativeness())) into = f;
                }
                if (into == null) continue;
                absorb(into, e);
                groups.remove(i);
                changed = true;
            }
        }
    }

    private static void absorb(Group into, Group e) {
        Candidate k = into.merged, c = e.merged;
        org.marsad.quantity.Size killed = k.killed, injured = k.injured;
        SentenceMerge.absorb(k, c, false);
        // the fuller telling's figures stand: a retelling's other figure is another source's count
        // (a rise of the toll told later is the act's toll now)
        // (a toll counted from named dead gives way to a counted toll: the one that names them among its own)
        boolean countedOverNamed = !k.namedDead.isEmpty() && c.killed != null && c.namedDead.isEmpty();
        if (killed != null && !(c.update && c.sentence > k.sentence) && !countedOverNamed) k.killed = killed;
        if (injured != null) k.injured = injured;
        if (e.evidence.informativeness() > into.evidence.informativeness()) into.evidence = e.evidence;
        if (into.claim == null) into.claim = e.claim;
    }

    /** {@code f} says at least as much as {@code e} (ties go to the earlier sentence: the lead). */
    private static boolean moreSpecific(Candidate f, Candidate e) {
        int a = f.informativeness(), b = e.informativeness();
        return a > b || a == b && f.sentence < e.sentence;
    }

    /** Whether {@code e} can be a retelling of {@code f}. */
    static boolean folds(Candidate e, Candidate f, PlaceScope scope) {
        if (!e.type.equals(f.type) || e.date == null || f.date == null) return false;
        // two acts of one type that their own sentence kept apart (SentenceMerge) are not one retold
        if (e.sentence == f.sentence) return false;
        if (e.status.equals("negated") != f.status.equals("negated")) return false;
        if (!datesCompatible(e, f)) return false;
        if (tentative(e) != tentative(f)) return false;
        if (!fightingAgrees(e, f)) return false;
        if (!scope.noMoreSpecific(e, f)) return false;
        // a toll moves onto an act only from a sentence placed as precisely: "عدد القتلى في سوريا بلغ 7"
        // sums a day's acts, it is not the toll of the one hospital shelled in Saqba
        if (e.killed != null && f.killed == null && !scope.noMoreSpecific(f, e)) return false;
        boolean sameToll = e.killed != null && f.killed != null && e.killed.best() != null
                && Objects.equals(e.killed.best(), f.killed.best()) && e.killed.best() >= 2;
        // several dead on one day at one place, told twice: one act whatever the weapon and roles read
        // (where a sentence names no place, only a toll too large to recur by chance: 3 and 3 may be two raids)
        if (sameToll && (!e.locations.isEmpty() && !f.locations.isEmpty() || e.killed.best() >= 5)) return true;
        if (!modesAgree(e.mode, f.mode)) return false;
        // two sources' tolls of one act at one town on one day ("23 قتيلا" by the medics, "88 قتيلا وجريحا"
        // by the rebels' agency) differ; elsewhere a different toll is a different act
        // (only where one telling misses the attacker: several strikes of one side on one region are told apart by their tolls)
        boolean sameScene = e.date.equals(f.date) && e.mode != null && e.mode.equals(f.mode) && scope.shareTown(e, f)
                && (e.actor.isEmpty() || f.actor.isEmpty());
        // the rise of a toll told before ("وارتفعت حصيلة القتلى إلى 9") is that act's new toll, not another act
        boolean rises = e.update && e.killed != null && f.killed != null && e.killed.best() != null && f.killed.best() != null
                && e.killed.best() > f.killed.best() && e.sentence > f.sentence;
        if (!sameScene && !rises && e.killed != null && f.killed != null && !Objects.equals(e.killed.best(), f.killed.best())
                && !NamedVictims.namedAmong(e, f)) return false;
        if (!sameScene && e.injured != null && f.injured != null && !Objects.equals(e.injured.best(), f.injured.best())) return false;
        Set<String> ce = e.codes(), cf = f.codes();
        if (!e.mutual && !f.mutual && (sidesCross(e, f) || attackersDiffer(e, f))) return false;
        // who spoke to, asked or accused whom is read reliably: a communicative act folds only into one
        // with the same speaker and addressee sides; an attack's sides are often read apart
        if (!VIOLENT.contains(e.type)) {
            return Candidate.codesOf(f.actor).containsAll(Candidate.codesOf(e.actor))
                    && Candidate.codesOf(f.recipient).containsAll(Candidate.codesOf(e.recipient));
        }
        if (cf.containsAll(ce)) return true;
        return complementary(e, f);
    }

    /**
     * The same or no weapon, or one of a family the other makes more precise: the car bomb of one
     * sentence is the suicide attack of the next ("انفجرت شاحنة ملغومة عند الحاجز" / "فجر الانتحاري حزامه"). (Not an
     * air strike and a drone: "قصف جوي ردا على هجوم بطائرة مسيرة" are two sides' acts.) Destruction is
     * what an attack did, not how: "شن غارات على موقع" then "دمرت الموقع" tell one raid.
     */
    static boolean modesAgree(String x, String y) {
        if (x == null || y == null || x.equals(y)) return true;
        if (x.equals("destroy") && SentenceMerge.weapon(y) || y.equals("destroy") && SentenceMerge.weapon(x)) return true;
        return Set.of(x, y).equals(Set.of("explosives", "suicide-attack"));
    }

    /**
     * Clashes between sides and a strike from the air, a drone or a bomber are two kinds of act: "اشتباكات
     * بين جماعات مسلحة" does not retell "هجوم انتحاري استهدف المقر" (shelling and gunfire may be the clashes' own).
     */
    static boolean fightingAgrees(Candidate e, Candidate f) {
        if (e.mutual == f.mutual) return true;
        Candidate one = e.mutual ? f : e;
        return one.mode == null || !ONE_SIDED_MODES.contains(one.mode);
    }

    private static final Set<String> ONE_SIDED_MODES = Set.of("aerial", "drone", "explosives", "suicide-attack");

    private static final Set<String> VIOLENT = Set.of("ASSAULT", "PROTEST", "COERCE");

    /** A plan or a possibility is not the act done. */
    static boolean tentative(Candidate c) { return c.status.equals("planned") || c.status.equals("hypothetical"); }

    /** "التحالف شن الغارة" and "غارة على حفل زفاف في اليمن": the attacker in one, the attacked in the other. */
    private static boolean complementary(Candidate e, Candidate f) {
        if (e.mutual || f.mutual) return false;
        Set<String> ea = Candidate.codesOf(e.actor), er = Candidate.codesOf(e.recipient);
        Set<String> fa = Candidate.codesOf(f.actor), fr = Candidate.codesOf(f.recipient);
        return ea.isEmpty() && !er.isEmpty() && fr.isEmpty() && !fa.isEmpty() && java.util.Collections.disjoint(er, fa)
                || er.isEmpty() && !ea.isEmpty() && fa.isEmpty() && !fr.isEmpty() && java.util.Collections.disjoint(ea, fr);
    }

    /** A party attacking in one telling and attacked in the other. */
    /**
     * In a civil war both sides carry one state's code: rebels shelling a market ("فصائل معارضة") and the
     * army's raids ("قوات النظام") on one day in one region are two acts. Attackers that share no side —
     * the same state and both armed groups (REB/OPP) or both not — differ; a party of no sector (a
     * person, a demonym "قصف روسي وسوري") may be of either side.
     */
    static boolean attackersDiffer(Candidate a, Candidate b) {
        boolean coded = false;
        for (Party x : a.actor) {
            if (x.code() == null) continue;
            for (Party y : b.actor) {
                if (y.code() == null) continue;
                coded = true;
                if (x.code().equals(y.code()) && (x.sector() == null || y.sector() == null || armedGroup(x) == armedGroup(y))) return false;
            }
        }
        return coded;
    }

    private static boolean armedGroup(Party p) { return "REB".equals(p.sector()) || "OPP".equals(p.sector()); }

    private static boolean sidesCross(Candidate a, Candidate b) {
        Set<String> aa = Candidate.codesOf(a.actor), ar = Candidate.codesOf(a.recipient);
        Set<String> ba = Candidate.codesOf(b.actor), br = Candidate.codesOf(b.recipient);
        for (String x : aa) if (br.contains(x) && !ar.contains(x)) return true;
        for (String x : ba) if (ar.contains(x) && !aa.contains(x)) return true;
        return false;
    }

    /**
     * Equal dates; a date the sentence does not give (the publication date) within two days of
     * one it gives. (A month and a day inside it are not enough: "الشهر الماضي" holds many acts.)
     */
    static boolean datesCompatible(Candidate a, Candidate b) {
        if (a.date.equals(b.date)) return true;
        return a.dated != b.dated && DocumentMerge.withinTwoDays(a.date, b.date);
    }

    /**
     * After the merge, an attack told with no party at all happens where the article is
     * ("وقتل 140 شخصا في غارة" in a report from Yemen): its victims are of the state of its place, or of the article's focus
     * place when the sentence names none; in two-sided fighting ("اشتباكات عنيفة في حي القدم") that
     * state is a side.
     */
    static void partiesFromFocus(List<Group> groups, List<Candidate> all) {
        Location focus = FocusPlace.of(all);
        for (Group g : groups) {
            Candidate c = g.merged;
            if (!c.type.equals("ASSAULT") || !c.codes().isEmpty()) continue;
            Location at = null;
            for (Location l : c.locations) if (l.code() != null && !l.code().startsWith("IGO")) { at = l; break; }
            if (at == null && c.locations.isEmpty()) at = focus;
            if (at == null) continue;
            Party side = new Party(at.text(), at.code(), null, null);
            if (c.mutual) c.actor.add(side);
            else c.recipient.add(side);
        }
    }
}
