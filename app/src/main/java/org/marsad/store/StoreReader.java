package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.event.Event;

/** The read side: every query of the store API as SQL over one borrowed connection. */
final class StoreReader {
    // the report count is the cluster row's (V7, kept by the writer): counting the cluster's mentions
    // per event read hundreds of index entries per row of a page once incidents gather many reports
    private static final String EVENT_COLUMNS = "e.id, e.article_id, a.doc_id, e.cluster_id, j.json, cl.report_count";
    private static final String JSON_TABLES = " FROM events e JOIN articles a ON a.id = e.article_id JOIN event_json j ON j.event_id = e.id";
    private static final String EVENT_TABLES = JSON_TABLES + " JOIN clusters cl ON cl.id = e.cluster_id";
    /** Each cluster's reports counted from the mentions (what {@code clusters.report_count} must equal). */
    static final String COUNTED_REPORTS = "SELECT cl.id, (SELECT COUNT(*) FROM mentions m JOIN events e ON e.id = m.event_id"
            + " WHERE e.cluster_id = cl.id) FROM clusters cl";

    private final ObjectMapper json;
    private final boolean h2;

    StoreReader(ObjectMapper json, boolean h2) {
        this.json = json;
        this.h2 = h2;
    }

    boolean h2() { return h2; }

    /** A WHERE clause over {@code events e} and its arguments, or null when nothing can match. */
    private record Filter(String where, List<Object> args) {}

