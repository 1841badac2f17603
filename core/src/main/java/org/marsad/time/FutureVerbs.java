package org.marsad.time;

import java.util.HashSet;
import java.util.Set;

/**
 * The future verbs of {@code time/lexicon.tsv} (FUTURE rows written whole: سيعقد، ستعود، ستعيد …):
 * the text layer splits the future prefix only after و ("وسيعقد"), so a bare "ستعود" is recognised
 * here. Immutable, shared.
 */
public final class FutureVerbs {
    private static final Set<String> VERBS = load();

    private FutureVerbs() {}

    /** True for a normalised word (with or without و/ف) that is one of the listed future verbs. */
    public static boolean contains(String normalisedWord) {
        if (normalisedWord == null || normalisedWord.length() < 3) return false;
        if (VERBS.contains(normalisedWord)) return true;
        char c = normalisedWord.charAt(0);
        return (c == 'و' || c == 'ف') && VERBS.contains(normalisedWord.substring(1));
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String f : new TimeLexicon("/time/lexicon.tsv", "/time/numbers.tsv").forms("FUTURE").keySet()) {
            // single words beginning with the future prefix سـ (not سوف itself, not phrases)
            if (f.indexOf(' ') < 0 && f.length() > 3 && f.charAt(0) == 'س' && "يتنا".indexOf(f.charAt(1)) >= 0) out.add(f);
        }
        return org.marsad.text.WordSet.of(out);
    }
}
