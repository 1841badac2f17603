package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Claims of responsibility for an attack: "أعلنت الحركة مسؤوليتها عن الهجوم" and "تبنى التنظيم
 * الهجوم" name the attacker of the attack the article tells (the one who claims it is its doer, and
 * its source); "نفت الحركة مسؤوليتها عن الهجوم" and "لم تتبن أي جهة الاعتداء" deny or leave open who
 * did it, not whether it happened, so the attack noun there is no event of its own (the denial is the
 * REJECT the sentence already holds).
 */
final class ResponsibilityClaims {
    private ResponsibilityClaims() {}

    /** "مسؤولية", "مسؤوليته", "مسؤوليتها" …: the noun before عن + the act. */
    private static final Set<String> RESPONSIBILITY = CueWords.set("responsibility");
    /** Forms of تبنى (to claim), whose object is the act claimed. */
    private static final Set<String> CLAIM_VERB = CueWords.set("claim-verb");
    /** Negators and verbs of denial before a claim: لم، لن، نفى. */
    private static final Set<String> DENIAL = CueWords.set("claim-denial");
    /** Report verbs that announce a claim: "أعلن التنظيم مسؤولية التفجير". */
    private static final Set<String> CLAIM_REPORT = CueWords.set("claim-report");

    static void apply(List<Candidate> cs, TextLayer tl, int sentenceStart, List<Unit> units) {
        cs.removeIf(c -> {
            if (!c.type.equals("ASSAULT")) return false;
            // "احتمال مسؤولية بريطانيا عن قتل مدنيين": the one whose responsibility is named did the act
            Unit held = heldResponsible(tl, c.trigStart, sentenceStart, units);
            if (held != null && !"negated".equals(c.status)) {
                c.actor.clear();
                c.actor.addAll(held.parties());
                c.recipient.removeAll(held.parties());
                return false;
            }
            int claim = responsibilityFor(tl, c.trigStart, sentenceStart);
            if (claim >= 0) {
                if ("negated".equals(c.status) || denied(tl, claim, sentenceStart)) return true;
                // ("اتهمت هولندا روسيا بالمسؤولية عن إسقاط الطائرة": an accuser names another as responsible)
                boolean accused = c.claimantAccuses || (tl.proclitics(claim) & TextLayer.BI) != 0 || tl.surfaceNorm(claim).startsWith("بال");
                if (c.actor.isEmpty() && c.claimant != null && !accused) { c.actor.add(c.claimant); c.responsibility = true; }
                return false;
            }
            // "تبنت حركة الشباب مسؤولية الهجمات", "أعلن التنظيم مسؤولية التفجير": the act as the genitive of the
            // responsibility noun, the claimer the subject of the verb before it
            int noun = c.trigStart - 1;
            if (noun - 2 >= sentenceStart && (RESPONSIBILITY.contains(tl.surfaceNorm(noun)) || RESPONSIBILITY.contains(tl.norm(noun)))) {
                int verb = verbBefore(tl, noun, sentenceStart, CLAIM_VERB, 10);
                if (verb < 0) verb = verbBefore(tl, noun, sentenceStart, CLAIM_REPORT, 10);
                if (verb >= 0) {
                    if ("negated".equals(c.status) || denied(tl, verb, sentenceStart)) return true;
                    for (Unit u : units) {
                        if (u.place() || !u.hasCode() || u.first() <= verb || u.end() > noun || u.prep() != null) continue;
                        c.actor.clear();
                        c.actor.addAll(u.parties());
                        c.recipient.removeAll(u.parties());
                        c.responsibility = true;
                        break;
                    }
                    return false;
                }
            }
            // (تبنى is a light verb: its subject is already the act's doer; only its denial is read here)
            claim = verbBefore(tl, c.trigStart, sentenceStart, CLAIM_VERB, 5);
            return claim >= 0 && denied(tl, claim, sentenceStart);
        });
    }

    /** The party in "مسؤولية X عن" or "X مسؤولة عن" + the act at {@code t} (X one phrase of up to three words), or null. */
    private static Unit heldResponsible(TextLayer tl, int t, int a, List<Unit> units) {
        if (t - 3 < a || !is(tl, t - 1, "عن")) return null;
        // "روسيا "مسؤولة" عن إسقاط الطائرة": the adjective after the one held responsible (quoted or not)
        int adj = t - 2;
        if (adj > a && RoleCues.isQuote(tl.surfaceNorm(adj))) adj--;
        if (RESPONSIBLE.contains(tl.surfaceNorm(adj)) || RESPONSIBLE.contains(tl.norm(adj))) {
            int end = adj;
            if (end - 1 >= a && RoleCues.isQuote(tl.surfaceNorm(end - 1))) end--;
            for (Unit u : units) if (!u.place() && u.hasCode() && u.end() == end && u.end() - u.first() <= 3) return u;
        }
        for (Unit u : units) {
            if (u.place() || !u.hasCode() || u.end() != t - 1 || u.first() - 1 < a || u.end() - u.first() > 3) continue;
            int k = u.first() - 1;
            if (RESPONSIBILITY.contains(tl.surfaceNorm(k)) || RESPONSIBILITY.contains(tl.norm(k))) return u;
        }
        return null;
    }

    /** The responsibility noun of "مسؤوليته عن" + the act at {@code t}, or -1. */
    private static int responsibilityFor(TextLayer tl, int t, int a) {
        return t - 2 >= a && is(tl, t - 1, "عن") && (RESPONSIBILITY.contains(tl.surfaceNorm(t - 2)) || RESPONSIBILITY.contains(tl.norm(t - 2))) ? t - 2 : -1;
    }

    /**
     * A verb of {@code verbs} at most {@code reach} words before {@code t}, its subject between: "تبنى تنظيم
     * داعش الهجوم", a group's name and description before the responsibility noun ("تبنت #حركة_الشباب
     * المتشددة والموالية لتنظيم #القاعدة مسؤولية"; a hashtag mark is no boundary), or -1.
     */
    private static int verbBefore(TextLayer tl, int t, int a, Set<String> verbs, int reach) {
        for (int p = t - 1; p >= Math.max(a, t - reach); p--) {
            if (verbs.contains(tl.surfaceNorm(p)) || verbs.contains(tl.norm(p))) return p;
            if (!UnitWords.isWord(tl, p) && !tl.surfaceNorm(p).equals("#")) break;
        }
        return -1;
    }

    /** A negator or verb of denial among the words of the clause before the claim ("لم تعلن أي جماعة على الفور مسؤوليتها"). */
    private static boolean denied(TextLayer tl, int claim, int a) {
        for (int p = claim - 1; p >= Math.max(a, claim - 8); p--) {
            if (DENIAL.contains(tl.surfaceNorm(p)) || DENIAL.contains(tl.norm(p))) return true;
            if (!UnitWords.isWord(tl, p)) break;
        }
        return false;
    }

    /** "مسؤول", "مسؤولة", "مسؤولون" …: the adjective of one held responsible. */
    private static final Set<String> RESPONSIBLE = CueWords.set("responsible");

    private static boolean is(TextLayer tl, int t, String w) { return tl.surfaceNorm(t).equals(w) || tl.norm(t).equals(w); }
}
