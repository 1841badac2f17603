package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.text.DataFile;

/**
 * Runs {@code lexicon/sports-examples.tsv} and {@code lexicon/culture-examples.tsv} through the whole
 * pipeline: sport or the arts told in the words of war name no event, a bombing at a match or a
 * shelled cinema stays an attack; and an article of sport is one throughout, in its sentences without
 * a word of sport too.
 */
class TopicContextExamplesTest {
    @Test
    void sportNamesNoEventButARealAttack() { examples("/lexicon/sports-examples.tsv"); }

    @Test
    void theArtsNameNoEventButARealAttack() { examples("/lexicon/culture-examples.tsv"); }

    private static void examples(String resource) {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] r : DataFile.rows(resource)) {
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

    @Test
    void aStoryOfTheArtsIsOneThroughoutAndKeepsNoProtest() {
        String story = "يعرض مسرح الحمراء مساء الخميس مسرحية جديدة للكاتب المسرحي سامي العلي. "
                + "وتعتصم بطلة المسرحية بالصمت بعد مقتل زوجها في الحرب. "
                + "ويقول المخرج المسرحي إن العرض يستمر أسبوعين. "
                + "وتقاتل الأسرة للحفاظ على بيتها في القرية.";
        assertTrue(EventFixture.events(story).isEmpty(), EventFixture.events(story).toString());
    }

    @Test
    void protestersSingingKeepTheirProtest() {
        List<Event> evs = EventFixture.events("وقال مصدر مطلع للصحفيين. وسار آلاف المتظاهرين في شوارع العاصمة وهم ينشدون أغاني وطنية ضد الحكومة.");
        assertTrue(EventFixture.first(evs, "PROTEST") != null, evs.toString());
    }
}
