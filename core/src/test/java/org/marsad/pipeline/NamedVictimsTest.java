package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.event.Event;

/**
 * The killing of a named person is a toll of one (two for two names), though no figure is written;
 * and a toll that names those dead among its own is the same act. Sentences written for this test,
 * each after a neutral opening sentence so it is read as body text.
 */
class NamedVictimsTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    private static Integer killed(String sentence) {
        Event e = EventFixture.first(events(sentence), "ASSAULT");
        assertNotNull(e, "no ASSAULT in " + sentence);
        return e.size().killed() == null ? null : e.size().killed().best();
    }

    /** A titled leader, a titled scientist, a leader named with his body: one dead; two names joined by و: two. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | وتوعد زعيم الحوثيين بالانتقام لمقتل رئيس المجلس السياسي مهدي المشاط في غارة جوية للتحالف بقيادة السعودية.",
        "1 | وأكدت الوزارة اغتيال العالم النووي محسن فخري زاده قرب طهران.",
        "1 | وأعلنت إسرائيل اغتيال القيادي في حركة حماس صالح العاروري في بيروت.",
        "2 | وأعلن الجيش مقتل حسن نصر الله وهاشم صفي الدين في غارة إسرائيلية على بيروت.",
    })
    void theNamedDeadAreCounted(int dead, String sentence) {
        assertEquals(Integer.valueOf(dead), killed(sentence), sentence);
    }

    @Test
    void theGuardsOfANamedPersonAreNotOneDead() {
        assertNull(killed("وأعلن الجيش مقتل حراس الرئيس بشار الأسد في هجوم على دمشق."));
    }

    @Test
    void aTollThatNamesTheDeadAmongItsOwnIsTheSameAct() {
        List<Event> evs = events("وقتل 20 مسلحا بينهم القيادي البارز أبو محمد العدناني في غارة أمريكية على مدينة الرقة السورية يوم الجمعة. "
                + "وقال مسؤول أمريكي إن الغارة استهدفت اجتماعا للتنظيم. وأكد التنظيم مقتل القيادي البارز أبو محمد العدناني في الرقة.");
        List<Event> assaults = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, assaults.size(), assaults.toString());
        assertEquals(20, assaults.get(0).size().killed().best());
    }
}
