package org.marsad.store;


import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.marsad.event.Event;
import org.marsad.quantity.Size;
import org.marsad.text.ArabicNormalizer;

/** Small conversions between records and rows shared by the writer and the reader. */
final class Rows {
    private Rows() {}

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Lower-cased, Arabic-normalised, trimmed: the key names are compared by. */
    static String key(String s) {
        if (s == null) return null;
        String k = SPACES.matcher(ArabicNormalizer.normalize(s).toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
        return k.isEmpty() ? null : k;
    }

    /** First and last day of an event: date (YYYY-MM-DD, YYYY-MM or YYYY) to date_end, else the fallback day. */
    static LocalDate[] dayRange(String date, String dateEnd, LocalDate fallback) {
        LocalDate[] first = parseRange(date);
        if (first == null) return fallback == null ? new LocalDate[] {null, null} : new LocalDate[] {fallback, fallback};
        LocalDate[] last = parseRange(dateEnd);
        LocalDate to = last != null && !last[1].isBefore(first[0]) ? last[1] : first[1];
        return new LocalDate[] {first[0], to};
    }

    private static LocalDate[] parseRange(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            if (s.length() >= 10) {
                LocalDate d = LocalDate.parse(s.substring(0, 10));
                return new LocalDate[] {d, d};
            }
            if (s.length() == 7) {
                YearMonth ym = YearMonth.parse(s);
                return new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
            }
            if (s.length() == 4) {
                int y = Integer.parseInt(s);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return null; // an unreadable date is treated as no date
        }
        return null;
    }

    /** The killed figure filters and sorts use: best, else low, else null. */
    static Integer figure(Size s) {
        if (s == null) return null;
        return s.best() != null ? s.best() : s.low();
    }

    static Integer killed(Event e) { return figure(e.size().killed()); }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) ps.setNull(i, Types.DATE);
        else ps.setDate(i, Date.valueOf(d));
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, v);
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) ps.setNull(i, Types.DOUBLE);
        else ps.setDouble(i, v);
    }

    static LocalDate date(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    /** Truncates to a column's cap so one oversized field never fails a whole article. */
    static String cap(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** The codes of a {@code party_codes} column value (null: none). */
    static List<String> partyCodes(String packed) {
        if (packed == null || packed.isEmpty()) return List.of();
        return List.of(packed.split(" "));
    }

    /**
     * H2 only: rows handed over as the query produces them instead of materialised first (spilled to a
     * temporary file past a few ten thousand rows). A session setting; it neither commits nor ends the
     * transaction.
     */
    static void lazy(Connection c, boolean h2, boolean on) throws SQLException {
        if (!h2) return;
        try (java.sql.Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }
}
