package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * The act an appeal or threat is about is no event of the sentence: "طالبت الأمم المتحدة بوقف قصف
 * المستشفيات" asks for the shelling to stop (the UN shells nothing), "هدد الجيش باستهداف قادة
 * الفصائل" and "توعد بشن هجمات" announce what may come. The act stands after the appeal or threat in
 * its clause, governed by بـ/إلى/على (on itself or on the masdar heading it: "بوقف قصف"), with no
 * other verb between; so is the aim of an act ("بهدف طرد الحوثيين"، "من أجل السيطرة على"). Talks and
 * deals asked for keep their own rules (an invitation to talks, a goal).
 */
final class SpeechContent {
    private SpeechContent() {}

    private static final Set<String> ASKING = Set.of("REQUEST", "THREATEN");
    /**
     * Kept: speech acts and talks have rules of their own, and a call to demonstrate is the protest's
     * mobilisation, coded as the protest ("دعت النقابات إلى القيام باحتجاجات", "لبت الدعوة إلى التظاهر").
     */
    private static final Set<String> OWN_RULES = Set.of("REQUEST", "THREATEN", "CONSULT", "AGREE", "ACCUSE", "REJECT", "SUPPORT", "PROTEST");

    /** Words of purpose right before an act: "بهدف طرد الحوثيين"، "من أجل السيطرة على"، "سعيا إلى" (phrases). */
    private static final PhraseTable<Boolean> PURPOSE = new PhraseTable<>();

    static {
        for (String p : CueWords.array("purpose")) PURPOSE.add(p, Boolean.TRUE, false);
    }

    static void drop(List<Candidate> cs, TextLayer tl, List<PhraseTable.Match<Trigger>> found) { drop(cs, tl, found, List.of()); }

    /**
     * As above; a demand reported from a named speaker ("وقال بومبيو إن على إيران وقف دعم الإرهاب") is
     * the speaker's REQUEST of the one who must act (spec §2: demands are REQUEST), one per demand
     * however many acts it lists; the acts themselves are no events.
     */
    static void drop(List<Candidate> cs, TextLayer tl, List<PhraseTable.Match<Trigger>> found, List<Unit> units) {
        List<Candidate> demands = new java.util.ArrayList<>();
        java.util.Set<Integer> demanded = new java.util.HashSet<>();
        for (Candidate c : cs) {
            if (OWN_RULES.contains(c.type) || c.claimant == null || c.claimant.code() == null) continue;
            int d = dutyBefore(tl, c.trigStart, tl.sentenceFirstToken(c.sentence));
            if (d < 0 || !clear(tl, found, d, c.trigStart) || demanded.contains(d)) continue;
            Unit asked = null;
            for (Unit u : units) if (u.first() == d + 1 && u.hasCode() && !u.place()) asked = u;
            if (asked == null) continue;
            demanded.add(d);
            Candidate r = new Candidate();
            r.type = "REQUEST";
            r.sentence = c.sentence; r.trigStart = d; r.trigEnd = d + 1; r.trigChar = tl.tokenStart(d);
            r.evStart = c.evStart; r.evEnd = c.evEnd;
            Candidate.addParty(r.actor, c.claimant);
            for (Party p : asked.parties()) Candidate.addParty(r.recipient, p);
            r.locations.addAll(c.locations);
            demands.add(r);
        }
        cs.addAll(demands);
        cs.removeIf(c -> {
            if (talksAskedToEnter(tl, c, cs, found)) return true;
            if (OWN_RULES.contains(c.type)) return false;
            // "في اليوم الثاني من الهجوم الذي تشنه القوات بهدف طرد الحوثيين": the aim of an act is not yet done
            if (purposeBefore(tl, c.trigStart, tl.sentenceFirstToken(c.sentence))) return true;
            // "قال إن على إيران وقف دعم الإرهاب وسحب قواتها من سوريا": what one must do is demanded, not done
            int d = dutyBefore(tl, c.trigStart, tl.sentenceFirstToken(c.sentence));
            if (d >= 0 && clear(tl, found, d, c.trigStart)) return true;
            for (Candidate r : cs) {
                if (!ASKING.contains(r.type) || r.trigEnd > c.trigStart || c.trigStart - r.trigEnd > 12) continue;
                if (!finiteVerb(tl, c) && governed(tl, c.trigStart) && clear(tl, found, r.trigEnd, c.trigStart)) return true;
                // "12 مطلبا أميركيا من إيران، أبرزها وقف دعم الإرهاب والانسحاب من سوريا": the demands listed
                if (!finiteVerb(tl, c) && RoleCues.DEMAND_NOUNS.contains(tl.norm(r.trigEnd - 1)) && listed(tl, found, r.trigEnd, c.trigStart)) return true;
            }
            return false;
        });
    }

