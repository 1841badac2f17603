package org.marsad.link;

import java.time.LocalDate;

/**
 * Date buckets of the linker's blocking index as longs: a day, a month, a year or "undated", each
 * kind in its own range of values ({@code value * 4 + kind}), so that a lookup hashes a number
 * instead of building a key string. A cluster is filed under the days of its range when it spans at
 * most two months, else under its months (up to about a year), else under its years; an event looks
 * in the days of its window (when at most 400 days), then every month and every year of it, in that order.
 */
final class Buckets {
    private static final long DAY = 0, MONTH = 1, YEAR = 2;
    static final long UNDATED = 3;

    private Buckets() {}

    /** The buckets a cluster with this range is filed under. */
    static long[] index(DateRange r) {
        if (r == null) return new long[] {UNDATED};
        if (r.span() <= 62) return days(r.first(), r.last(), 0);
        if (r.span() <= 370) return months(r.first(), r.last(), new long[0]);
        return years(r.first(), r.last(), new long[0]);
    }

    /** The buckets an event with this range looks in, {@code windowDays} either side. */
    static long[] query(DateRange r, int windowDays) {
        if (r == null) return new long[] {UNDATED};
        long a = r.first() - windowDays, b = r.last() + windowDays;
        long[] out = b - a <= 400 ? days(a, b, 0) : new long[0];
        return years(a, b, months(a, b, out));
    }

    private static long[] days(long first, long last, int extra) {
        long[] out = new long[(int) (last - first + 1) + extra];
        for (long d = first; d <= last; d++) out[(int) (d - first)] = d * 4 + DAY;
        return out;
    }

    /** {@code before} followed by the months from {@code first}'s to {@code last}'s. */
    private static long[] months(long first, long last, long[] before) {
        LocalDate a = LocalDate.ofEpochDay(first), b = LocalDate.ofEpochDay(last);
        long from = a.getYear() * 12L + a.getMonthValue() - 1, to = b.getYear() * 12L + b.getMonthValue() - 1;
        long[] out = java.util.Arrays.copyOf(before, before.length + (int) (to - from + 1));
        for (long m = from; m <= to; m++) out[before.length + (int) (m - from)] = m * 4 + MONTH;
        return out;
    }

    /** {@code before} followed by the years from {@code first}'s to {@code last}'s. */
    private static long[] years(long first, long last, long[] before) {
        int from = LocalDate.ofEpochDay(first).getYear(), to = LocalDate.ofEpochDay(last).getYear();
        long[] out = java.util.Arrays.copyOf(before, before.length + (to - from + 1));
        for (int y = from; y <= to; y++) out[before.length + (y - from)] = y * 4L + YEAR;
        return out;
    }
}
