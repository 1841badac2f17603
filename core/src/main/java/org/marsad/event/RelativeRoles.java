package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Roles of a verb inside a relative clause that carries an object pronoun. With a subject of its own
 * after the verb, the pronoun resumes the relative's antecedent, which is then the one acted on
 * ("إريتريا، التي لطالما اتهمتها أديس أبابا بإيواء المتمردين": Addis Ababa accuses Eritrea). With none, the relative is the
 * subject and the pronoun names a party told before the antecedent ("إن الحكومة البورمية تتجاهل بيان
 * مجلس الأمن الذي طالبها بالإفراج عن المعتقلين": the Council asked the Burmese government).
 */
final class RelativeRoles {
    private RelativeRoles() {}

    /** Words that may stand between a relative and its verb: "التي لطالما اتهمتها", "الذي كان قد طالبها". */
    private static final Set<String> FILLERS = CueWords.set("relative-filler");

    /** Applies the reading to {@code actor}/{@code recipient} of the verb at {@code ts}..{@code te}. */
    static void resumptive(TextLayer tl, List<Unit> units, boolean[] usable, int ts, int te, int ca, List<Unit> actor, List<Unit> recipient) {
        int rel = relativeBefore(tl, ts, ca);
        if (rel < 0) return;
        Unit antecedent = null;
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (usable[k] && u.party(false) && u.end() <= rel && rel - u.end() <= 4 && !boundaryBetween(tl, u.end(), rel)) antecedent = u;
        }
        if (antecedent == null) return;
        boolean subjectAfter = false;
        for (Unit u : actor) subjectAfter |= u.first() >= te;
        if (subjectAfter) {
            if (!recipient.contains(antecedent)) { recipient.clear(); recipient.add(antecedent); }
            return;
        }
        // the relative is the subject: the pronoun is a party named before the antecedent, of another state
        Unit named = null;
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!usable[k] || !u.party(false) || !u.hasCode() || u.end() > antecedent.first()) continue;
            if (u.code().equals(antecedent.code())) continue;
            named = u;
        }
        actor.clear();
        actor.add(antecedent);
        if (named != null && recipient.isEmpty()) recipient.add(named);
    }

    /**
     * The subject of the verb ending at {@code te} is followed at once by a relative clause that runs to the
     * comma at {@code cb}: "اتهمت الحركة التي تنشط في الجنوب، القوات الكينية": what follows the comma is the object.
     */
    static boolean closesRelative(TextLayer tl, List<Unit> actor, int te, int cb) {
        if (!tl.surfaceNorm(cb).equals(",")) return false;
        for (Unit u : actor) {
            if (u.first() < te || u.end() >= cb) continue;
            String n = tl.surfaceNorm(u.end());
            if (RoleCues.RELATIVES.contains(n)) return true;
        }
        return false;
    }

    /** Speech acts whose verbs (طالب، دعا، حث، اتهم، ندد، رفض، هدد …) have no root ending in ت. */
    private static final Set<String> SPEECH_TYPES = Set.of("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT");
    /** Head nouns of masculine singular bodies and offices: مجلس، الجيش، الاتحاد، الرئيس … (cue class). */
    private static final Set<String> MASCULINE = CueWords.set("masculine-head");

    /**
     * The verb of a speech act at {@code ts} is marked feminine (طالبت، دعت، تطالب) and the phrase after it
     * is headed by a masculine singular body or office (مجلس الأمن، الجيش، الرئيس): it cannot be the verb's
     * subject ("مذكرة طالبت فيها مجلس الأمن بعقد جلسة" — the note's author asks the Council), so it is the object.
     */
    /** Perfects of form V/VI verbs, which begin with ت in the masculine: توعد، تعهد، تبادل. */
    private static final Set<String> T_PERFECT = CueWords.set("t-perfect");

    static boolean genderClash(TextLayer tl, int ts, Unit u, String type) {
        if (!SPEECH_TYPES.contains(type)) return false;
        String v = tl.surfaceNorm(ts);
        if ((tl.proclitics(ts) & (TextLayer.WA | TextLayer.FA)) != 0 && v.length() > 1 && (v.charAt(0) == 'و' || v.charAt(0) == 'ف')) v = v.substring(1);
        if ((tl.proclitics(ts) & TextLayer.SA) != 0 && v.length() > 1 && v.charAt(0) == 'س') v = v.substring(1);
        // (a leading ت is no feminine prefix on the perfect of a form V/VI verb: "توعد زعيم الحركة")
        boolean feminine = v.length() >= 4 && (v.endsWith("ت") && !v.endsWith("ات") || v.charAt(0) == 'ت' && !T_PERFECT.contains(v));
        if (!feminine) return false;
        String head = tl.norm(u.first()), surface = tl.surfaceNorm(u.first());
        return MASCULINE.contains(head) || MASCULINE.contains(surface);
    }

    /** The relative word before the verb at {@code ts} (fillers allowed between), or -1. */
    private static int relativeBefore(TextLayer tl, int ts, int floor) {
        for (int p = ts - 1, k = 0; p >= floor && k < 4; p--, k++) {
            String n = tl.surfaceNorm(p);
            if (n.startsWith("و") && RoleCues.RELATIVES.contains(n.substring(1))) return p;
            if (RoleCues.RELATIVES.contains(n)) return p;
            if (!FILLERS.contains(n) && !FILLERS.contains(tl.norm(p))) return -1;
        }
        return -1;
    }

    /** A sentence-internal stop between a phrase and the relative: then the phrase is not its antecedent. */
    private static boolean boundaryBetween(TextLayer tl, int from, int to) {
        for (int p = from; p < to; p++) {
            String n = tl.surfaceNorm(p);
            if (n.equals(".") || n.equals(":") || n.equals(";")) return true;
        }
        return false;
    }
}
