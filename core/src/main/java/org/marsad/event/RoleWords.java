package org.marsad.event;

import java.util.HashMap;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextLayer;

/**
 * The word classes of {@code lexicon/role-words.tsv} that decide roles: instruments that are the
 * subject of the verb after them, masdars whose genitive is their object, member nouns whose "في X"
 * is a body, not a place, verbs of naming ("على ما وصفه بـ X") and nouns of death whose genitive
 * is the one killed ("مصرع القائد"). One word may be in several classes.
 */
final class RoleWords {
    static final int INSTRUMENT = 1, OBJECT_GENITIVE = 2, MEMBER = 4, NAMING = 8, DEATH = 16;
    private static final Map<String, Integer> WORDS = new HashMap<>();
    /** The duals of WORDS, looked up after the word itself and its tanwin. */
    private static final Map<String, Integer> DUALS = new HashMap<>();
    static {
        for (String[] r : LexiconFile.rows("/lexicon/role-words.tsv")) {
            int cls = switch (r[1]) {
                case "instrument" -> INSTRUMENT; case "object-genitive" -> OBJECT_GENITIVE;
                case "member" -> MEMBER; case "naming" -> NAMING; case "death" -> DEATH;
                default -> throw new IllegalStateException("role-words.tsv: unknown class " + r[1]);
            };
            for (String f : LexiconFile.split(r[0])) {
                // a two-word form is looked up by its last word: the noun before it is matched on its own
                String w = ArabicNormalizer.normalize(f);
                w = w.substring(w.lastIndexOf(' ') + 1);
                WORDS.merge(w, cls, (x, y) -> x | y);
            }
        }
        // the duals, made once here rather than on every lookup: "صاروخين", "قذيفتين" (the ة written ت before the ending)
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            String w = e.getKey();
            for (String d : new String[] {w + "ين", w + "ان"}) DUALS.putIfAbsent(d, e.getValue());
        }
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            String w = e.getKey();
            if (w.length() < 2 || !(w.endsWith("ه") || w.endsWith("ة"))) continue;
            String stem = w.substring(0, w.length() - 1) + "ت";
            for (String d : new String[] {stem + "ين", stem + "ان"}) DUALS.putIfAbsent(d, e.getValue());
        }
    }


    private RoleWords() {}

    /** Whether token {@code t} is a word of class {@code cls} (its stem, or its surface without clitics and tanwin). */
    static boolean is(TextLayer tl, int t, int cls) {
        if (t < 0 || t >= tl.tokenCount()) return false;
        String w = tl.surfaceNorm(t);
        return (classes(tl.norm(t)) & cls) != 0 || (classes(w) & cls) != 0 || (classes(bare(w)) & cls) != 0;
    }

    /** Whether a normalised word without clitics is of class {@code cls}. */
    static boolean isForm(String w, int cls) { return (classes(w) & cls) != 0; }

    private static int classes(String w) {
        Integer c = WORDS.get(w);
        if (c != null) return c;
        if (w.length() > 3 && w.endsWith("ا") && (c = WORDS.get(w.substring(0, w.length() - 1))) != null) return c;   // tanwin alif
        if (w.length() > 4 && (c = DUALS.get(w)) != null) return c;
        return 0;
    }

    /** The surface without a leading و/ب/ل/ف and the article: "بغاره" → "غاره", "والقيادي" → "قيادي". */
    private static String bare(String w) {
        String s = w;
        if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) s = s.substring(1);
        if (s.length() > 3 && (s.charAt(0) == 'ب' || s.charAt(0) == 'ل')) s = s.substring(1);
        if (s.startsWith("ال") && s.length() > 4) s = s.substring(2);
        else if (s.startsWith("ل") && s.length() > 4 && w.startsWith("لل")) s = s.substring(1);
        return s;
    }
}
