package org.marsad.entity;

import java.util.List;
import java.util.Set;
import org.marsad.kb.Country;
import org.marsad.kb.KbKind;
import org.marsad.kb.KbRef;
import org.marsad.kb.Organisation;
import org.marsad.text.TextLayer;

/** Organisation heads (وزارة X، قوات X، حركة X …) and place nouns (بلدة X، محافظة X). */
final class OrgPatterns {
    private OrgPatterns() {}

    /** Military kinds that fall back to the armed forces when the KB lists no separate service. */
    private static final Set<String> MILITARY = Set.of("airforce", "navy");

    static Scan.Step orgHead(Scan sc, int i, int end, Lexicons.Phrase p) {
        int j = i + p.keys().length;
        String mode = p.col("mode"), kind = p.col("kind");
        if (mode.equals("state") || mode.equals("both")) {
            int k = j;
            if (k < end && sc.key(k).equals("في") && !kind.equals("army")) k++;   // وزارة الصحة في غزة
            KbRef h = sc.holderAt(k, end);
            if (h != null && (h.kind() == KbKind.DEMONYM || h.kind() == KbKind.COUNTRY)
                    && (k == j || h.kind() == KbKind.COUNTRY)) {
                return new Scan.Step(sc.lastHolderEnd, List.of(institution(sc, i, sc.lastHolderEnd, h.code(), kind, p)));
            }
            // An unqualified ministry or force (وزارة الداخلية، قوات الأمن) is the state the text is about.
            // The same kind of institution named earlier with its state wins (وزارة الخزانة الأميركية … وزارة الخزانة).
            String earlier = sc.lastStateOf(kind);
            String state = earlier != null ? earlier : sc.dominant;
            if (p.keys().length >= 2 && state != null && (k == j || !sc.key(j).equals("في"))) {
                return new Scan.Step(j, List.of(institution(sc, i, j, state, kind, p)));
            }
            if (mode.equals("state")) return null;
        }
        // name mode: a KB body or group right after the head, else name-like words.
        Scan.Step d = sc.dictionary(j, end);
        if (d != null) {
            Found f = d.found().get(0);
            if (f.kind() == MentionKind.GROUP || f.kind() == MentionKind.IGO || f.kind() == MentionKind.INSTITUTION) {
                return new Scan.Step(d.end(), List.of(new Found(i, d.end(), f.kind(), f.type(), f.key(), f.id(), f.name(), f.code(), f.sector(), null)));
            }
        }
        int e = orgNameRun(sc, j, end);
        if (e <= j) return null;
        TextLayer t = sc.text();
        boolean headDefinite = (t.proclitics(i) & TextLayer.AL) != 0 || t.norm(i).startsWith("ال");
        boolean firstDefinite = definite(t, j) || (t.proclitics(j) & TextLayer.LI) != 0;
        // المجلس البلدي، حركة النهضة، لجنة حماية الصحفيين — but not الحركة تقبل or ميليشيات موالية.
        if (headDefinite && !firstDefinite) return null;
        boolean namedPlace = d != null && (d.found().get(0).kind() == MentionKind.PLACE || d.found().get(0).kind() == MentionKind.COUNTRY);
        if (!headDefinite && !firstDefinite && e - j < 2 && !namedPlace) return null;   // مستشفى دمشق yes, ميليشيات موالية no
        String code = null;
        for (int k = j; k < e; k++) {
            KbRef h = sc.holderAt(k, e);
            if (h != null && h.kind() == KbKind.DEMONYM) code = h.code();
        }
        String sector = p.col("sector").isEmpty() ? null : p.col("sector");
        return new Scan.Step(e, List.of(new Found(i, e, MentionKind.ORG, "ORG", "ORG:" + sc.joinKeys(i, e), null, null, code, sector, null)));
    }

    /** A state's institution: the KB's entry when it has one, else one named from the pattern. */
    private static Found institution(Scan sc, int i, int e, String code, String kind, Lexicons.Phrase p) {
        sc.noteState(kind, code);
        Organisation o = sc.institution(code, kind).orElse(null);
        if (o == null && MILITARY.contains(kind)) o = sc.institution(code, "army").orElse(null);
        String sector = p.col("sector").isEmpty() ? null : p.col("sector");
        if (o != null) {
            return new Found(i, e, MentionKind.INSTITUTION, "ORG", o.id(), o.id(), o.nameEn(), code, o.sector() != null ? o.sector() : sector, null);
        }
        Country c = sc.country(code);
        String state = c == null ? code : c.nameEn();
        String name = p.col("name_en").isEmpty() ? null : p.col("name_en").replace("{state}", state);
        String mergeKind = MILITARY.contains(kind) ? "army" : kind;
        return new Found(i, e, MentionKind.INSTITUTION, "ORG", "inst:" + code + ":" + mergeKind, null, name, code, sector, null);
    }

