package org.marsad.link;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

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
        // By hand: the ISO shapes only (as LocalDate.parse / YearMonth.parse accept them), without a
        // formatter's cost on every linked event.
        try {
            switch (s.length()) {
                case 10: {
                    if (s.charAt(4) != '-' || s.charAt(7) != '-') return null;
                    long d = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)).toEpochDay();
                    return new DateRange(d, d);
                }
                case 7: {
                    if (s.charAt(4) != '-') return null;
                    YearMonth m = YearMonth.of(digits(s, 0, 4), digits(s, 5, 7));
                    return new DateRange(m.atDay(1).toEpochDay(), m.atEndOfMonth().toEpochDay());
                }
                case 4: { int y = Integer.parseInt(s); return new DateRange(LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()); }
                default: return null;
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The ASCII digits {@code s[from, to)} as a number; NumberFormatException for anything else. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') throw new NumberFormatException(s);
            v = v * 10 + (ch - '0');
        }
        return v;
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
