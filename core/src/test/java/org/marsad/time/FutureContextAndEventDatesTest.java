package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Future clauses (spec §2) and the event date a TimeExpr value gives (spec §1). */
class FutureContextAndEventDatesTest {
    static final TimeTagger TAGGER = TimeExamplesTest.TAGGER;

    private static boolean future(String text, String expression) {
        return TAGGER.isFutureContext(text, text.indexOf(expression));
    }

    @Test
    void futureClauses() {
        assertTrue(future("سيعقد الاجتماع يوم الاثنين في جنيف", "يوم الاثنين"));
        assertTrue(future("ومن المقرر أن يصل الوفد الخميس", "الخميس"));
        assertTrue(future("وسوف تبدأ المحادثات في 20 سبتمبر", "20 سبتمبر"));
        assertTrue(future("وستجرى الانتخابات في 3 أكتوبر", "3 أكتوبر"));
        assertFalse(future("قتل ثلاثة جنود يوم الاثنين", "يوم الاثنين"));
        assertFalse(future("قالت السياسة الأمريكية الخميس", "الخميس"));
        assertFalse(future("سيطرت القوات على البلدة الخميس", "الخميس"));
        assertFalse(future("قتل خمسة في سيارة مفخخة الأحد", "الأحد"));
        // Only the same sentence counts.
        assertFalse(future("سيزور الوزير دمشق. وقتل جندي الأحد", "الأحد"));
    }

    @Test
    void forwardReadingOfAFutureClause() {
        String text = "سيعقد الاجتماع يوم الاثنين";
        TimeExpr e = TAGGER.tag(text, LocalDate.of(2022, 9, 14)).get(0);
        assertEquals("2022-09-19", EventDates.of(e, TAGGER.isFutureContext(text, e.start())));
    }

    @Test
    void eventDates() {
        assertEquals("2022-09-13", EventDates.of("2022-09-13"));
        assertEquals("2022-09-13", EventDates.of("2022-09-13TMO"));
        assertEquals("2022-09", EventDates.of("2022-09"));
        assertEquals("2022", EventDates.of("2022"));
        assertEquals("2022-09", EventDates.of("2022-W37"));
        assertEquals("2022-09", EventDates.of("2022-W36-WE"));
        assertEquals("2020", EventDates.of("2020-FA"));
        assertEquals("2022", EventDates.of("2022-H2"));
        assertNull(EventDates.of("P3W"));
        assertNull(EventDates.of("PAST_REF"));
        assertNull(EventDates.of("196"));
        assertNull(EventDates.of("XXXX-WXX-6"));
        assertNull(EventDates.of(null));
    }
}
