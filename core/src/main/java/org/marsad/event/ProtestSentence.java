package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * A sentence that tells a protest: police dispersing it, clashes with the protesters, a toll or a
 * scuffle with no attacker named, and what the protesters denounce ("احتجاجا على مقتل"، "ضد الغارات"،
 * "متهمين الجنود بإطلاق النار") are the protest, no attacks of their own; a bombing, shelling or air strike
 * by a named side told beside it stays one.
 */
final class ProtestSentence {
    private ProtestSentence() {}

    /** Acts of a government or body that "احتجاجا على" may qualify: the protest is that act's motive, no demonstration. */
    private static final java.util.Set<String> OFFICIAL_ACTS = java.util.Set.of("ACCUSE", "SANCTION", "REJECT", "THREATEN", "REQUEST", "RETREAT", "COERCE");

    static void apply(List<Candidate> cs, TextLayer tl) {
        calledFor(cs, tl);
        // "استدعت الخارجية السفير احتجاجا على تصريحاته": "in protest" says why the act before it was done
        cs.removeIf(c -> c.type.equals("PROTEST") && !c.verbal && ADVERBIAL.contains(tl.surfaceNorm(c.trigStart))
                && cs.stream().anyMatch(o -> OFFICIAL_ACTS.contains(o.type) && o.trigStart < c.trigStart));
        boolean protest = false;
        for (Candidate c : cs) protest |= c.type.equals("PROTEST") && !c.weak;
        if (protest) {
            // police dispersing a demonstration, clashes with protesters, the killing protested
            // against ("احتجاجا على مقتل"): the protest is the event
            // (and what the protesters denounce: "ضد الغارات"، "هتافات شجبت القصف"، "متهمين الجنود بإطلاق النار")
            List<Candidate> protests = cs.stream().filter(c -> c.type.equals("PROTEST") || c.type.equals("ACCUSE")).toList();
            // and a toll or a scuffle with no attacker named is the protest's own violence; a bombing,
            // shelling, air strike or shooting at the crowd stays an attack of its own
            cs.removeIf(c -> c.type.equals("ASSAULT") && (c.killed == null && c.injured == null && !namedStrike(c)
                    || protestedAgainst(tl, c, protests) || withProtesters(c)
                    || c.actor.isEmpty() && !ActModes.STANDALONE_ATTACK_MODES.contains(String.valueOf(c.mode))));
        }
    }

    /**
     * "دعت النقابة إلى وقفة احتجاجية يوم الأحد": a protest called for is one to come (its day the next such
     * day), organised by whoever calls for it; the call stays a REQUEST of its own.
     */
    private static void calledFor(List<Candidate> cs, TextLayer tl) {
        for (Candidate c : cs) {
            if (!c.type.equals("PROTEST") || c.verbal || c.trigStart < 1 || !tl.surfaceNorm(c.trigStart - 1).equals("الي")) continue;
            for (Candidate r : cs) {
                // (the caller between the verb and إلى: "دعت نقابة الصحفيين إلى")
                if (!r.type.equals("REQUEST") || r.trigEnd > c.trigStart - 1 || c.trigStart - r.trigEnd > 9 || !clear(tl, r.trigEnd, c.trigStart)) continue;
                if (c.status.equals("asserted")) c.status = "planned";
                if (r.actor.isEmpty()) continue;
                // (the protest's noun standing for its unnamed protesters gives way to its organiser)
                c.actor.removeIf(p -> p.code() == null && p.name() == null && "CVL".equals(p.sector()) && c.actor.size() == 1);
                for (Party p : r.actor) Candidate.addParty(c.actor, p);
            }
        }
    }

    private static final java.util.Set<String> DENOUNCING = CueWords.set("denouncing");
    /** "احتجاجا"، "احتجاجاً": the motive of an act, in the adverbial accusative (cue class {@code in-protest}). */
    private static final java.util.Set<String> ADVERBIAL = CueWords.set("in-protest");

    private static boolean protestedAgainst(TextLayer tl, Candidate c, List<Candidate> protests) {
        int on = c.trigStart - 1;
        if (on < 1) return false;
        // "تظاهروا امس في طهران ضد الغارات": ضد a few words after the protest
        if (tl.surfaceNorm(on).equals("ضد")) {
            for (Candidate p : protests) if (p.type.equals("PROTEST") && p.trigEnd <= on && on - p.trigEnd <= 6) return true;
        }
        // "هتافات شجبت عمليات القصف"، "متهمين الجنود باطلاق النار": the act a protester's denunciation names
        for (Candidate p : protests) if (p.type.equals("ACCUSE") && p.trigEnd <= c.trigStart && c.trigStart - p.trigEnd <= 4 && clear(tl, p.trigEnd, c.trigStart)) return true;
        for (int k = c.trigStart - 1; k >= Math.max(0, c.trigStart - 5) && !PhraseTable.isPunctuation(tl.surfaceNorm(k)); k--) {
            if (DENOUNCING.contains(tl.surfaceNorm(k)) || DENOUNCING.contains(tl.norm(k))) return true;
        }
        if (!tl.norm(on).equals("علي")) return false;
        for (Candidate p : protests) if (p.type.equals("PROTEST") && (p.trigEnd == on || p.trigEnd == on - 1)) return true;
        return false;
    }

    private static boolean clear(TextLayer tl, int from, int to) {
        for (int k = from; k < to; k++) if (PhraseTable.isPunctuation(tl.surfaceNorm(k))) return false;
        return true;
    }

    private static boolean withProtesters(Candidate c) {
        for (Party p : c.actor) if ("CVL".equals(p.sector()) && p.name() == null) return true;
        for (Party p : c.recipient) if ("CVL".equals(p.sector()) && p.name() == null) return true;
        return false;
    }

    /** An air strike, shelling or bombing whose attacker is named: an act of its own beside a protest. */
    private static boolean namedStrike(Candidate c) {
        // (clashes are the protest's own violence: "اشتبك متظاهرون مع الجيش")
        if (c.mutual || !ActModes.STANDALONE_ATTACK_MODES.contains(String.valueOf(c.mode))) return false;
        for (Party p : c.actor) if (p.code() != null) return true;
        return false;
    }
}