    /**
     * The filters of {@code q} as SQL over the tables: the reference that {@link EventFilterIndex} is
     * tested against (and how the store answered before it). Side-table filters are {@code e.id IN (…)}.
     * Text filters arrive as the ids of the matching articles (from the index).
     */
    private Filter filter(Connection c, EventQuery q, long[] textMatches) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.from() != null) {
            where.append(" AND e.date_to >= ?");
            args.add(q.from());
        }
        if (q.to() != null) { where.append(" AND e.date_from <= ?"); args.add(q.to()); }
        in(where, args, "e.event_type", q.types());
        in(where, args, "e.mode", q.modes());
        in(where, args, "e.status", q.statuses());
        if (!q.partyCodes().isEmpty()) {
            // whole codes of the space-separated party_codes column
            where.append(" AND (");
            for (int i = 0; i < q.partyCodes().size(); i++) {
                where.append(i == 0 ? "" : " OR ").append("(' ' || e.party_codes || ' ') LIKE ? ESCAPE '!'");
                args.add("% " + q.partyCodes().get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + " %");
            }
            where.append(')');
        }
        if (q.location() != null) {
            // a UNION of two index lookups: an OR of two columns would read every row
            String k = Rows.key(q.location());
            where.append(" AND e.id IN (SELECT l.event_id FROM event_locations l WHERE l.name_key = ?"
                    + " UNION SELECT l2.event_id FROM event_locations l2 WHERE l2.text_key = ?)");
            args.add(k);
            args.add(k);
        }
        if (q.bbox() != null) {
            where.append(" AND e.id IN (SELECT l.event_id FROM event_locations l"
                    + " WHERE l.lat BETWEEN ? AND ? AND l.lon BETWEEN ? AND ?)");
            args.add(q.bbox().minLat()); args.add(q.bbox().maxLat()); args.add(q.bbox().minLon()); args.add(q.bbox().maxLon());
        }
        if (q.minKilled() != null) { where.append(" AND e.killed >= ?"); args.add(q.minKilled()); }
        if (q.clusterId() != null) { where.append(" AND e.cluster_id = ?"); args.add(q.clusterId()); }
        if (q.articleId() != null) { where.append(" AND e.article_id = ?"); args.add(q.articleId()); }
        if (textMatches != null) {
            if (textMatches.length == 0) return null;
            where.append(" AND e.article_id = ANY(?)");
            Long[] boxed = new Long[textMatches.length];
            for (int i = 0; i < boxed.length; i++) boxed[i] = textMatches[i];
            args.add(c.createArrayOf(h2 ? "BIGINT" : "bigint", boxed));
        }
        return new Filter(where.toString(), args);
    }

    /** Events per day (the date as extracted, first 10 characters) and type under the filters of {@code q}. */
    Map<String, Map<String, Long>> timeline(Connection c, EventQuery q, long[] textMatches) throws SQLException {
        Map<String, Map<String, Long>> days = new java.util.TreeMap<>();
        Filter f = filter(c, q, textMatches);
        if (f == null) return days;
        String day = "SUBSTRING(e.date_text, 1, 10)";
        try (PreparedStatement ps = c.prepareStatement("SELECT " + day + ", e.event_type, COUNT(*) FROM events e" + f.where()
                + " AND e.date_text IS NOT NULL GROUP BY " + day + ", e.event_type")) {
            bind(ps, f.args());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) days.computeIfAbsent(rs.getString(1), k -> new java.util.TreeMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        }
        return days;
    }

    EventPage events(Connection c, EventQuery q, long[] textMatches) throws SQLException {
        Filter f = filter(c, q, textMatches);
        if (f == null) return new EventPage(0, List.of());
        String where = f.where();
        List<Object> args = new ArrayList<>(f.args());
        long total;
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events e" + where)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        if (total == 0 || q.offset() >= total) return new EventPage(total, List.of());
        String order = switch (q.sort()) {
            case DATE_DESC -> " ORDER BY e.date_from DESC NULLS LAST, e.id DESC";
            case DATE_ASC -> " ORDER BY e.date_from ASC NULLS LAST, e.id ASC";
            case KILLED_DESC -> " ORDER BY e.killed DESC NULLS LAST, e.id DESC";
            case ID_ASC -> " ORDER BY e.id ASC";
            case ID_DESC -> " ORDER BY e.id DESC";
        };
        // Two steps, so that the page is chosen on the events table alone (where the order can come
        // from an index) and the join to articles and the per-event report count run for the page's
        // rows only: with both in one statement H2 starts from a scan of articles, counts reports for
        // every matching event and sorts them all (seconds at 100k events instead of milliseconds).
        String pageSql = "SELECT e.id FROM events e" + where + order + " LIMIT ? OFFSET ?";
        args.add(q.limit());
        args.add(q.offset());
        List<Long> ids = new ArrayList<>(q.limit());
        try (PreparedStatement ps = c.prepareStatement(pageSql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        long[] page = new long[ids.size()];
        for (int i = 0; i < page.length; i++) page[i] = ids.get(i);
        return new EventPage(total, byIds(c, page));
    }

    /** The stored events with these ids, in this order (ids no longer stored are left out). */
    List<StoredEvent> byIds(Connection c, long[] ids) throws SQLException {
        if (ids.length == 0) return List.of();
        StringBuilder sql = new StringBuilder("SELECT " + EVENT_COLUMNS + EVENT_TABLES + " WHERE e.id IN (");
        for (int i = 0; i < ids.length; i++) sql.append(i == 0 ? "?" : ", ?");
        sql.append(')');
        Map<Long, StoredEvent> byId = new java.util.HashMap<>(ids.length * 2);
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < ids.length; i++) ps.setLong(i + 1, ids[i]);
            for (StoredEvent e : storedEvents(ps)) byId.put(e.id(), e);
        }
        List<StoredEvent> page = new ArrayList<>(ids.length);
        for (long id : ids) {
            StoredEvent e = byId.get(id);
            if (e != null) page.add(e);
        }
        return page;
    }

    /** Every stored event's filter columns, in id order (to load the in-memory filter index). */
    List<FilterRow> filterRows(Connection c) throws SQLException {
        Rows.lazy(c, h2, true); // two full scans, streamed (2-3x faster at 100k events than materialised first)
        try {
            return filterRowsStreamed(c);
        } finally {
            Rows.lazy(c, h2, false);
        }
    }

    private List<FilterRow> filterRowsStreamed(Connection c) throws SQLException {
        Map<Long, List<FilterRow.Place>> places = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, name_key, text_key, lat, lon FROM event_locations")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double lat = rs.getDouble(4), lon;
                    if (rs.wasNull()) lat = Double.NaN;
                    lon = rs.getDouble(5);
                    if (rs.wasNull()) lon = Double.NaN;
                    places.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(1)).add(new FilterRow.Place(rs.getString(2), rs.getString(3), lat, lon));
                }
            }
        }
        List<FilterRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, article_id, cluster_id, event_type, mode, status,"
                + " date_from, date_to, killed, date_text, party_codes FROM events ORDER BY id")) {
            ps.setFetchSize(5000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int killed = rs.getInt(9);
                    if (rs.wasNull()) killed = EventFilterIndex.NO_KILLED;
                    out.add(new FilterRow(id, rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            FilterRow.day(Rows.date(rs, "date_from")), FilterRow.day(Rows.date(rs, "date_to")), killed,
                            FilterRow.dayKey(rs.getString(10)), Rows.partyCodes(rs.getString(11)), places.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    /** Events of a type overlapping a day range, newest first (the linking candidates). */
    List<StoredEvent> near(Connection c, String type, LocalDate from, LocalDate to, int limit) {
        String sql = "SELECT " + EVENT_COLUMNS + EVENT_TABLES
                + " WHERE e.event_type = ? AND e.date_to >= ? AND e.date_from <= ? ORDER BY e.date_from DESC, e.id DESC LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, type);
            Rows.setDate(ps, 2, from);
            Rows.setDate(ps, 3, to);
            ps.setInt(4, limit);
            return storedEvents(ps);
        } catch (SQLException e) {
            throw new StoreException("cannot read cluster candidates: " + Database.firstLine(e), e);
        }
    }

    Optional<EventDetail> event(Connection c, long id) throws SQLException {
        StoredEvent ev;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + EVENT_TABLES + " WHERE e.id = ?")) {
            ps.setLong(1, id);
            List<StoredEvent> l = storedEvents(ps);
            if (l.isEmpty()) return Optional.empty();
            ev = l.get(0);
        }
        List<Report> reports = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT m.event_id, m.article_id, a.doc_id, a.title, a.outlet, a.published,"
                + " a.url, m.sentence, m.start_offset, m.end_offset FROM mentions m JOIN events e ON e.id = m.event_id"
                + " JOIN articles a ON a.id = m.article_id WHERE e.cluster_id = ? ORDER BY a.published ASC NULLS LAST, m.id")) {
            ps.setLong(1, ev.clusterId());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) reports.add(new Report(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Rows.date(rs, "published"), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10)));
            }
        }
        return Optional.of(new EventDetail(ev, reports));
    }

    Optional<ArticleView> article(Connection c, long id) throws SQLException {
        String doc, title, text, outlet, url;
        LocalDate published;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT doc_id, title, body, published, outlet, url FROM articles WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                doc = rs.getString(1); title = rs.getString(2); text = rs.getString(3);
                published = Rows.date(rs, "published"); outlet = rs.getString(5); url = rs.getString(6);
            }
        }
        List<ArticleView.EntitySpan> ents = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT en.id, en.type, en.name, en.code, m.spans"
                + " FROM article_entities m JOIN entities en ON en.id = m.entity_id WHERE m.article_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String packed = rs.getString(5);
                    if (packed == null || packed.isEmpty()) continue;
                    for (String pair : packed.split(";")) {
                        int comma = pair.indexOf(',');
                        int s = Integer.parseInt(pair.substring(0, comma)), e = Integer.parseInt(pair.substring(comma + 1));
                        String surface = s >= 0 && e <= text.length() && s <= e ? text.substring(s, e) : null;
                        ents.add(new ArticleView.EntitySpan(rs.getLong(1), rs.getString(2), surface, rs.getString(3), rs.getString(4), s, e));
                    }
                }
            }
        }
        ents.sort(java.util.Comparator.comparingInt(ArticleView.EntitySpan::start).thenComparingInt(ArticleView.EntitySpan::end));
        List<ArticleView.EventSpan> evs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.cluster_id, e.event_type, e.mode, e.status,"
                + " m.start_offset, m.end_offset FROM mentions m JOIN events e ON e.id = m.event_id WHERE m.article_id = ?"
                + " ORDER BY m.start_offset, e.ordinal")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) evs.add(new ArticleView.EventSpan(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7)));
            }
        }
        return Optional.of(new ArticleView(id, doc, title, text, published, outlet, url, ents, evs));
    }

    List<EntitySummary> entities(Connection c, String type, String code, String text, int limit, int offset) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT en.id, en.type, en.text, en.name, en.kb_id, en.code,"
                + " COUNT(*), SUM(m.mentions) FROM entities en JOIN article_entities m ON m.entity_id = en.id WHERE 1 = 1");
        if (type != null) { sql.append(" AND en.type = ?"); args.add(type); }
        if (code != null) { sql.append(" AND en.code = ?"); args.add(code); }
        String k = Rows.key(text);
        if (k != null) {
            sql.append(" AND (LOWER(en.name) LIKE ? OR en.text_key LIKE ?)");
            String like = "%" + k.replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
        }
        sql.append(" GROUP BY en.id, en.type, en.text, en.name, en.kb_id, en.code ORDER BY SUM(m.mentions) DESC, en.id LIMIT ? OFFSET ?");
        args.add(limit);
        args.add(offset);
        List<EntitySummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new EntitySummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8)));
            }
        }
        return out;
    }

    private List<StoredEvent> storedEvents(PreparedStatement ps) throws SQLException {
        List<StoredEvent> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Event ev;
                try {
                    ev = json.readValue(rs.getString(5), Event.class);
                } catch (JsonProcessingException e) {
                    throw new StoreException("stored event " + rs.getLong(1) + " is unreadable: " + e.getOriginalMessage(), e);
                }
                out.add(new StoredEvent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getInt(6), ev));
            }
        }
        return out;
    }

    private static void in(StringBuilder where, List<Object> args, String column, List<String> values) {
        if (values.isEmpty()) return;
        where.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            where.append(i == 0 ? "?" : ", ?");
            args.add(values.get(i));
        }
        where.append(')');
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof LocalDate d) Rows.setDate(ps, i + 1, d);
            else if (a instanceof Array arr) ps.setArray(i + 1, arr);
            else ps.setObject(i + 1, a);
        }
    }
}