    /**
     * Name words after an organisation head: the first any content word, then words with the
     * article or a genitive ل+ال (المرصد السوري لحقوق الإنسان), up to five words.
     */
    private static int orgNameRun(Scan sc, int j, int end) {
        TextLayer t = sc.text();
        int e = j;
        while (e < end && e - j < 5) {
            if (sc.isStop(e)) break;
            int f = t.proclitics(e);
            boolean definite = definite(t, e);
            if (e > j) {
                if ((f & (TextLayer.WA | TextLayer.FA | TextLayer.BI | TextLayer.KA)) != 0) break;
                if (!definite || sc.isGivenName(e)) break;
                if (sc.rec().lex.orgHeads.match(new String[] {sc.key(e)}, 0, 1) != null && (f & TextLayer.LI) == 0) break;
                // What may follow: a genitive with ل (لحقوق), the noun after it (الإنسان), a nisba
                // adjective (الوطنية), or the second noun of an idafa after an indefinite one (حماية الصحفيين).
                int pf = t.proclitics(e - 1);
                boolean afterGenitive = (pf & TextLayer.LI) != 0;
                boolean afterIndefinite = !definite(t, e - 1) && (pf & TextLayer.LI) == 0;
                boolean genitive = (f & TextLayer.LI) != 0;
                if (!(genitive || afterGenitive || afterIndefinite || isNisba(t.norm(e)))) break;
            } else if ((f & (TextLayer.BI | TextLayer.KA)) != 0) {
                break;
            }
            e++;
        }
        return e;
    }

    /**
     * An adjective by its ending: a nisba (الوطنية، السوري) or a masculine plural participle
     * (المجاهدين، المتحدون); normalised, so ة is ه.
     */
    private static boolean isNisba(String n) {
        return n.endsWith("ي") || n.endsWith("يه") || n.endsWith("ين") || n.endsWith("ون") || n.endsWith("يات");
    }

    private static boolean definite(TextLayer t, int i) {
        return (t.proclitics(i) & TextLayer.AL) != 0 || t.norm(i).startsWith("ال");
    }

    static Scan.Step placeNoun(Scan sc, int i, int end, Lexicons.Phrase p) {
        int j = i + p.keys().length;
        if (j >= end) return null;
        boolean keep = p.col("keep").equals("1");
        Scan.Step d = sc.dictionary(j, end);
        if (d != null) {
            Found f = d.found().get(0);
            if (f.kind() != MentionKind.PLACE && f.kind() != MentionKind.COUNTRY) return null;
            // One entity with the KB place: محافظة صعدة and صعدة are the same referent in news usage.
            int a = keep ? i : j;
            return new Scan.Step(d.end(), List.of(new Found(a, d.end(), MentionKind.PLACE, "LOC", f.key(), f.id(), f.name(), f.code(), null, null)));
        }
        if (sc.isStop(j) || sc.isGivenName(j)) return null;
        TextLayer t = sc.text();
        if ((t.proclitics(j) & (TextLayer.WA | TextLayer.FA | TextLayer.BI | TextLayer.LI | TextLayer.KA)) != 0) return null;
        // "قرية جديدة", "منطقة عازلة": an adjective without the article describes the place; it names none
        if ((t.proclitics(j) & TextLayer.AL) == 0 && !t.norm(j).startsWith("ال") && sc.isPlaceAdjective(j)) return null;
        int e = j + 1;
        boolean definite = (t.proclitics(e < end ? e : j) & ~TextLayer.AL) == 0 && ((t.proclitics(e < end ? e : j) & TextLayer.AL) != 0 || e < end && t.norm(e).startsWith("ال"));
        if (e < end && !sc.isStop(e) && (sc.compoundPlaceWord(j) || definite)) {
            KbRef h = sc.holderAt(e, end);
            if (h == null) e++;
        }
        int a = keep ? i : j;
        return new Scan.Step(e, List.of(new Found(a, e, MentionKind.PLACE, "LOC", "LOC:" + sc.joinKeys(j, e), null, null, null, null, null)));
    }
}
