package org.marsad.link;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** An event date as an inclusive range of epoch days: a day, a month or a year. */
record DateRange(long first, long last) {

    /** Parses YYYY-MM-DD, YYYY-MM or YYYY (an end date widens the range); null when unparseable. */
    static DateRange parse(String date, String dateEnd) {
        DateRange a = parseOne(date);
        if (a == null) return null;
        DateRange b = dateEnd == null ? null : parseOne(dateEnd);
        return b == null || b.last < a.first ? a : new DateRange(a.first, b.last);
    }

    private static DateRange parseOne(String s) {
        if (s == null) return null;
        try {
            switch (s.length()) {
                case 10: { long d = LocalDate.parse(s).toEpochDay(); return new DateRange(d, d); }
                case 7: { YearMonth m = YearMonth.parse(s); return new DateRange(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay()); }
                case 4: { int y = Integer.parseInt(s); return new DateRange(LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()); }
                default: return null;
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    long span() { return last - first; }

    /** Days between the two ranges (0 when they overlap). */
    long gap(DateRange o) {
        if (o.last < first) return first - o.last;
        if (last < o.first) return o.first - last;
        return 0;
    }

    DateRange union(DateRange o) { return new DateRange(Math.min(first, o.first), Math.max(last, o.last)); }

    String firstIso() { return LocalDate.ofEpochDay(first).toString(); }
    String lastIso() { return LocalDate.ofEpochDay(last).toString(); }
}
