package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;
import org.marsad.time.TimeExpr;

/**
 * Within one sentence: triggers of one type that tell one action become one event ("قتل 36 مقاتلا
 * ... جراء غارات تركية استهدفت ..." is one ASSAULT), and a reported attack by another party implies
 * the reporter's accusation (spec §2: ACCUSE/allege beside the claimed ASSAULT).
 */
final class SentenceMerge {
    private SentenceMerge() {}

    /**
     * The sentence's candidates merged; with the document's times, two clauses that each name a date of their
     * own stay two acts: "اعترضت صاروخا استهدف نجران الأحد، وأسقطت صاروخا آخر استهدف جيزان الجمعة".
     */
    static List<Candidate> merge(List<Candidate> cs, TextLayer tl, List<TimeExpr> times) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : cs) {
            Candidate into = null;
            // (a toll of no party, "مقتل", after an act noun and a verb of outcome belongs to that act: "ردا على غارة
            // إسرائيلية أسفرت عن مقتل اثنين" is the raid's toll, not that of the attack the sentence began with)
            Candidate resulting = c.codes().isEmpty() && (c.killed != null || c.injured != null) ? resultOf(tl, out, c) : null;
            if (resulting != null && !resulting.aside && !c.aside && compatible(resulting, c)) into = resulting;
            else for (Candidate o : out) if (o.type.equals(c.type) && !o.aside && !c.aside && compatible(o, c) && !ownDates(tl, times, o, c)) { into = o; break; }
            if (into == null) out.add(c);
            else absorb(into, c, true);
        }
        return out;
    }

    private static final java.util.Set<String> RESULT_VERBS = CueWords.set("result-verb");

    /** The act whose phrase ends right before a verb of outcome that leads to toll {@code c} (an adjective between at most), or null. */
    private static Candidate resultOf(TextLayer tl, List<Candidate> out, Candidate c) {
        for (Candidate o : out) {
            if (!o.type.equals(c.type) || o.trigEnd > c.trigStart || c.trigStart - o.trigEnd > 4) continue;
            for (int k = o.trigEnd; k <= o.trigEnd + 1 && k < c.trigStart; k++) if (PhraseTable.hasForm(tl, k, RESULT_VERBS)) return o;
        }
        return null;
    }

    /**
     * Each of two clauses holds a calendar time of its own after its act, and the two differ (a finite verb
     * later in the clause opens a clause of its own here: "قتل تسعة السبت … خلال جنازة جنود قتلوا الجمعة").
     */
    private static boolean ownDates(TextLayer tl, List<TimeExpr> times, Candidate a, Candidate b) {
        if (times.isEmpty()) return false;
        Candidate first = a.trigStart < b.trigStart ? a : b, second = first == a ? b : a;
        int opens = second.clauseStart > first.trigStart ? second.clauseStart : second.verbal && second.trigStart > first.trigEnd ? second.trigStart : -1;
        if (opens < 0) return false;
        String one = dateIn(times, tl.tokenStart(first.trigStart), tl.tokenStart(opens));
        // (the second clause up to its first punctuation: the clauses after it have their own acts)
        int end = second.trigEnd, last = tl.sentenceEndToken(second.sentence);
        while (end < last && !PhraseTable.isPunctuation(tl.surfaceNorm(end))) end++;
        String two = dateIn(times, tl.tokenStart(second.trigStart), end < last ? tl.tokenStart(end) : tl.sentenceEnd(second.sentence));
        return one != null && two != null && !one.equals(two);
    }

    private static String dateIn(List<TimeExpr> times, int from, int to) {
        // (the day only: "صباح السبت" and "ليلا" are one day's morning and night)
        for (TimeExpr t : times) if (t.start() >= from && t.end() <= to && t.isCalendar()) return t.value().split("T", 2)[0];
        return null;
    }

    /** No party is on both sides, and the status agrees. */
    private static boolean compatible(Candidate a, Candidate b) {
        Set<String> aa = Candidate.codesOf(a.actor), ar = Candidate.codesOf(a.recipient);
        Set<String> ba = Candidate.codesOf(b.actor), br = Candidate.codesOf(b.recipient);
        if (!a.mutual && !b.mutual) {
            for (String x : aa) if (br.contains(x) && !ar.contains(x)) return false;
            for (String x : ba) if (ar.contains(x) && !aa.contains(x)) return false;
            // "بدأت السعودية عملية عسكرية … بعد أن سيطر الحوثيون على صنعاء": one-sided acts of different
            // doers, one in a clause of time, are two acts, though neither strikes the other
            if (a.subordinate != b.subordinate && !aa.isEmpty() && !ba.isEmpty() && java.util.Collections.disjoint(aa, ba)) return false;
            // "هجوم للمتمردين وقصف للجيش في اليوم نفسه": the rebels' and the army's acts, one state's two sides
            if (DocumentFold.attackersDiffer(a, b)) return false;
        }
        if (!a.status.equals(b.status) && !(a.weak || b.weak || a.fromCasualty || b.fromCasualty)) return false;
        // "اتهمت الحكومة المتمردين باستهداف المدنيين، واتهم المتمردون الجيش بقصف الأحياء": what each accuses the other of
        if (a.accusation >= 0 && b.accusation >= 0 && a.accusation != b.accusation) return false;
        // "قصفت المدفعية قرى الشمال، بينما شنت المقاتلات غارات على البلدة": a clause of contrast tells another
        // act, when both name who did them
        if ((a.contrast || b.contrast) && a.clauseStart != b.clauseStart && !a.weak && !b.weak && !a.actor.isEmpty() && !b.actor.isEmpty()) return false;
        // "وتزامنت الغارات مع قصف مدفعي": the raids told before, and another act with another weapon
        if (a.reference != b.reference && !a.weak && !b.weak && !DocumentFold.modesAgree(a.mode, b.mode)) return false;
        return true;
    }

    /**
     * Folds {@code c} into {@code into}. Within a sentence tolls add up ("45 من الجيش مقابل 27
     * من المتمردين"); across sentences the same toll is told again, so the larger one stays.
     */
    static void absorb(Candidate into, Candidate c, boolean sumTolls) {
        // within a sentence a toll told with its clashes is the clashes' toll: "قتل 45 من قوات X مقابل 27 من Y
        // منذ اندلاع المعارك" is two-sided fighting, every side an actor (spec §2)
        if (c.mutual && !into.mutual && (into.recipient.isEmpty() || sumTolls)) into.mutual = true;
        // a state on both sides in one telling is a civil war's ("قوات النظام" shelling Syrian towns); one
        // that two tellings put on opposite sides is a misreading of one of them
        Set<String> bothSides = both(into);
        bothSides.addAll(both(c));
        // a group claiming an attack on its own state's people ("تبنت حركة الشباب الهجمات" in Mogadishu) leaves the target
        if (c.responsibility && c.recipient.isEmpty()) bothSides.addAll(Candidate.codesOf(into.recipient));
        if (into.responsibility && into.recipient.isEmpty()) bothSides.addAll(Candidate.codesOf(c.recipient));
        into.responsibility &= c.responsibility;
        for (Party p : c.actor) Candidate.addParty(into.actor, p);
        for (Party p : c.recipient) Candidate.addParty(into.recipient, p);
        if (into.mutual) { for (Party p : into.recipient) Candidate.addParty(into.actor, p); into.recipient.clear(); }
        Set<String> ac = Candidate.codesOf(into.actor);
        into.recipient.removeIf(p -> p.code() != null && ac.contains(p.code()) && !into.actor.isEmpty() && !bothSides.contains(p.code()));
        for (Location l : c.locations) Candidate.addLocation(into.locations, l);
        for (Party p : c.claimedBy) Candidate.addParty(into.claimedBy, p);
        if (into.claimant == null) { into.claimant = c.claimant; into.claimantAccuses = c.claimantAccuses; }
        into.context.addAll(c.context);
        if (rank(c.mode) < rank(into.mode)) into.mode = c.mode;
        into.killed = sumTolls ? Candidate.add(into.killed, c.killed) : Candidate.max(into.killed, c.killed);
        into.injured = sumTolls ? Candidate.add(into.injured, c.injured) : Candidate.max(into.injured, c.injured);
        into.captured = sumTolls ? Candidate.add(into.captured, c.captured) : Candidate.max(into.captured, c.captured);
        if (into.weak && !c.weak) { into.weak = false; into.status = c.status; }
        into.reference &= c.reference;
        into.official |= c.official;
        into.update |= c.update;
        if (into.fromCasualty && !c.fromCasualty) { into.fromCasualty = false; into.status = c.status; into.trigStart = c.trigStart; into.trigChar = c.trigChar; }
        if (into.date == null || (!into.dated && c.dated) || into.dated && c.dated && c.date != null && DocumentMerge.finer(c.date, into.date)) {
            into.date = c.date; into.dated = c.dated; into.dateEnd = c.dateEnd;
        }
    }

    /** The codes a candidate has among both its actors and its recipients. */
    private static Set<String> both(Candidate c) {
        Set<String> s = Candidate.codesOf(c.actor);
        s.retainAll(Candidate.codesOf(c.recipient));
        return s;
    }

    /** A mode that names a weapon (its rank among the weapons): aerial, drone, heavy-weapons, firearms, explosives, suicide-attack. */
    static boolean weapon(String mode) {
        int r = rank(mode);
        return r >= 1 && r <= 6;
    }

    /** A specific mode beats a general one (targeted, abduct …), then the weapon ranks, then destruction (an outcome, not a means). */
    static int rank(String mode) {
        if (mode == null) return 100;
        return switch (mode) {
            case "suicide-attack" -> 1; case "drone" -> 2; case "aerial" -> 3; case "explosives" -> 4;
            case "heavy-weapons" -> 5; case "firearms" -> 6; case "destroy" -> 7; default -> 0;
        };
    }

    /** A claimed ASSAULT by a party other than the claimant: the claimant accuses it (ACCUSE/allege). */
    static void addImpliedAccusations(List<Candidate> cs) {
        boolean hasAccuse = false;
        for (Candidate c : cs) hasAccuse |= c.type.equals("ACCUSE");
        if (hasAccuse) { accusedAttackers(cs); return; }
        addAccusationsOfClaims(cs);
    }

    /**
     * "اتهم X Y بشن الغارة": the accused is the attacker of the claimed act, which X claims. Done before acts
     * without parties are dropped (the accused may be a noun, "الجيش", whose state is read later), and again after.
     */
    static void accusedAttackers(List<Candidate> cs) { accusedAttackers(cs, null); }

    /**
     * As {@link #accusedAttackers(List)}, but with {@code tl} given only for an attack told as what the accused is
     * accused of: a masdar after the accusation with بـ on it or on the light verb before it ("بقصف"، "بشن غارة"),
     * not an attack a relative clause on the way mentions ("السوق الذي جرى قصفه").
     */
    static void accusedAttackers(List<Candidate> cs, TextLayer tl) {
        for (Candidate acc : cs) {
            if (!acc.type.equals("ACCUSE")) continue;
            // "ندد المبعوث بمقتل صحفي برصاص الجنود": who did the condemned act is the one condemned
            if (acc.recipient.isEmpty()) {
                for (Candidate c : cs) {
                    if (c.type.equals("ASSAULT") && c.trigStart >= acc.trigEnd && c.trigStart - acc.trigEnd <= 10 && !Candidate.codesOf(c.actor).isEmpty()) {
                        acc.recipient.addAll(c.actor);
                        break;
                    }
                }
            }
        }
        for (Candidate c : cs) {
            // ("اتهم المتمردون الطيران بتنفيذ تلك الغارات": an attack referred to is one told already, no new one)
            if (!c.type.equals("ASSAULT") || !c.actor.isEmpty() || tl != null && (c.reference || !accusedOf(tl, c.trigStart))) continue;
            // the accusation nearest before the act ("اتهمت الحكومة X بكذا، واتهمت X الجيش بقصف …": each its own)
            Candidate by = null, any = null;
            for (Candidate acc : cs) {
                if (!acc.type.equals("ACCUSE") || acc.recipient.isEmpty()) continue;
                if (any == null) any = acc;
                if (acc.trigStart < c.trigStart && (by == null || acc.trigStart > by.trigStart)) by = acc;
            }
            if (by == null && tl == null) by = any;
            if (by == null) continue;
            c.actor.addAll(by.recipient);
            c.accusation = by.trigStart;
            if (c.claimedBy.isEmpty()) c.claimedBy.addAll(by.actor);
            if (c.status.equals("asserted")) c.status = "claimed";
        }
    }

    /** The act at {@code t} is governed by بـ: on it, or on a word at most two before it ("بشن تلك الغارة"). */
    private static boolean accusedOf(TextLayer tl, int t) {
        int a = tl.sentenceFirstToken(tl.sentenceOf(t));
        for (int k = t; k >= Math.max(a, t - 2); k--) {
            String w = tl.surfaceNorm(k);
            if ((tl.proclitics(k) & TextLayer.BI) != 0 || w.startsWith("بال")) return true;
            // ("باستهداف": a بـ the text layer left on the word, which the phrase tables' forms strip)
            if (w.length() > 3 && w.startsWith("ب") && java.util.Arrays.asList(PhraseTable.forms(tl, k)).contains(w.substring(1))) return true;
        }
        return false;
    }

    private static void addAccusationsOfClaims(List<Candidate> cs) {
        List<Candidate> add = new ArrayList<>();
        for (Candidate c : cs) {
            if (!c.type.equals("ASSAULT") || c.claimant == null) continue;
            // an official of no named state ("ضابط في الشرطة"، "مسؤول محلي") reporting an armed group's attack
            // accuses that group; his state is the article's, read later with the other generic parties
            if (c.claimant.code() == null) {
                if (!OFFICIAL_SECTORS.contains(String.valueOf(c.claimant.sector())) || "negated".equals(c.status) || c.mutual) continue;
                List<Party> groups = c.actor.stream().filter(p -> "REB".equals(p.sector())).toList();
                if (!groups.isEmpty()) add.add(accusation(c, groups));
                continue;
            }
            if ("CVL".equals(c.claimant.sector()) || "negated".equals(c.status)) continue;
            // "أفادت وكالة الأنباء الفرنسية أن …": a news agency of no side reports, it accuses no one (a party's
            // own media, its state among the parties, speaks for it)
            if ("MED".equals(c.claimant.sector()) && !Candidate.codesOf(c.actor).contains(c.claimant.code())
                    && !Candidate.codesOf(c.recipient).contains(c.claimant.code())) continue;
            if (c.mutual) continue;   // a report of two-sided fighting blames no one side
            if (selfClaim(c)) continue;   // "قال الحوثيون إنهم استهدفوا": a party telling its own attack accuses no one
            Set<String> actors = Candidate.codesOf(c.actor);
            if (actors.isEmpty() || (actors.size() == 1 && actors.contains(c.claimant.code()) && !"REB".equals(c.actor.get(0).sector()))) continue;
            List<Party> accused = new ArrayList<>(c.actor);
            accused.removeIf(p -> c.claimant.code().equals(p.code()) && !"REB".equals(p.sector()));
            if (accused.isEmpty()) continue;
            add.add(accusation(c, accused));
        }
        cs.addAll(add);
    }

    /** Sectors of a source that speaks for a state: its government, army, police. */
    private static final Set<String> OFFICIAL_SECTORS = Set.of("GOV", "MIL", "COP");

    /** ACCUSE/allege by the claimant of {@code c} against {@code accused}, told in c's sentence. */
    private static Candidate accusation(Candidate c, List<Party> accused) {
        Candidate a = new Candidate();
        a.type = "ACCUSE"; a.mode = "allege";
        a.actor.add(c.claimant);
        a.recipient.addAll(accused);
        a.date = c.date; a.dated = c.dated; a.sentence = c.sentence; a.trigStart = c.trigStart; a.trigEnd = c.trigEnd; a.trigChar = c.trigChar;
        a.evStart = c.evStart; a.evEnd = c.evEnd;
        a.locations.addAll(c.locations);
        return a;
    }

    /** The claimant is one of the attackers themselves: the same KB entity, or the same words. */
    private static boolean selfClaim(Candidate c) {
        String ct = org.marsad.text.ArabicNormalizer.normalize(c.claimant.text());
        for (Party p : c.actor) {
            if (c.claimant.name() != null && c.claimant.name().equals(p.name())) return true;
            if (ct.equals(org.marsad.text.ArabicNormalizer.normalize(p.text()))) return true;
        }
        return false;
    }
}
