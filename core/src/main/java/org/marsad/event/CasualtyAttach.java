package org.marsad.event;

import java.util.List;
import org.marsad.quantity.Casualty;
import org.marsad.quantity.CasualtyKind;
import org.marsad.text.TextLayer;

/**
 * Casualty figures of a sentence attached to the violent event they result from (spec §2): the
 * nearest ASSAULT, or a new one; the victims made its recipients; a war's or a period's cumulative
 * toll left out ("أدت الحرب إلى مقتل …", "طوال سنوات … أودى بحياة المئات"); a toll told after the
 * act's own figure updates it ("وارتفع عدد القتلى إلى 8": the larger stays) unless it is a running
 * total ("ما يرفع الحصيلة الإجمالية إلى 80 منذ بدء الهجوم"), which is left out, or another clause's
 * count ("فيما بلغت حصيلة القتلى الخميس سبعة"), an act of its own; a rise with no act of its own in the
 * sentence ("وارتفعت حصيلة القتلى إلى 9") is marked as an update of the act told before it;
 * "no casualties" is a zero toll that makes no event.
 */
final class CasualtyAttach {
    private CasualtyAttach() {}

    /** Each casualty figure goes to the nearest ASSAULT of its sentence; a figure with none makes one. */
    static void attach(List<Candidate> cs, TextLayer tl, int s, List<Casualty> casualties, List<Unit> units) {
        if (casualties == null) return;
        int ss = tl.sentenceStart(s), se = tl.sentenceEnd(s);
        boolean specific = false;   // a KILLED figure of an act already read in this sentence
        Candidate specificTo = null;
        for (Casualty k : casualties) {
            if (k.start() < ss || k.start() >= se || k.kind() == CasualtyKind.MISSING) continue;
            int tok = tl.tokenAt(k.start());
            if (warToll(tl, tok, tl.sentenceFirstToken(s)) || longSpan(tl, tok, tl.sentenceFirstToken(s), tl.sentenceEndToken(s))) continue;
            boolean total = k.kind() == CasualtyKind.KILLED && TOLL_HEADS.contains(tl.norm(tok));
            if (total && specific && runningTotal(tl, tok, tl.sentenceEndToken(s))) continue;
            if (total && specific && otherClause(tl, tok, tl.sentenceFirstToken(s))) {
                // "…، فيما بلغت حصيلة القتلى الخميس سبعة": another day's or place's toll is an act of its own
                // (dated by its own time phrase), told with the sentence's attribution
                if (k.size() != null) cs.add(ownAct(tl, s, k, tok, units, specificTo));
                continue;
            }
            boolean zero = k.size() != null && k.size().best() != null && k.size().best() == 0;
            Candidate best = null;
            int bestDist = Integer.MAX_VALUE;
            for (Candidate c : cs) {
                if (!c.type.equals("ASSAULT")) continue;
                // "عدم وقوع إصابات": the injuries denied are no attack; a bomb that hurt no one still is one
                if (zero && c.trigChar >= k.start() && c.trigChar < k.end()) continue;
                int d = tok < c.trigStart ? c.trigStart - tok : Math.max(0, tok - c.trigEnd);
                if (d < bestDist) { bestDist = d; best = c; }
            }
            // the act's own toll and its update go to one event: "مقتل 5 مدنيين، وارتفع عدد القتلى لاحقا إلى 8"
            if (total && specific && specificTo != null) best = specificTo;
            if (best == null) {
                // "دون وقوع إصابات" makes no attack of its own
                if (k.size() == null || k.kind() == CasualtyKind.CAPTURED || zero) continue;
                best = newAct(tl, s, k, tok, units);
                cs.add(best);
            }
            switch (k.kind()) {
                // a toll told after the act's own figure is its update, not more dead: the larger stays
                case KILLED -> best.killed = total && specific ? Candidate.max(best.killed, k.size()) : Candidate.add(best.killed, k.size());
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
            // "وارتفعت حصيلة القتلى إلى 9" with no act of its own: the rise of a toll told before
            if (total && !specific && rise(tl, tok, tl.sentenceFirstToken(s))) best.update = true;
            if (k.kind() == CasualtyKind.KILLED && !zero && !total) { specific = true; specificTo = best; }
        }
    }

    /** An attack made of a casualty figure alone (its sentence names no act it could belong to). */
    private static Candidate newAct(TextLayer tl, int s, Casualty k, int tok, List<Unit> units) {
        Candidate c = new Candidate();
        c.type = "ASSAULT"; c.sentence = s; c.trigStart = tok; c.trigEnd = tok + 1;
        c.evStart = tl.sentenceStart(s); c.evEnd = tl.sentenceEnd(s); c.fromCasualty = true; c.trigChar = k.start();
        for (Unit u : units) if (u.place()) Candidate.addLocation(c.locations, new Location(u.parties().get(0).text(), u.placeName(), u.code(), u.lat(), u.lon()));
        return c;
    }

    /** The toll of a beside-clause as an act of its own, claimed when the sentence's act is. */
    private static Candidate ownAct(TextLayer tl, int s, Casualty k, int tok, List<Unit> units, Candidate act) {
        Candidate c = newAct(tl, s, k, tok, units);
        c.locations.clear();   // the places are the act's; the other clause's toll is of a wider area
        c.killed = k.size();
        c.aside = true;
        if (act != null && act.status.equals("claimed")) {
            c.status = "claimed";
            c.claimedBy.addAll(act.claimedBy);
            c.claimant = act.claimant;
        }
        return c;
    }

    /** Heads of a toll phrase: "حصيلة القتلى", "عدد الضحايا". */
    private static final java.util.Set<String> TOLL_HEADS = CueWords.set("toll-head");
    /** Words that make a toll the running total of a campaign: "حصيلة القتلى الإجمالية منذ الخميس". */
    private static final java.util.Set<String> RUNNING = CueWords.set("running-total");
    /** Heads of a clause told beside the act, of another time or place: "في وقت بلغت الحصيلة ...". */
    private static final java.util.Set<String> BESIDE = CueWords.set("beside-clause");

    /** "لتصل الحصيلة الإجمالية للقتلى إلى 31 منذ مطلع الأسبوع": a total that includes the act's own dead. */
    private static boolean runningTotal(TextLayer tl, int tok, int end) {
        for (int p = Math.max(0, tok - 2); p < Math.min(end, tok + 10); p++) {
            String n = tl.surfaceNorm(p);
            if (p > tok && (n.equals(".") || n.equals(","))) return false;
            if (RUNNING.contains(n) || RUNNING.contains(tl.norm(p))) return true;
        }
        return false;
    }

    /** Verbs and nouns of a rising toll: ارتفعت الحصيلة، ارتفاع عدد القتلى. */
    private static final java.util.Set<String> RISE = CueWords.set("toll-rise");

    /** A rise word right before the toll head (an adverb may stand between: "وارتفعت لاحقا حصيلة"). */
    private static boolean rise(TextLayer tl, int tok, int sentenceStart) {
        for (int p = tok - 1; p >= Math.max(sentenceStart, tok - 2); p--) if (RISE.contains(tl.surfaceNorm(p)) || RISE.contains(tl.norm(p))) return true;
        return false;
    }

    /** The toll opens a clause of its own after فيما/بينما/في وقت: another day's or place's count. */
    private static boolean otherClause(TextLayer tl, int tok, int sentenceStart) {
        for (int p = tok - 1; p >= Math.max(sentenceStart, tok - 4); p--) {
            if (BESIDE.contains(tl.surfaceNorm(p)) || BESIDE.contains(tl.norm(p))) return true;
            if (tl.surfaceNorm(p).equals(",")) return false;
        }
        return false;
    }

    /** Span words of years: a toll "طوال سنوات", "على مر السنين" is a whole period's, not one act's. */
    private static final java.util.Set<String> YEARS = CueWords.set("years");
    private static final java.util.Set<String> SPAN = CueWords.set("span");

    /** A span of years in the figure's clause (before or after it): the toll of a period. */
    static boolean longSpan(TextLayer tl, int tok, int sentenceStart, int sentenceEnd) {
        int[] cl = Clauses.of(tl, tok, tok + 1, sentenceStart, sentenceEnd);
        for (int p = Math.max(cl[0] + 1, tok - 8); p < Math.min(cl[1], tok + 10); p++) {
            if ((YEARS.contains(tl.norm(p)) || YEARS.contains(tl.surfaceNorm(p)))
                    && (SPAN.contains(tl.norm(p - 1)) || SPAN.contains(tl.surfaceNorm(p - 1)))) return true;
        }
        return false;
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
            // ("قتل ضابط وجندي": a count joined by و is another victim, not the object of a subject)
            boolean vso = u.first() > from && u.end() < to && RoleCues.startsWithNumber(tl, u.end()) && !u.place() && u.prep() == null
                    && (tl.proclitics(u.end()) & TextLayer.WA) == 0 && !tl.surfaceNorm(u.end()).startsWith("و");
            if (!u.place() && u.first() >= from && u.end() <= to && !vso && !"من قبل".equals(u.prep())) inside.addAll(u.parties());   // not "برصاص الجيش"
            else if (u.end() <= from || vso) subjects.addAll(u.parties());   // "قوات الأمن قتلت أربعة مهاجمين": the doer stands before
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
