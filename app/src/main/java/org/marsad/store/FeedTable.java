package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The subscribed feeds: one row per feed URL with what its last poll did. */
final class FeedTable {
    private FeedTable() {}

    static Feed add(Connection c, String url) throws SQLException {
        Optional<Feed> existing = find(c, url);
        if (existing.isPresent()) return existing.get();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO feeds (url, added_at) VALUES (?, ?)")) {
            ps.setString(1, url);
            ps.setTimestamp(2, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        return find(c, url).orElseThrow();
    }

    static boolean remove(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM feeds WHERE url = ?")) {
            ps.setString(1, url);
            return ps.executeUpdate() > 0;
        }
    }

    static List<Feed> list(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY id")) {
            return read(ps);
        }
    }

    static void recordPoll(Connection c, long id, String title, String error, int newItems) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE feeds SET last_polled = ?, last_error = ?,"
                + " items_ingested = items_ingested + ?, title = COALESCE(?, title) WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, Rows.cap(error, 4096));
            ps.setInt(3, newItems);
            ps.setString(4, Rows.cap(title, 4096));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    private static final String SELECT = "SELECT id, url, title, added_at, last_polled, last_error, items_ingested FROM feeds";

    private static Optional<Feed> find(Connection c, String url) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE url = ?")) {
            ps.setString(1, url);
            List<Feed> l = read(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    private static List<Feed> read(PreparedStatement ps) throws SQLException {
        List<Feed> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp polled = rs.getTimestamp(5);
                out.add(new Feed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        polled == null ? null : polled.toInstant(), rs.getString(6), rs.getLong(7)));
            }
        }
        return out;
    }
}
