package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Word-shape tests that decide the sides of violent events, used by {@link RoleReader} and
 * {@link SentenceReader}: a verb agreeing in the plural (its subject stands before it), an attack
 * noun standing between a trigger and a phrase (the phrase is that noun's), the doer of a campaign
 * named after "منذ بدء", and "تابعة لـ" (belonging to), which is no report frame.
 */
final class AttackRoles {
    private AttackRoles() {}

    /** A one-word verb with the plural suffix of its subject: "هاجموا", "قصفوا", "يهاجمون" (not "دعا", "غزا"). */
    static boolean pluralVerb(TextLayer tl, int ts, int te) {
        if (te - ts != 1) return false;
        String n = tl.surfaceNorm(ts);
        if (n.startsWith("و") || n.startsWith("ف")) n = n.substring(1);
        if (n.length() >= 5 && n.endsWith("وا")) return true;
        return n.length() >= 6 && n.endsWith("ون") && (n.startsWith("ي") || n.startsWith("سي"));
    }

    /** An attack or weapon noun (role-words.tsv, instrument) among the tokens [from, to). */
    static boolean instrumentBetween(TextLayer tl, int from, int to) {
        for (int p = from; p < to; p++) if (RoleWords.is(tl, p, RoleWords.INSTRUMENT)) return true;
        return false;
    }

    /** What follows a launch verb read as passive: where from, or at what (cue class {@code passive-launch-prep}). */
    private static final Set<String> PASSIVE_LAUNCH_PREPS = CueWords.set("passive-launch-prep");

    /**
     * "صاروخا أطلق من جنوب لبنان"، "قذائف أطلقت على المدينة": a launch verb right after its weapon noun,
     * with no object of its own and a preposition of origin or target next, is the unvocalised passive.
     */
    static boolean passiveLaunch(TextLayer tl, int verb, int end) {
        return verb + 1 < end && PASSIVE_LAUNCH_PREPS.contains(tl.surfaceNorm(verb + 1));
    }

    /** Onset nouns after منذ: "منذ بدء", "منذ بداية", "منذ انطلاق". */
    static final Set<String> ONSET = CueWords.set("onset");

    /**
     * "منذ بدء قوات الأمن عمليتها …، قتل …": the phrase right after منذ + an onset noun, before the
     * trigger, is the doer of the campaign (its subject); null when there is none.
     */
    static Unit onsetDoer(TextLayer tl, List<Unit> units, boolean[] usable, int a, int ts) {
        for (int p = a; p + 2 < ts; p++) {
            if (!tl.surfaceNorm(p).equals("منذ") && !tl.surfaceNorm(p).equals("ومنذ")) continue;
            if (!ONSET.contains(tl.surfaceNorm(p + 1)) && !ONSET.contains(tl.norm(p + 1))) continue;
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                if (usable[k] && u.first() == p + 2 && u.end() <= ts && u.prep() == null && !u.place() && u.hasCode()) return u;
            }
        }
        return null;
    }

    /**
     * "وصعدت فرنسا عملياتها في مالي، بما في ذلك غارات على معاقل المسلحين": an act listed after
     * "بما في ذلك" / "بما فيها" (up to four words before the trigger) is one of what the sentence's subject
     * did, the phrase right after the verb that opens the sentence (or the one opening it); null when none.
     */
    static Unit inclusionHost(TextLayer tl, List<Unit> units, boolean[] usable, int a, int ts) {
        boolean included = false;
        for (int p = Math.max(a, ts - 5); p + 1 < ts && !included; p++) {
            String n = tl.surfaceNorm(p), next = tl.surfaceNorm(p + 1);
            included = (n.equals("بما") || n.equals("وبما")) && next.startsWith("في");
        }
        return included ? sentenceSubject(tl, units, usable, a, ts) : null;
    }

    /** The subject of the verb opening the sentence: a coded phrase with no preposition among its first three words, before {@code ts}; else null. */
    static Unit sentenceSubject(TextLayer tl, List<Unit> units, boolean[] usable, int a, int ts) {
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.first() > a + 2 || u.first() >= ts) break;
            if (usable[k] && u.prep() == null && !u.place() && u.hasCode()) return u;
        }
        return null;
    }

    /** A one-word frame that is "تابعة/تابع" before a word with لـ ("تابعة للقوات", "تابع لها"). */
    static boolean belongingTo(TextLayer tl, int f, int fe, int b) {
        if (fe - f != 1 || fe >= b || !SentenceUnits.OWNED.contains(tl.surfaceNorm(f))) return false;
        String n = tl.surfaceNorm(fe);
        return (tl.proclitics(fe) & TextLayer.LI) != 0 || n.startsWith("ل") && n.length() > 2;
    }

    /** Conjunctions of time that open a clause of their own: "بعدما", "عندما"; "أن" after بعد/قبل. */
    private static final Set<String> TIME_CLAUSE = CueWords.set("time-clause");

    /** "بعد أن سيطر", "عندما هاجمت", "قبل أن تقصف": a conjunction of time right before the verb (one word may stand between). */
    static boolean timeClauseBefore(TextLayer tl, int ts, int ca) {
        for (int p = ts - 1; p >= Math.max(ca, ts - 2); p--) {
            String n = tl.surfaceNorm(p);
            if (TIME_CLAUSE.contains(n)) return true;
            if ((n.equals("ان") || n.equals("أن")) && p > ca && (tl.surfaceNorm(p - 1).equals("بعد") || tl.surfaceNorm(p - 1).equals("قبل"))) return true;
        }
        return false;
    }

    private static final Set<String> TARGETS = CueWords.set("target-noun");

    /** A target noun among tokens {@code [from, to)} ("قصف مواقع باكستانية": the demonym after it is the target's). */
    static boolean targetBetween(TextLayer tl, int from, int to) {
        for (int k = from; k < to; k++) if (PhraseTable.hasForm(tl, k, TARGETS)) return true;
        return false;
    }
}
