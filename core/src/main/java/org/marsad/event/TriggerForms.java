package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextLayer;

/**
 * What the form of a trigger word says it is: a verb form that is its masdar (with the article, after a
 * preposition, as the object of an announcement), a bare verb form, a counted figure, and "مسيرة"
 * (a march or a drone) read as the drone.
 */
final class TriggerForms {
    private TriggerForms() {}

    private static final Set<String> MARCH_OR_DRONE = CueWords.set("march-or-drone");
    private static final Set<String> DRONE_ADJECTIVES = CueWords.set("drone-adjective");

    /** "اختطف مسلحون 20 طالبا": a one-word form in the accusative right after a figure is a counted noun ("طالبا" students, not "demanded"). */
    static boolean countedNoun(TextLayer tl, PhraseTable.Match<Trigger> m, int a) {
        return m.end() - m.start() == 1 && m.start() > a && startsWithDigit(tl.surfaceNorm(m.start() - 1)) && tl.surfaceNorm(m.start()).endsWith("ا");
    }

    private static final Set<String> ROUNDS = CueWords.set("round"), WEAPON_INDUSTRY = CueWords.set("weapon-industry");

    /** "مسيرته التعليمية"، "مسيرتها الفنية": a march word with a possessive pronoun is one's path or career, no protest. */
    static boolean possessedMarch(TextLayer tl, PhraseTable.Match<Trigger> m) {
        return m.value().type().equals("PROTEST") && m.end() - m.start() == 1 && UnitWords.feminineWithPronoun(tl, m.start())
                && PhraseTable.hasForm(tl, m.start(), MARCH_OR_DRONE);
    }

    /** "ببرنامج الطائرات المسيرة"، "صفقة صواريخ": a weapon noun in the genitive of making, owning or trading one is no attack. */
    static boolean weaponTraded(TextLayer tl, PhraseTable.Match<Trigger> m, int a) {
        return m.value().type().equals("ASSAULT") && !m.value().verbal() && m.start() > a && PhraseTable.hasForm(tl, m.start() - 1, WEAPON_INDUSTRY);
    }

    /**
     * "جولة جديدة من المفاوضات"، "سلسلة من الغارات": a definite act noun after من and a noun of rounds or series (an
     * adjective between at most) is a new instance of the act, not one referred to.
     */
    static boolean roundOf(TextLayer tl, int t, int a) {
        if (t - 2 < a || !tl.surfaceNorm(t - 1).equals("من")) return false;
        return PhraseTable.hasForm(tl, t - 2, ROUNDS) || t - 3 >= a && PhraseTable.hasForm(tl, t - 3, ROUNDS);
    }

    private static final Set<String> JUDGING = CueWords.set("judging");

    /**
     * "وندد بالغارة واعتبرها خرقا للهدنة"، "ووصفه بالعدوان": an act noun right after a verb of judging with an
     * object pronoun is the name given to an act already told (the pronoun's), no act of its own (a verb form
     * there, "خرقا", is the noun in the accusative).
     */
    static boolean judgedAs(TextLayer tl, PhraseTable.Match<Trigger> m, int a) {
        return m.start() - 1 >= a && judging(tl, m.start() - 1);
    }

    /** A verb of judging with an object pronoun ("واعتبرها"): it opens no report, whatever frame its verb also is. */
    static boolean judging(TextLayer tl, int t) {
        return PhraseTable.hasForm(tl, t, JUDGING) && RoleCues.objectPronoun(tl, t);
    }

    static boolean startsWithDigit(String w) { return !w.isEmpty() && Character.isDigit(w.charAt(0)); }

    /** A form with the article (not "التقى", "التزم": a stem that itself begins with ال). */
    static boolean definite(TextLayer tl, int t) {
        String sn = tl.surfaceNorm(t);
        return (tl.proclitics(t) & TextLayer.AL) != 0 || !tl.norm(t).startsWith("ال")
                && (sn.startsWith("ال") || sn.startsWith("وال") || sn.startsWith("بال") || sn.startsWith("لل"));
    }

