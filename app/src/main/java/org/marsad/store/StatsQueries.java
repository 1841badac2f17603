package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The counts of {@link StoreStats} by SQL over the tables (the event counts also come from {@link EventFilterIndex#counts}). */
final class StatsQueries {
    private StatsQueries() {}

    /** Articles, clusters and distinct entities (of any article): the counts of {@link StoreStats} that are not events'. */
    static long[] totals(Connection c) throws SQLException {
        // an index probe per entity (hundreds) rather than COUNT(DISTINCT) over every article's rows
        return new long[] {count(c, "SELECT COUNT(*) FROM articles"), count(c, "SELECT COUNT(*) FROM clusters"),
                count(c, "SELECT COUNT(*) FROM entities en WHERE EXISTS (SELECT 1 FROM article_entities m WHERE m.entity_id = en.id)")};
    }

    /** The whole of {@link StoreStats} by SQL (when the filter index is not loaded, and as its reference). */
    static StoreStats stats(Connection c) throws SQLException {
        long[] totals = totals(c);
        long articles = totals[0], events = count(c, "SELECT COUNT(*) FROM events"), clusters = totals[1], entities = totals[2];
        return new StoreStats(articles, events, clusters, entities,
                grouped(c, "SELECT event_type, COUNT(*) FROM events GROUP BY event_type ORDER BY event_type"),
                grouped(c, "SELECT CAST(date_from AS VARCHAR(10)), COUNT(*) FROM events WHERE date_from IS NOT NULL"
                        + " GROUP BY date_from ORDER BY date_from"),
                byParty(c),
                grouped(c, "SELECT status, COUNT(*) FROM events WHERE status IS NOT NULL GROUP BY status ORDER BY status"));
    }

    /** Events per actor or recipient code (an event once per code), most first, then by code. */
    private static Map<String, Long> byParty(Connection c) throws SQLException {
        Map<String, Long> counts = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT party_codes FROM events WHERE party_codes IS NOT NULL")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    for (String code : new java.util.HashSet<>(Rows.partyCodes(rs.getString(1)))) counts.merge(code, 1L, Long::sum);
                }
            }
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : sorted) out.put(e.getKey(), e.getValue());
        return out;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) m.put(rs.getString(1), rs.getLong(2));
        }
        return m;
    }
}
