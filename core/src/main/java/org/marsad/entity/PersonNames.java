package org.marsad.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.kb.KbNames;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.PersonTerm;
import org.marsad.text.TextAnalyzer;

/**
 * Words that are parts of people's names, as tagger features: the given and family names of
 * {@code kb/first-names.tsv} and the first and last words of every KB person's Arabic names.
 * A feature, not a decision: a given name that is also an everyday word (أمل، جمعة) has its own bit.
 */
final class PersonNames {
    /** Bits of {@link #bits}: unambiguous given name, given name that is also a common word, family name, first word of a KB person. */
    static final int GIVEN = 1, GIVEN_COMMON = 2, FAMILY = 4, KB_FIRST = 8;

    private final Map<String, Integer> bits = new HashMap<>();

    PersonNames(TextAnalyzer analyzer, KnowledgeBase kb) {
        for (Map<String, String> row : Lexicons.rows("/kb/first-names.tsv")) {
            String[] keys = KbNames.keys(analyzer, row.get("name"));
            if (keys.length != 1) continue;
            int b = row.get("part").equals("family") ? FAMILY : "yes".equals(row.get("common")) ? GIVEN_COMMON : GIVEN;
            bits.merge(keys[0], b, (x, y) -> x | y);
        }
        for (List<PersonTerm> terms : kb.people().values()) {
            for (PersonTerm t : terms) {
                for (String name : t.namesAr()) {
                    String[] keys = KbNames.keys(analyzer, name);
                    if (keys.length < 2) continue;   // a lone surname form (لافروف) is added as family below
                    bits.merge(keys[0], KB_FIRST, (x, y) -> x | y);
                    bits.merge(keys[keys.length - 1], FAMILY, (x, y) -> x | y);
                }
            }
        }
    }

    /**
     * Name bits of a match key; a word the analyzer left whole is also tried without a leading
     * conjunction or preposition (وسامر، لمحفوظ), since unknown names are not segmented.
     */
    int bits(String key) {
        Integer b = bits.get(key);
        if (b != null) return b;
        if (key.length() >= 4 && "وفبلك".indexOf(key.charAt(0)) >= 0) {
            String rest = key.substring(1);
            b = bits.get(KbNames.key(rest));
            if (b == null) b = bits.get(rest);
            if (b != null) return b;
        }
        return 0;
    }
}
