package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Calendars.pad writes what String.format("%0Nd") writes in an English locale; isoWeek uses it. */
class PadTest {
    @Test
    void sameAsFormat() {
        for (int width = 1; width <= 5; width++) {
            for (long v : new long[] {0, 7, 42, 199, 2024, 12345, -5, -2024}) {
                assertEquals(String.format(Locale.ROOT, "%0" + width + "d", v), Calendars.pad(v, width), v + " width " + width);
            }
        }
        assertEquals("null", Calendars.pad((Integer) null, 4));
    }

    @Test
    void isoWeek() {
        assertEquals("2015-W53", Calendars.isoWeek(LocalDate.of(2016, 1, 1)));
        assertEquals("2024-W01", Calendars.isoWeek(LocalDate.of(2024, 1, 3)));
    }
}
