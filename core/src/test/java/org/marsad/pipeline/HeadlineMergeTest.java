package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * An undated headline sums up the act its body dates earlier in the week: one event, dated as the
 * body dates it (spec §2: an event told in several sentences is coded once). Documents written for
 * this test, published on Sunday 2024-03-10.
 */
class HeadlineMergeTest {
    @Test
    void theHeadlineOfTheWeeksFightingIsTheFightingTheBodyDates() {
        List<Event> evs = EventFixture.events("ليبيا: مقتل العشرات في اشتباكات بين الميليشيات في مصراتة\n\n"
                + "اندلعت اشتباكات عنيفة بين الميليشيات المتنافسة يوم الأربعاء في الأحياء الشرقية من مصراتة، وقتل فيها عشرات الأشخاص.");
        List<Event> fights = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, fights.size(), evs.toString());
        assertEquals("2024-03-06", fights.get(0).date(), fights.toString());
    }
}
