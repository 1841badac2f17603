package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/** A weekday inside a place's name dates nothing, and a cancelled act did not happen; texts written for this test. */
class NamesAndTimesTest {
    @Test
    void aWeekdayInsideAPlaceNameIsNoTime() {
        // published on a Wednesday: "خميس" in the city's name is no Thursday
        List<Event> evs = EventFixture.eventsOn("خبر. وقال التحالف إن الحوثيين أطلقوا طائرة مسيرة مفخخة باتجاه خميس مشيط.", LocalDate.of(2024, 5, 15));
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, evs.toString());
        assertEquals("2024-05-15", e.date());
    }

    @Test
    void aCancelledVisitDidNotHappen() {
        Event e = EventFixture.firstInBody("وألغى الرئيس البرازيلي زيارة كانت مقررة إلى واشنطن الأسبوع المقبل.", "CONSULT");
        assertNotNull(e);
        assertEquals("negated", e.status());
    }
}
