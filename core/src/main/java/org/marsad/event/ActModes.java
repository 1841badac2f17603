package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;

/**
 * The weapon mode and the status of an act read from its clause: the first weapon the clause
 * names (made more precise by a later one of its family), and planned / hypothetical / negated
 * from the trigger's form and the modality cues around it.
 */
final class ActModes {
    /**
     * Attacks never told as a metaphor or as a crowd's own violence: bombs, suicide attacks, air strikes,
     * shelling, shooting (a protest's scuffles are the protest's; sport's "قذيفة" is a hard shot, so
     * {@link TopicContext} keeps these but shelling).
     */
    static final java.util.Set<String> STANDALONE_ATTACK_MODES = java.util.Set.of("explosives", "suicide-attack", "aerial",
            "drone", "heavy-weapons", "targeted", "firearms");

    private ActModes() {}

    /**
     * The weapon of an attack is the first one its clause names ("قصفت ... بالمدفعية والطائرات
     * المسيرة" is shelling); a later weapon of the same family only makes it more precise: a drone
     * is an aerial weapon, a suicide bomber an explosive one ("غارة بطائرة مسيرة" → drone).
     */
    static void refineMode(Candidate c, List<PhraseTable.Match<CueLexicon.Weapon>> weapons, int ca, int cb) {
        if (c.mode != null && rankOf(c.mode) >= 99) return;          // abduct, targeted …: not a weapon mode
        String first = null;
        int firstAt = Integer.MAX_VALUE;
        // "وتزامنت الغارات مع قصف مدفعي": a weapon in the trigger itself names its own means, before the clause's first
        // (not a weapon noun that is only the means of the clause's act: "قصفت … بالمدفعية والطائرات المسيرة")
        if (!c.weak) for (PhraseTable.Match<CueLexicon.Weapon> w : weapons) {
            if (w.value().defence()) continue;
            if (w.start() >= c.trigStart && w.end() <= c.trigEnd && w.start() < firstAt) { first = w.value().mode(); firstAt = w.start(); }
        }
        if (first == null) for (PhraseTable.Match<CueLexicon.Weapon> w : weapons) {
            if (w.value().defence() || w.start() < ca || w.end() > cb || w.start() >= firstAt) continue;
            first = w.value().mode(); firstAt = w.start();
        }
        if (first != null) {
            c.mode = first;
            for (PhraseTable.Match<CueLexicon.Weapon> w : weapons) {
                if (w.value().defence() || w.start() < ca || w.end() > cb) continue;
                String m = w.value().mode();
                if (family(m) == family(c.mode) && rankOf(m) < rankOf(c.mode)) c.mode = m;
            }
        }
        if ("suicide-attack".equals(c.mode)) c.context.add("terrorism");
    }

    /** Weapon families: air (aerial, drone), explosive (explosives, suicide-attack), the rest alone. */
    private static int family(String mode) {
        if ("aerial".equals(mode) || "drone".equals(mode)) return 1;
        if ("explosives".equals(mode) || "suicide-attack".equals(mode)) return 2;
        if ("heavy-weapons".equals(mode)) return 3;
        return "firearms".equals(mode) ? 4 : 0;
    }

    private static int rankOf(String mode) {
        if (mode == null) return 98;
        return switch (mode) {
            case "suicide-attack" -> 1; case "drone" -> 2; case "aerial" -> 3; case "explosives" -> 4;
            case "heavy-weapons" -> 5; case "firearms" -> 6; default -> 99;
        };
    }

    /** قد (also وقد), which before an imperfect is "may". */
    private static boolean mayWord(TextLayer tl, int t) {
        String w = tl.surfaceNorm(t);
        return w.equals("قد") || w.equals("وقد") || tl.norm(t).equals("قد");
    }

    /** Perfects of form V/VI verbs, whose ت is no imperfect prefix (cue class {@code t-perfect}: تبنى، تعهد، تعرض). */
    private static final java.util.Set<String> T_PERFECT = CueWords.set("t-perfect");

    /**
     * A verb form that begins as an imperfect does (ي، ت): after قد it is "may", not "has" (not the perfect of a
     * form V/VI verb, "قد تبنت الحركة", "قد تعرض لقصف", nor its 3rd feminine "تبنت"، "تعرضت").
     */
    private static boolean imperfectLook(TextLayer tl, int t) {
        String w = tl.surfaceNorm(t);
        if (w.isEmpty() || w.charAt(0) != 'ي' && w.charAt(0) != 'ت') return false;
        if (w.charAt(0) == 'ي') return true;
        // (the 3rd feminine: تعرضت → تعرض, and of a defective verb: تبنت → تبنى)
        String bare = w.endsWith("ت") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
        return !T_PERFECT.contains(w) && !T_PERFECT.contains(bare) && !T_PERFECT.contains(bare + "ي") && !T_PERFECT.contains(tl.norm(t));
    }

    /**
     * planned / hypothetical / negated from the trigger's form and the cues before it; else asserted.
     * {@code lightVerb}: the light verb of a noun act ("وقد تشن إسرائيل هجوما": قد before it is "may"), or -1.
     */
    static String status(TextLayer tl, PhraseTable.Match<Trigger> m, int ca, int a, List<PhraseTable.Match<CueLexicon.Modality>> modal, int lightVerb) {
        String st = "asserted";
        boolean planned = m.future() || (tl.proclitics(m.start()) & TextLayer.SA) != 0;
        int[] cl = Clauses.of(tl, m.start(), m.end(), a, tl.sentenceEndToken(tl.sentenceOf(m.start())));
        for (PhraseTable.Match<CueLexicon.Modality> q : modal) {
            if (q.start() < cl[0] || q.end() > cl[1]) continue;
            String s = q.value().status();
            boolean before = q.end() <= m.start();
            if (q.value().before()) {
                // "من المقرر أن تعقد المنظمة ... اجتماعا": a plan covers its whole clause, a negation only the next words
                if (before && s.equals("planned") && q.start() >= ca) planned = true;
                if (!before || q.start() < Math.max(ca, m.start() - 4)) continue;
                if (s.equals("negated") && m.start() - q.end() <= 2) return "negated";
                if (s.equals("hypothetical")) st = "hypothetical";
                if (s.equals("planned")) planned = true;
            } else {
                // a denial reaches the act it denies ("نفى أن يكون قد قصف"), not an accusation noun it answers
                if (s.equals("negated") && before && m.start() - q.end() <= 6 && !m.value().type().equals("ACCUSE")) return "negated";
                if (s.equals("planned")) planned = true;
            }
        }
        // a future verb earlier in the clause: "ستعود العقوبات", "سيعقد الاجتماع"
        for (int p = cl[0]; p < m.start() && !planned; p++) planned = (tl.proclitics(p) & TextLayer.SA) != 0;
        // a future verb of the clause before the trigger, or a few words after a noun trigger that is its subject ("عقوبات جديدة على روسيا ستفرض")
        if (!planned) planned = StatusCues.futureVerbIn(tl, cl[0], m.start()) || StatusCues.futureVerbIn(tl, m.end(), Math.min(cl[1], m.end() + 3));
        if (m.start() > a && mayWord(tl, m.start() - 1) && imperfectLook(tl, m.start())) st = "hypothetical";
        // ("قد تشن إسرائيل هجوما في الأيام المقبلة": "may" makes an act to come a possible one)
        if (st.equals("asserted") && lightVerb > a && mayWord(tl, lightVerb - 1) && imperfectLook(tl, lightVerb)) st = "hypothetical";
        if (st.equals("hypothetical")) return st;
        return planned ? "planned" : st;
    }
}
