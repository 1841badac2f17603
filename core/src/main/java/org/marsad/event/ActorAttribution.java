package org.marsad.event;

import java.util.List;
import org.marsad.entity.Mention;
import org.marsad.entity.MentionKind;
import org.marsad.text.TextLayer;

/**
 * Who did it when the clause leaves the actor without a state or unsaid: the owner of the weapon
 * ("برصاص الجيش", "طائرة تابعة للقوات الأميركية") and the state of unattributed civilians in an
 * article that places nothing.
 */
final class ActorAttribution {
    private ActorAttribution() {}

    /** The state the article's parties (not its places, not international bodies) name most often; the first named on a tie. */
    static String mostNamedState(List<Mention> ms) {
        java.util.Map<String, Integer> n = new java.util.LinkedHashMap<>();
        for (Mention m : ms) {
            if (m.code() != null && m.kind() != MentionKind.PLACE && !m.code().startsWith("IGO")) n.merge(m.code(), 1, Integer::sum);
        }
        String best = null;
        for (var e : n.entrySet()) if (best == null || e.getValue() > n.get(best)) best = e.getKey();
        return best;
    }

    /**
     * An article that places nothing: its unattributed civilians (متظاهرون، مواطنون، طلاب) belong to the
     * state it is about, the one it names most. Armed men and forces are not guessed so: gunmen
     * attacking American troops are not American.
     */
    static void namedStateOfGenericActors(Candidate c, String state) {
        for (List<Party> side : List.of(c.actor, c.recipient)) {
            for (int k = 0; k < side.size(); k++) {
                Party p = side.get(k);
                if (p.code() != null || p.sector() == null) continue;
                if (p.sector().equals("CVL") || p.sector().equals("OPP")) side.set(k, new Party(p.text(), state, p.sector(), p.name()));
            }
        }
    }

    /** Words of an attacker whose side the text does not know: مسلحون مجهولون، مجموعة مسلحة، انتحاري. */
    private static final java.util.Set<String> ANONYMOUS = CueWords.set("anonymous-attacker");

    /**
     * "فتح مسلحون مجهولون النار", "اقتحمت مجموعة مسلحة المقر", "هجوم انتحاري استهدف": a generic attacker
     * made only of words of an unknown side (no demonym, no named group, no state of its own).
     */
    static boolean anonymous(Party p) {
        if (p.code() != null || p.sector() == null || p.name() != null) return false;
        String[] ws = org.marsad.text.ArabicNormalizer.normalize(p.text()).split("\\s+");
        for (String w : ws) {
            String s = w;
            if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) s = s.substring(1);
            if (!ANONYMOUS.contains(s) && s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل')) s = s.substring(1);
            if (!ANONYMOUS.contains(s) && s.startsWith("ال") && s.length() > 4) s = s.substring(2);
            else if (!ANONYMOUS.contains(s) && s.startsWith("ل") && s.length() > 3) s = s.substring(1);
            if (!ANONYMOUS.contains(s) && s.length() > 4 && s.endsWith("ا")) s = s.substring(0, s.length() - 1);   // هجوما انتحاريا
            if (!ANONYMOUS.contains(s)) return false;
        }
        return ws.length > 0;
    }

    /** Weapon nouns whose genitive owns the weapon: "برصاص الجيش", "بنيران القوات التركية", "بقذيفة إسرائيلية". */
    static final java.util.Set<String> WEAPONS = CueWords.set("weapon-owner");

    /**
     * "أصيب 35 من المحتجين برصاص الشرطة الكينية": an attack told by its toll names its attacker as the
     * owner of the weapon (بـ + weapon + the party, or the party's demonym on the weapon).
     */
    static void attackersByWeapon(List<Candidate> cs, TextLayer tl, List<Unit> units) {
        for (Candidate c : cs) {
            if (!c.type.equals("ASSAULT") || c.mutual || !c.actor.isEmpty()) continue;
            for (Unit u : units) {
                if (u.place() || !u.hasCode()) continue;
                int w = u.demonym() ? u.first() : u.first() - 1;   // "بقذيفة إسرائيلية" / "برصاص الجيش"
                if (w < tl.sentenceFirstToken(c.sentence) || !byWeapon(tl, w) && !ownedWeapon(tl, w, tl.sentenceFirstToken(c.sentence))) continue;
                boolean victim = false;
                for (Party p : c.recipient) victim |= u.parties().contains(p);
                if (victim) c.recipient.removeAll(u.parties());
                for (Party p : u.parties()) Candidate.addParty(c.actor, p);
                break;
            }
        }
    }

    /** "زورق مسلح سريع تابع للبحرية الإيرانية": a weapon or craft up to four words before "تابعة لـ" the unit. */
    private static boolean ownedWeapon(TextLayer tl, int w, int a) {
        if (!SentenceUnits.OWNED.contains(tl.surfaceNorm(w))) return false;
        for (int p = w - 1; p >= Math.max(a, w - 4); p--) if (WEAPONS.contains(tl.norm(p)) || WEAPONS.contains(tl.surfaceNorm(p))) return true;
        return false;
    }

    /** "بنيران", "برصاص" (the segmenter may leave بـ on a word that could be a stem of its own). */
    private static boolean byWeapon(TextLayer tl, int w) {
        if ((tl.proclitics(w) & TextLayer.BI) != 0 && WEAPONS.contains(tl.norm(w))) return true;
        String n = tl.surfaceNorm(w);
        if (n.startsWith("و")) n = n.substring(1);
        return n.startsWith("ب") && WEAPONS.contains(n.substring(1));
    }
}