    /**
     * "حث السفراء الجماعات المسلحة على الدخول في حوار سلمي": talks one is urged to enter (a masdar with
     * على/إلى, then في and the talks) are asked for, not held or planned; talks invited to directly
     * ("دعا الطرفين إلى محادثات في جنيف") are the planned talks of {@link CandidatePasses#invitedTalks}.
     */
    private static boolean talksAskedToEnter(TextLayer tl, Candidate c, List<Candidate> cs, List<PhraseTable.Match<Trigger>> found) {
        if (!c.type.equals("CONSULT") || c.trigStart < 3 || "planned".equals(c.status) || !tl.surfaceNorm(c.trigStart - 1).equals("في")) return false;
        String gov = tl.surfaceNorm(c.trigStart - 3);
        if (!gov.equals("علي") && !gov.equals("الي")) return false;
        for (Candidate r : cs) {
            if (!r.type.equals("REQUEST") || r.trigEnd > c.trigStart || c.trigStart - r.trigEnd > 16) continue;
            // (the one urged may stand after an aside between commas: no other verb between)
            boolean verbBetween = false;
            for (PhraseTable.Match<Trigger> m : found) verbBetween |= m.value().verbal() && m.start() >= r.trigEnd && m.start() < c.trigStart - 3;
            if (!verbBetween) return true;
        }
        return false;
    }

    /**
     * A verb told in its own right ("بعدما قصفت الطائرات"), as the sentence reader read it, not a masdar:
     * no content of an appeal ("بوقف قصف المستشفيات": in construct after a masdar the verb form is one).
     */
    private static boolean finiteVerb(TextLayer tl, Candidate c) {
        int t = c.trigStart;
        return c.verbal && !(t - 1 >= 0 && (tl.proclitics(t - 1) & TextLayer.BI) != 0) && !tl.surfaceNorm(t).startsWith("ال");
    }

    /**
     * بـ/إلى/على on the act, or on the masdar right before it that heads it ("بوقف قصف", "إلى إنهاء
     * الهجمات"; the segmenter's بـ there, so a conjunction such as بعدما is none).
     */
    private static boolean governed(TextLayer tl, int t) {
        if (asked(tl, t)) return true;
        // (the act in construct with the masdar carries no preposition of its own: "بالانتقام لمقتل فلان" avenges a killing that happened)
        if (t - 1 < 0 || (tl.proclitics(t) & (TextLayer.LI | TextLayer.KA)) != 0 || tl.surfaceNorm(t).startsWith("لل")
                || tl.surfaceNorm(t).startsWith("ل") && !tl.norm(t).startsWith("ل")) return false;
        String head = tl.surfaceNorm(t - 1);
        boolean bi = (tl.proclitics(t - 1) & TextLayer.BI) != 0 || head.startsWith("بال");
        return bi || t - 2 >= 0 && (tl.surfaceNorm(t - 2).equals("الي") || tl.surfaceNorm(t - 2).equals("علي")) && UnitWords.isWord(tl, t - 1);
    }

    private static boolean asked(TextLayer tl, int t) {
        if (RoleCues.ofTheAct(tl, t)) return true;
        return t - 1 >= 0 && (tl.surfaceNorm(t - 1).equals("الي") || tl.surfaceNorm(t - 1).equals("علي"));
    }

    /** Words after which "على X" + masdar is what X must do: إن/أن (complementisers), يجب، ينبغي، يتعين. */
    private static final Set<String> DUTY = CueWords.set("duty");

    /** The على of "إن على X …"/"يجب على X …" up to twelve words before the act at {@code t}; else -1. */
    private static int dutyBefore(TextLayer tl, int t, int a) {
        for (int p = t - 1; p > Math.max(a, t - 13); p--) {
            if (!tl.surfaceNorm(p).equals("علي")) continue;
            String w = tl.surfaceNorm(p - 1), n = tl.norm(p - 1);
            if (FrameReader.COMPLEMENTISERS.contains(w) || DUTY.contains(w) || DUTY.contains(n)) return p;
        }
        return -1;
    }

    /** A purpose phrase of one or two words ending right before the act at {@code t}. */
    private static boolean purposeBefore(TextLayer tl, int t, int a) {
        for (int p = t - 1; p >= Math.max(a, t - 2); p--) {
            PhraseTable.Match<Boolean> m = PURPOSE.matchAt(tl, p, t);
            if (m != null && m.end() == t) return true;
        }
        return false;
    }

    /** No punctuation and no verbal trigger between the appeal and the act. */
    /** Words that open the list of a noun's items after a comma: "، أبرزها"، "، ومنها" (cue class {@code list-head}). */
    private static final Set<String> LIST_HEADS = CueWords.set("list-head");

    /** As {@link #clear}, but a comma may stand before a word that opens a list of the items. */
    private static boolean listed(TextLayer tl, List<PhraseTable.Match<Trigger>> found, int from, int to) { return clear(tl, found, from, to, true); }

    private static boolean clear(TextLayer tl, List<PhraseTable.Match<Trigger>> found, int from, int to) { return clear(tl, found, from, to, false); }

    /** No punctuation (but, when {@code list}, a comma before a list word) and no verb trigger in [from, to). */
    private static boolean clear(TextLayer tl, List<PhraseTable.Match<Trigger>> found, int from, int to, boolean list) {
        for (int t = from; t < to; t++) {
            String w = tl.surfaceNorm(t);
            if (w.isEmpty() || Character.isLetterOrDigit(w.charAt(0))) continue;
            if (!list || !(w.equals("،") || w.equals(",")) || t + 1 >= to || !LIST_HEADS.contains(tl.surfaceNorm(t + 1))) return false;
        }
        for (PhraseTable.Match<Trigger> m : found) if (m.value().verbal() && m.start() >= from && m.start() < to) return false;
        return true;
    }
}
