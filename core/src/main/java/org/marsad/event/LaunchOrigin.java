package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Where fire was launched from: "أطلق مسلحون صاروخين من قطاع غزة على جنوب إسرائيل"، "قذائف أطلقت من
 * الأراضي السورية"، "إطلاق القذائف من قطاع غزة باتجاه إسرائيل". A place after من right behind a launch
 * word (cue class {@code launch}) or the fired thing is the origin, not the target: the attack is
 * coded from that place's state when the sentence names no attacker of a state (spec §2: the side
 * that fires), and the target is looked for among the other places ({@link Candidate#origin}).
 */
final class LaunchOrigin {
    private LaunchOrigin() {}

    private static final Set<String> LAUNCH = CueWords.set("launch");
    /** Words a launch word may stand apart from its من by: the fired thing and its count ("أطلقت نحو 40 قذيفة من"). */
    private static final int REACH = 4;

    static void apply(List<Candidate> cs, TextLayer tl, List<Unit> units) {
        for (Candidate c : cs) {
            if (!c.type.equals("ASSAULT") || c.mutual) continue;
            Unit origin = originOf(tl, units, c);
            if (origin == null) continue;
            c.origin = origin.parties().get(0).text();
            String code = c.originCode = origin.code();
            if (code == null || code.startsWith("IGO")) continue;
            boolean stated = false, hit = false;
            for (Party p : c.actor) stated |= p.code() != null;
            for (Party p : c.recipient) hit |= code.equals(p.code());
            // (fire from a state's own soil on its own towns tells no attacker: "قذائف من داخل سوريا على حلب")
            if (!stated && !hit) c.actor.add(new Party(origin.parties().get(0).text(), code, null, null));
        }
    }

    /** The place after من that a launch word of the trigger, or one right after it, reaches; null when none. */
    private static Unit originOf(TextLayer tl, List<Unit> units, Candidate c) {
        int stop = Math.min(tl.sentenceEndToken(c.sentence), c.trigEnd + 2);
        for (int t = c.trigStart; t < stop; t++) {
            if (!LAUNCH.contains(tl.norm(t)) && !LAUNCH.contains(tl.surfaceNorm(t))) continue;
            int from = Math.max(t + 1, c.trigEnd);
            for (Unit u : units) {
                if (u.first() <= t) continue;
                if (u.first() > from + REACH) break;
                // (a place, or a state named by name or demonym: "من اليمن"، "من الأراضي السورية"; not "من قبل X", the doer)
                if ((u.place() || u.hasCode()) && "من".equals(u.prep()) && !agentBefore(tl, u.first()) && !punctuationBetween(tl, t, u.first())) return u;
            }
        }
        return null;
    }

    private static boolean agentBefore(TextLayer tl, int first) {
        return first > 0 && tl.surfaceNorm(first - 1).equals("قبل");
    }

    private static boolean punctuationBetween(TextLayer tl, int from, int to) {
        for (int k = from + 1; k < to; k++) if (PhraseTable.isPunctuation(tl.surfaceNorm(k))) return true;
        return false;
    }
}
