package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** WordSet answers exactly as a HashSet of the same words, and iterates in the order given. */
class WordSetTest {
    @Test
    void sameAnswersAsAHashSet() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) words.add("كلمة" + i);
        words.add("");
        // "Aa" and "BB" share a String hash: the probe must still compare the words themselves
        words.add("Aa");
        WordSet s = WordSet.of(words);
        Set<String> ref = new HashSet<>(words);
        assertEquals(ref.size(), s.size());
        for (int i = -100; i < 700; i++) assertEquals(ref.contains("كلمة" + i), s.contains("كلمة" + i), "كلمة" + i);
        assertTrue(s.contains("Aa"));
        assertFalse(s.contains("BB"));
        assertTrue(s.contains(""));
        assertFalse(s.contains((Object) null));
        assertFalse(s.contains((Object) Integer.valueOf(3)));
        assertEquals(ref, s);
    }

    @Test
    void iteratesInGivenOrderWithoutRepeats() {
        WordSet s = WordSet.of("في", "من", "في", "على");
        assertEquals(List.of("في", "من", "على"), new ArrayList<>(s));
    }

    @Test
    void isImmutableAndRejectsNull() {
        WordSet s = WordSet.of("في");
        assertThrows(UnsupportedOperationException.class, () -> s.add("من"));
        assertThrows(NullPointerException.class, () -> WordSet.of(java.util.Arrays.asList("في", null)));
    }
}
