package org.marsad.time;

/**
 * Turns a TimeExpr value into the date an event record carries (spec §1 {@code date}: YYYY-MM-DD,
 * YYYY-MM or YYYY), or null when the value cannot date an event (durations, sets, _REF, decades,
 * centuries). A part of day drops to its day, a week to its month (the month of its Thursday, so
 * that the event lies inside it), a season, half or quarter to its year.
 */
public final class EventDates {
    private EventDates() {}

    // Compiled once: events date every candidate through here.
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T.*)?"),
            MONTH = java.util.regex.Pattern.compile("[0-9]{4}-[0-9]{2}"),
            WEEK = java.util.regex.Pattern.compile("[0-9]{4}-W[0-9]{2}(-WE)?"),
            YEAR = java.util.regex.Pattern.compile("[0-9]{4}(-(SP|SU|FA|WI|H[12]|Q[1-4]))?");

    public static String of(String value) {
        if (value == null || value.startsWith("P") || value.endsWith("_REF") || value.startsWith("X")) return null;
        if (DAY.matcher(value).matches()) return value.substring(0, 10);
        if (MONTH.matcher(value).matches()) return value;
        if (WEEK.matcher(value).matches()) {
            java.time.LocalDate thursday = java.time.LocalDate.parse(value.substring(0, 4) + "-01-04")
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(value.substring(6, 8)))
                    .with(java.time.DayOfWeek.THURSDAY);
            return thursday.toString().substring(0, 7);
        }
        if (YEAR.matcher(value).matches()) return value.substring(0, 4);
        return null;
    }

    /** The event date of an expression read in a future clause or not (spec §2). */
    public static String of(TimeExpr e, boolean future) {
        if (e == null || !e.isCalendar()) return null;
        return of(future ? e.futureValue() : e.value());
    }
}
