package org.marsad.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Closed word classes of the event engine ({@code lexicon/cue-words.tsv}: one word a line with
 * its class): prepositions, complementisers, relative pronouns, time words, the words for "the two
 * sides" and the like. Words are folded like text-layer tokens, so a class is compared with
 * {@code TextLayer.norm}/{@code surfaceNorm}. An unknown class is an error, not an empty set: a
 * misspelt class name in code would otherwise silently switch a rule off.
 */
final class CueWords {
    private CueWords() {}

    private static final Map<String, List<String>> CLASSES = load();

    private static Map<String, List<String>> load() {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] r : LexiconFile.rows("/lexicon/cue-words.tsv")) {
            if (r[0].isEmpty() || r[1].isEmpty()) throw new IllegalStateException("cue-words.tsv: empty cell in " + String.join("\t", r));
            out.computeIfAbsent(r[1], k -> new ArrayList<>()).add(ArabicNormalizer.normalize(r[0]));
        }
        return out;
    }

    private static List<String> words(String cls) {
        List<String> w = CLASSES.get(cls);
        if (w == null) throw new IllegalStateException("cue-words.tsv has no class '" + cls + "'");
        return w;
    }

    /** The words of a class, folded. */
    static Set<String> set(String cls) { return org.marsad.text.WordSet.of(words(cls)); }

    /** The words of several classes, folded. */
    static Set<String> union(String... classes) {
        List<String> all = new ArrayList<>();
        for (String c : classes) all.addAll(words(c));
        return org.marsad.text.WordSet.of(all);
    }

    /** The words of a class in file order, folded (for substring tests that scan them in turn). */
    static String[] array(String cls) { return words(cls).toArray(new String[0]); }

    /** Every class name (for the examples test). */
    static Set<String> classes() { return Set.copyOf(CLASSES.keySet()); }
}
