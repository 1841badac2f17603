package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;

/** TextLayer.wordId: one id per distinct word of a document, never shared by two words. */
class WordIdTest {
    private static TextLayer layer(String text) {
        return new TextAnalyzer(Set.of()).analyze(Document.of("t", "", text, null));
    }

    @Test
    void repeatsShareAnIdAndDifferentWordsDoNot() {
        TextLayer t = layer("زار الوزير عمّان، ثم زار الوزير بيروت. وقال الوزير إن الزيارة ناجحة، وإن الزيارة الثانية قريبة.");
        Map<Integer, String> wordOf = new HashMap<>();
        for (int i = 0; i < t.tokenCount(); i++) {
            int id = t.wordId(i);
            assertTrue(id >= 0 && id < t.wordCount(), "id in range");
            String key = t.surfaceNorm(i) + "|" + t.norm(i) + "|" + t.proclitics(i);
            String before = wordOf.putIfAbsent(id, key);
            if (before != null) assertEquals(before, key, "an id stands for one word");
        }
        // the repeated words and the repeated comma share their ids
        assertEquals(t.wordId(0), t.wordId(indexOf(t, "زار", 1)));
        assertEquals(t.wordId(indexOf(t, ",", 0)), t.wordId(indexOf(t, ",", 1)));
        assertNotEquals(t.wordId(indexOf(t, "عمان", 0)), t.wordId(indexOf(t, "بيروت", 0)));
    }

    @Test
    void eachDocumentCountsFromZero() {
        TextLayer a = layer("قصفت الطائرات القرية."), b = layer("انسحبت القوات.");
        assertEquals(0, b.wordId(0));
        assertTrue(a.wordCount() <= a.tokenCount() && b.wordCount() <= b.tokenCount());
    }

    private static int indexOf(TextLayer t, String surface, int nth) {
        for (int i = 0, seen = 0; i < t.tokenCount(); i++) if (t.surfaceNorm(i).equals(surface) && seen++ == nth) return i;
        throw new AssertionError("no " + surface + " #" + nth);
    }
}
