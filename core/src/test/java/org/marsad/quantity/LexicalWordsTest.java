package org.marsad.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Tokens.lexical skips the lookups of a word none of whose readings is in QuantityLexicon.allWords,
 * so every word list of the lexicon must be in it: a list added without being added there would
 * silently find nothing.
 */
class LexicalWordsTest {
    @Test
    void everyWordListIsInTheUnion() throws IllegalAccessException {
        QuantityLexicon lex = QuantityLexicon.defaults();
        Set<String> all = QuantityLexicon.allWords();
        int lists = 0;
        for (Field f : QuantityLexicon.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            Object v = f.get(lex);
            Collection<?> words = v instanceof Map<?, ?> m ? m.keySet() : v instanceof Set<?> s ? s : null;
            if (words == null) continue;
            lists++;
            for (Object w : words) if (w instanceof String word) assertTrue(all.contains(word), f.getName() + ": " + word);
        }
        assertTrue(lists >= 20, "the lexicon's maps and sets were found");
    }

    @Test
    void aWordOutsideEveryListIsNotLexical() {
        QuantityLexicon.defaults();
        Tokens t = new Tokens("افتتح المعرض 20 قتيلا");
        assertFalse(t.lexical(0));
        assertTrue(t.lexical(3));
    }
}