    /**
     * A verb form that is its masdar: with the article or a preposition ("بالتعاون مع", "بقصف", "الاتصال"), or
     * governed by a preposition or a word of cause or time ("في قصف"، "جراء قصف"، "إثر هجوم").
     */
    static boolean masdarForm(TextLayer tl, int t, int a) {
        return definite(tl, t) || (tl.proclitics(t) & (TextLayer.BI | TextLayer.LI)) != 0 || t > a && SentenceReader.NOUN_GOVERNORS.contains(tl.surfaceNorm(t - 1));
    }

    /** The bare form of a verb (no suffix, no و/ف) right after a report verb's subject. */
    static boolean bare(TextLayer tl, int t) { return tl.proclitics(t) == 0 && tl.surfaceNorm(t).equals(tl.norm(t)); }

    /** ... or with a possessive pronoun ("وأكد الرئيسان رفضهما": what one confirms is no verb standing alone). */
    static boolean objectOfReport(TextLayer tl, List<FrameReader.FrameUse> frames, int t) {
        if (!bare(tl, t) && !(tl.proclitics(t) == 0 && RoleCues.possessed(tl, t))) return false;
        for (FrameReader.FrameUse f : frames) if (f.verbal() && f.source() != null && f.source().end() == t && f.end() <= f.source().first()) return true;
        return false;
    }

    /** ... and so after a light verb and its subject: "وجدد الزعيمان رفضهما"، "واصلت القوات قصف". */
    static boolean objectOfLightVerb(TextLayer tl, List<Unit> units, RoleReader roles, int t) {
        if (!bare(tl, t) && !(tl.proclitics(t) == 0 && RoleCues.possessed(tl, t))) return false;
        for (Unit u : units) if (u.end() == t && u.prep() == null && !u.place() && u.first() > 0 && roles.isLightVerb(tl, u.first() - 1)) return true;
        return false;
    }

    /**
     * A protest trigger on a word that is also "drone" (مسيرة/مسيرات) read as the drone: an attack
     * verb right before or after it has it as subject ("استهدفت مسيرات روسية محطة"، "مسيرة قصفت
     * سيارة"), it is the instrument of بـ ("هاجم الموقع بمسيرات"), or an attack phrase holds it ("طائرة
     * مسيرة مفخخة").
     */
    static boolean droneNotMarch(TextLayer tl, List<PhraseTable.Match<Trigger>> found, PhraseTable.Match<Trigger> m, RoleReader roles) {
        if (!m.value().type().equals("PROTEST") || m.end() - m.start() != 1
                || !MARCH_OR_DRONE.contains(ArabicNormalizer.normalize(tl.norm(m.start())))) return false;
        if ((tl.proclitics(m.start()) & TextLayer.BI) != 0) return true;
        // "بعشرات المسيرات الانتحارية": the instrument of بـ through a count, or a drone's adjective after it
        if (m.start() > 0 && (tl.proclitics(m.start() - 1) & TextLayer.BI) != 0 && SentenceUnits.QUANTIFIERS.contains(tl.norm(m.start() - 1))) return true;
        if (m.end() < tl.tokenCount() && (DRONE_ADJECTIVES.contains(tl.surfaceNorm(m.end())) || DRONE_ADJECTIVES.contains(tl.norm(m.end())))) return true;
        // "بالصواريخ والمسيرات": joined by و to a weapon, a weapon too
        if (m.start() > 0 && (tl.proclitics(m.start()) & TextLayer.WA) != 0 && RoleWords.is(tl, m.start() - 1, RoleWords.INSTRUMENT)) return true;
        // "قصف نفذته مسيرات": the subject of a light verb carrying the pronoun of the act before it
        if (m.start() > 0 && roles.isLightVerb(tl, m.start() - 1) && RoleCues.objectPronoun(tl, m.start() - 1)) return true;
        // "أسقطت مسيرة"، "اعترضت 3 مسيرات": what is intercepted is a drone (a count may stand between)
        if (m.start() > 0 && Interception.isIntercept(tl, m.start() - 1)) return true;
        if (m.start() > 1 && Interception.isIntercept(tl, m.start() - 2) && startsWithDigit(tl.surfaceNorm(m.start() - 1))) return true;
        for (PhraseTable.Match<Trigger> v : found)
            if (v.value().type().equals("ASSAULT") && (v.value().verbal() && (v.end() == m.start() || v.start() == m.end())
                    || v.start() <= m.start() && v.end() >= m.end() && v != m)) return true;   // or inside "طائرة مسيرة"
        return false;
    }
}
