package org.marsad.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar arithmetic for resolving expressions against the publication date: Gregorian and Hijri
 * (the JDK's Umm al-Qura {@link HijrahChronology}), and the spec's anchoring modes.
 */
final class Calendars {
    private Calendars() {}

    /** How a date without a year is anchored to the publication date. */
    enum Anchor { ON_OR_BEFORE, BEFORE, SAME_YEAR, AFTER, ON_OR_AFTER }

    /** The date, or null when it does not exist (30 February, a Hijri year out of the table's range). */
    static LocalDate date(boolean hijri, int year, int month, int day) {
        try {
            if (hijri) return LocalDate.from(HijrahDate.of(year, month, day));
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static int yearOf(boolean hijri, LocalDate d) {
        return hijri ? HijrahDate.from(d).get(ChronoField.YEAR) : d.getYear();
    }

    static int monthOf(boolean hijri, LocalDate d) {
        return hijri ? HijrahDate.from(d).get(ChronoField.MONTH_OF_YEAR) : d.getMonthValue();
    }

    /** The day-month in the year that the anchor mode picks relative to {@code pub}. */
    static LocalDate anchorDay(boolean hijri, int month, int day, LocalDate pub, Anchor mode) {
        int base;
        try {
            base = yearOf(hijri, pub);
        } catch (DateTimeException e) {
            return null;
        }
        if (mode == Anchor.SAME_YEAR) return date(hijri, base, month, day);
        LocalDate best = null;
        for (int y = base - 1; y <= base + 1; y++) {
            LocalDate c = date(hijri, y, month, day);
            if (c == null) continue;
            boolean ok = switch (mode) {
                case ON_OR_BEFORE -> !c.isAfter(pub);
                case BEFORE -> c.isBefore(pub);
                case AFTER -> c.isAfter(pub);
                default -> !c.isBefore(pub);
            };
            if (!ok) continue;
            boolean past = mode == Anchor.ON_OR_BEFORE || mode == Anchor.BEFORE;
            if (best == null || (past ? c.isAfter(best) : c.isBefore(best))) best = c;
        }
        return best;
    }

    /** Year (in the month's own calendar) of the month the anchor mode picks relative to {@code pub}. */
    static Integer anchorMonthYear(boolean hijri, int month, LocalDate pub, Anchor mode) {
        int y, m;
        try {
            y = yearOf(hijri, pub);
            m = monthOf(hijri, pub);
        } catch (DateTimeException e) {
            return null;
        }
        return switch (mode) {
            case SAME_YEAR -> y;
            case ON_OR_BEFORE -> month <= m ? y : y - 1;
            case BEFORE -> month < m ? y : y - 1;
            case AFTER -> month > m ? y : y + 1;
            case ON_OR_AFTER -> month >= m ? y : y + 1;
        };
    }

    static LocalDate weekday(DayOfWeek dow, LocalDate pub, Anchor mode) {
        return switch (mode) {
            case BEFORE -> pub.with(TemporalAdjusters.previous(dow));
            case AFTER -> pub.with(TemporalAdjusters.next(dow));
            case ON_OR_AFTER -> pub.with(TemporalAdjusters.nextOrSame(dow));
            default -> pub.with(TemporalAdjusters.previousOrSame(dow));
        };
    }

    /** First and last Gregorian day of a Hijri month, or null out of range. */
    static LocalDate[] hijriMonth(int year, int month) {
        try {
            HijrahDate first = HijrahDate.of(year, month, 1);
            HijrahDate last = first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth());
            return new LocalDate[] {LocalDate.from(first), LocalDate.from(last)};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** First and last Gregorian day of a Hijri year, or null out of range. */
    static LocalDate[] hijriYear(int year) {
        try {
            HijrahDate first = HijrahDate.of(year, 1, 1);
            HijrahDate last = first.with(ChronoField.DAY_OF_YEAR, first.lengthOfYear());
            return new LocalDate[] {LocalDate.from(first), LocalDate.from(last)};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** TimeML week value of a date: 2015-W52. */
    static String isoWeek(LocalDate d) {
        int wy = d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
        int w = d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        return pad(wy, 4) + "-W" + pad(w, 2);
    }

    /**
     * {@code String.format("%0" + width + "d", v)} with ASCII digits, without a Formatter (the
     * resolver writes several values per time expression; a Formatter parses its pattern each call).
     */
    static String pad(Integer v, int width) { return v == null ? "null" : pad(v.longValue(), width); }

    /** As above, for a long (no value here comes near Long.MIN_VALUE). */
    static String pad(long v, int width) {
        String digits = Long.toString(Math.abs(v));
        int len = digits.length() + (v < 0 ? 1 : 0);
        if (len >= width) return v < 0 ? "-" + digits : digits;
        StringBuilder sb = new StringBuilder(width);
        if (v < 0) sb.append('-');
        for (int k = len; k < width; k++) sb.append('0');
        return sb.append(digits).toString();
    }
}
