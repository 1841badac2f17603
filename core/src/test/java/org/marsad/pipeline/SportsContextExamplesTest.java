package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.text.DataFile;

/**
 * Runs {@code lexicon/sports-examples.tsv} through the whole pipeline: sport told in the words of
 * war names no event, a bombing at a match stays an attack; and an article of sport is one
 * throughout, in its sentences without a word of sport too.
 */
class SportsContextExamplesTest {
    @Test
    void sportNamesNoEventButARealAttack() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] r : DataFile.rows("/lexicon/sports-examples.tsv")) {
            n++;
            List<Event> evs = EventFixture.events(r[0]);
            boolean ok = r[1].equals("none") ? evs.isEmpty() : EventFixture.first(evs, r[1]) != null;
            if (!ok) failures.add(r[0] + " → " + evs);
        }
        assertTrue(n > 0, "no examples read");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aSportsStoryIsOneThroughout() {
        String story = "فاز المنتخب الأردني على نظيره الكويتي في مباراة مثيرة. "
                + "وتقدم الضيوف في الشوط الأول بهدف مبكر. "
                + "وعادل أصحاب الأرض النتيجة في الشوط الثاني قبل أن يحسموا المباراة بهدف ثان. "
                + "وانسحب المدافع الكويتي مصابا قبل النهاية.";
        assertTrue(EventFixture.events(story).isEmpty(), EventFixture.events(story).toString());
    }
}
