package org.marsad.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * Publication dates as metadata gives them: ISO date, ISO date-time with or without offset,
 * "yyyy-MM-dd HH:mm[:ss]", "yyyy/MM/dd", RFC 1123 (feeds, HTTP). A date-time with an offset keeps
 * its own calendar day (the day the outlet published, in its own time zone), not the UTC day.
 */
public final class PublishedDates {
    private PublishedDates() {}

    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm[:ss]");

    /** The date of a metadata value, or null when it is absent or not a date. */
    public static LocalDate parse(String raw) {
        if (raw == null) return null;
        String s = ArabicNormalizer.normalize(raw.strip());
        if (s.isEmpty()) return null;
        try {
            if (s.length() == 10 && s.charAt(4) == '-') return LocalDate.parse(s);
            if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(10) == 'T') {
                try { return OffsetDateTime.parse(s).toLocalDate(); } catch (DateTimeParseException e) { /* no offset */ }
                try { return ZonedDateTime.parse(s).toLocalDate(); } catch (DateTimeParseException e) { /* no zone */ }
                return LocalDateTime.parse(s).toLocalDate();
            }
            if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(10) == ' ') return LocalDateTime.parse(s.replaceAll("\\s*(Z|[+-]\\d\\d:?\\d\\d|UTC|GMT)$", ""), SPACED).toLocalDate();
            if (s.length() >= 8 && s.length() <= 10 && s.charAt(4) == '/') return LocalDate.parse(s, SLASHED);
            if (Character.isLetter(s.charAt(0))) return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The UTC calendar day of a {@link Date} (feeds give instants). */
    static LocalDate of(Date d) {
        return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
