package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.pipeline.DocumentRecord;

/**
 * Writes articles with everything extracted from them inside the caller's transaction: insert when
 * new, nothing when unchanged, replace (same row id, new revision, events and mentions rebuilt) when
 * changed. The caller commits (one transaction may hold many articles) and then says so with
 * {@link #committed()}, or rolls back and says {@link #rolledBack()}: ids and revisions handed out
 * in the transaction are only trusted once it has committed.
 * Not thread-safe: {@link MarsadStore} serialises ingests.
 */
final class StoreWriter {
    private final ObjectMapper json;
    private final RecordHash recordHash;
    private final ClusterAssigner clusters;
    private final StoreReader reader;
    private final LinkingReads links;
    private final EntityWriter entities = new EntityWriter();
    private long revision, committedRevision;
    // what the open transaction changed, for the in-memory filter index once it commits
    private final List<Long> pendingRemovals = new ArrayList<>();
    private final List<FilterRow> pendingRows = new ArrayList<>();
    // change of each cluster's report count in the open transaction, written by finish() (in id
    // order, so that concurrent writers on PostgreSQL would lock cluster rows in one order)
    private final Map<Long, Integer> reportDeltas = new java.util.TreeMap<>();

    /** The filter-index changes of a committed transaction: articles whose old events went, then the new events. */
    record Changes(List<Long> removedArticles, List<FilterRow> rows) {}
    // a stateful cluster assigner must be rebuilt before the next assignment (at open, after a replace or rollback)
    private boolean assignerStale = true;

    // the write path's statements, prepared once per transaction (parsing and planning them per
    // article was a measurable share of the writer); closed by closeStatements
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private Connection statementsOf;

    /** What the transaction wrote, for the index once it has committed. */
    record Written(IngestResult result, ArticleIndex.Article article) {}

    StoreWriter(ObjectMapper json, ClusterAssigner clusters, StoreReader reader, long lastRevision) {
        this.json = json;
        this.recordHash = new RecordHash(json);
        this.clusters = clusters;
        this.reader = reader;
        this.links = new LinkingReads(json, reader.h2());
        this.revision = lastRevision;
        this.committedRevision = lastRevision;
    }

    /** Identity of an article: its URL, else the hash of its text. */
    static String identityKey(Document doc) {
        String url = doc.url() == null ? null : doc.url().trim();
        return url != null && !url.isEmpty() ? url : "sha256:" + Rows.sha256(doc.text());
    }

    /**
     * What can be computed of an article before its transaction, on any thread: its identity, the
     * hashes (a JSON rendering of the whole record) and each event's JSON. {@link MarsadStore}
     * prepares a batch in parallel so that the single writer only writes.
     */
    record Prepared(String identity, String contentHash, String recordHash, String[] eventJson) {}

    /** Thread-safe (the mapper is; nothing else is shared). */
    Prepared prepare(Document doc, DocumentRecord rec) {
        String contentHash = Rows.sha256(doc.text());
        String[] eventJson = new String[rec.events().size()];
        for (int i = 0; i < eventJson.length; i++) eventJson[i] = toJson(rec.events().get(i));
        return new Prepared(identityKey(doc), contentHash, recordHash.of(doc, rec, contentHash), eventJson);
    }

    Written write(Connection c, Document doc, DocumentRecord rec) throws SQLException {
        return write(c, doc, rec, prepare(doc, rec));
    }

    Written write(Connection c, Document doc, DocumentRecord rec, Prepared prep) throws SQLException {
        String identity = prep.identity();
        String contentHash = prep.contentHash();
        String recordHash = prep.recordHash();
        Long existing = null;
        PreparedStatement find = statement(c, "SELECT id, record_hash FROM articles WHERE identity_key = ?", false);
        find.setString(1, identity);
        try (ResultSet rs = find.executeQuery()) {
            if (rs.next()) {
                existing = rs.getLong(1);
                if (recordHash.equals(rs.getString(2)))
                    return new Written(new IngestResult(IngestResult.Outcome.UNCHANGED, existing, countEvents(c, existing)), null);
            }
        }
        LocalDate published = rec.published() != null ? LocalDate.parse(rec.published()) : doc.published();
        long rev = revision + 1;
        long articleId = existing == null ? insertArticle(c, identity, doc, rec, published, contentHash, recordHash, rev)
                : replaceArticle(c, existing, doc, rec, published, contentHash, recordHash, rev);
        entities.write((sql, keys) -> statement(c, sql, keys), articleId, rec.entities());
        writeEvents(c, articleId, doc, published, rec.events(), prep.eventJson());
        revision = rev;
        IngestResult.Outcome outcome = existing == null ? IngestResult.Outcome.NEW : IngestResult.Outcome.REPLACED;
        return new Written(new IngestResult(outcome, articleId, rec.events().size()),
                new ArticleIndex.Article(articleId, rev, contentHash, doc.id(), title(doc, rec), doc.text(), published,
                        outlet(doc, rec), doc.url()));
    }

    long revision() { return revision; }

    /** The statement for {@code sql} on {@code c}, prepared on first use in this transaction. */
    private PreparedStatement statement(Connection c, String sql, boolean generatedKeys) throws SQLException {
        if (c != statementsOf) {
            closeStatements();
            statementsOf = c;
        }
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = generatedKeys ? c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS) : c.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Closes the statements of the transaction that has just ended (committed or not). */
    void closeStatements() {
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // the connection is going back to the pool or is broken: nothing to keep
            }
        }
        statements.clear();
        statementsOf = null;
    }

    /**
     * Writes what is kept per transaction rather than per article (the clusters' report counts: one
     * update per cluster touched, however many of its reports the batch brought). Call it before the
     * commit of every transaction that wrote articles.
     */
    void finish(Connection c) throws SQLException {
        PreparedStatement up = statement(c, "UPDATE clusters SET report_count = report_count + ? WHERE id = ?", false);
        int n = 0;
        for (Map.Entry<Long, Integer> d : reportDeltas.entrySet()) {
            if (d.getValue() == 0) continue;
            up.setInt(1, d.getValue());
            up.setLong(2, d.getKey());
            up.addBatch();
            n++;
        }
        if (n > 0) up.executeBatch();
        reportDeltas.clear();
    }

    /** The transaction holding the articles written since the last call has committed; returns what it changed. */
    Changes committed() {
        entities.committed();
        committedRevision = revision;
        Changes ch = new Changes(List.copyOf(pendingRemovals), List.copyOf(pendingRows));
        pendingRemovals.clear();
        pendingRows.clear();
        return ch;
    }

    /** After a rolled-back transaction: its ids and revisions were never stored, and the assigner may hold its events. */
    void rolledBack() {
        entities.rolledBack();
        pendingRemovals.clear();
        pendingRows.clear();
        reportDeltas.clear();
        revision = committedRevision;
        assignerStale = true;
    }

    static String title(Document doc, DocumentRecord rec) { return rec.title() != null ? rec.title() : doc.title(); }

    static String outlet(Document doc, DocumentRecord rec) { return rec.outlet() != null ? rec.outlet() : doc.outlet(); }

    private long insertArticle(Connection c, String identity, Document doc, DocumentRecord rec, LocalDate published,
                               String contentHash, String recordHash, long rev) throws SQLException {
        String sql = "INSERT INTO articles (identity_key, doc_id, url, title, body, published, outlet, language, content_hash,"
                + " record_hash, revision, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        PreparedStatement ps = statement(c, sql, true);
        ps.setString(1, identity);
        bindArticle(ps, 2, doc, rec, published, contentHash, recordHash, rev);
        ps.executeUpdate();
        try (ResultSet k = ps.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    private long replaceArticle(Connection c, long id, Document doc, DocumentRecord rec, LocalDate published,
                                String contentHash, String recordHash, long rev) throws SQLException {
        List<Long> oldClusters = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.cluster_id, COUNT(m.id) FROM events e"
                + " LEFT JOIN mentions m ON m.event_id = e.id WHERE e.article_id = ? GROUP BY e.cluster_id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    oldClusters.add(rs.getLong(1));
                    reportDeltas.merge(rs.getLong(1), -rs.getInt(2), Integer::sum); // its reports are about to go
                }
            }
        }
        String sql = "UPDATE articles SET doc_id = ?, url = ?, title = ?, body = ?, published = ?, outlet = ?, language = ?,"
                + " content_hash = ?, record_hash = ?, revision = ?, ingested_at = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindArticle(ps, 1, doc, rec, published, contentHash, recordHash, rev);
            ps.setLong(12, id);
            ps.executeUpdate();
        }
        pendingRemovals.add(id);
        pendingRows.removeIf(r -> r.articleId() == id); // written earlier in this transaction, gone too
        // events cascade to their JSON, locations and mentions
        for (String del : new String[] {"DELETE FROM events WHERE article_id = ?", "DELETE FROM article_entities WHERE article_id = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(del)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM clusters WHERE id = ? AND NOT EXISTS (SELECT 1 FROM events WHERE cluster_id = ?)")) {
            for (long cl : oldClusters) {
                ps.setLong(1, cl);
                ps.setLong(2, cl);
                ps.addBatch();
            }
            if (!oldClusters.isEmpty()) ps.executeBatch();
        }
        // the assigner forgets the old events: its clusters rebuilt from what they still hold, or all restored
        if (clusters.stateful() && !assignerStale && !oldClusters.isEmpty()
                && !clusters.removed(links.forLinking(c, oldClusters))) assignerStale = true;
        return id;
    }

    private static void bindArticle(PreparedStatement ps, int i, Document doc, DocumentRecord rec, LocalDate published,
                                    String contentHash, String recordHash, long rev) throws SQLException {
        ps.setString(i, Rows.cap(doc.id(), 1024));
        ps.setString(i + 1, Rows.cap(doc.url(), 4096));
        ps.setString(i + 2, Rows.cap(title(doc, rec), 20000));
        ps.setString(i + 3, doc.text());
        Rows.setDate(ps, i + 4, published);
        ps.setString(i + 5, Rows.cap(outlet(doc, rec), 1024));
        ps.setString(i + 6, Rows.cap(doc.language(), 16));
        ps.setString(i + 7, contentHash);
        ps.setString(i + 8, recordHash);
        ps.setLong(i + 9, rev);
        ps.setTimestamp(i + 10, Timestamp.from(Instant.now()));
    }

    private void writeEvents(Connection c, long articleId, Document doc, LocalDate published, List<Event> events,
                             String[] eventJson) throws SQLException {
        if (events.isEmpty()) return;
        if (clusters.stateful() && assignerStale) {
            clusters.restore(links.allForLinking(c));
            assignerStale = false;
        }
        ClusterAssigner.Candidates candidates = (type, from, to, limit) -> reader.near(c, type, from, to, limit);
        PreparedStatement cl = statement(c, "INSERT INTO clusters (event_type, created_at) VALUES (?, ?)", true);
        PreparedStatement ev = statement(c, "INSERT INTO events (article_id, ordinal, local_id, cluster_id, event_type,"
                + " mode, context, date_text, date_from, date_to, status, killed, injured, captured, party_codes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", true);
        PreparedStatement js = statement(c, "INSERT INTO event_json (event_id, json) VALUES (?, ?)", false);
        PreparedStatement lo = statement(c, "INSERT INTO event_locations (event_id, name, text, name_key, text_key,"
                + " code, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", false);
        PreparedStatement me = statement(c, "INSERT INTO mentions (event_id, article_id, sentence, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)", false);
        int ordinal = 0, places = 0, evidences = 0;
        for (Event e : events) {
            Long cluster = clusters.assign(e, doc, candidates);
            if (cluster == null) {
                cl.setString(1, e.eventType());
                cl.setTimestamp(2, Timestamp.from(Instant.now()));
                cl.executeUpdate();
                try (ResultSet k = cl.getGeneratedKeys()) {
                    k.next();
                    cluster = k.getLong(1);
                }
                clusters.founded(cluster);
            }
            LocalDate[] range = Rows.dayRange(e.date(), e.dateEnd(), published);
            ev.setLong(1, articleId);
            ev.setInt(2, ordinal++);
            ev.setString(3, Rows.cap(e.id(), 512));
            ev.setLong(4, cluster);
            ev.setString(5, e.eventType());
            ev.setString(6, Rows.cap(e.mode(), 32));
            ev.setString(7, Rows.cap(String.join(",", e.context()), 512));
            ev.setString(8, Rows.cap(e.date(), 32));
            Rows.setDate(ev, 9, range[0]);
            Rows.setDate(ev, 10, range[1]);
            ev.setString(11, Rows.cap(e.status(), 16));
            Rows.setInt(ev, 12, Rows.killed(e));
            Rows.setInt(ev, 13, Rows.figure(e.size().injured()));
            Rows.setInt(ev, 14, Rows.figure(e.size().captured()));
            String partyCodes = partyCodes(e);
            ev.setString(15, partyCodes);
            ev.executeUpdate();
            long eventId;
            try (ResultSet k = ev.getGeneratedKeys()) {
                k.next();
                eventId = k.getLong(1);
            }
            js.setLong(1, eventId);
            js.setString(2, eventJson[ordinal - 1]);
            js.addBatch();
            List<FilterRow.Place> filterPlaces = new ArrayList<>(e.locations().size());
            for (Location l : e.locations()) {
                // the normalised keys once, for the row and for the filter index alike
                String nameKey = Rows.cap(Rows.key(l.name()), 2048), textKey = Rows.cap(Rows.key(l.text()), 2048);
                filterPlaces.add(new FilterRow.Place(nameKey, textKey, l.lat() == null ? Double.NaN : l.lat(),
                        l.lon() == null ? Double.NaN : l.lon()));
                lo.setLong(1, eventId);
                lo.setString(2, Rows.cap(l.name(), 2048));
                lo.setString(3, Rows.cap(l.text(), 2048));
                lo.setString(4, nameKey);
                lo.setString(5, textKey);
                lo.setString(6, Rows.cap(l.code(), 32));
                Rows.setDouble(lo, 7, l.lat());
                Rows.setDouble(lo, 8, l.lon());
                lo.addBatch();
                places++;
            }
            pendingRows.add(filterRow(e, eventId, articleId, cluster, range, partyCodes, filterPlaces));
            if (e.evidence() != null) {
                me.setLong(1, eventId);
                me.setLong(2, articleId);
                me.setString(3, Rows.cap(e.evidence().sentence(), 100000));
                me.setInt(4, e.evidence().start());
                me.setInt(5, e.evidence().end());
                me.addBatch();
                evidences++;
                reportDeltas.merge(cluster, 1, Integer::sum);
            }
        }
        js.executeBatch();
        if (places > 0) lo.executeBatch();
        if (evidences > 0) me.executeBatch();
    }

    /** The event's filter columns exactly as written to the tables above. */
    private static FilterRow filterRow(Event e, long eventId, long articleId, long cluster, LocalDate[] range, String partyCodes,
                                       List<FilterRow.Place> places) {
        List<String> codes = Rows.partyCodes(partyCodes);
        Integer killed = Rows.killed(e);
        return new FilterRow(eventId, articleId, cluster, e.eventType(), Rows.cap(e.mode(), 32), Rows.cap(e.status(), 16),
                FilterRow.day(range[0]), FilterRow.day(range[1]), killed == null ? EventFilterIndex.NO_KILLED : killed,
                FilterRow.dayKey(Rows.cap(e.date(), 32)), codes, places);
    }

    /**
     * The {@code party_codes} column: the event's actor then recipient codes (capped as a code
     * column), space-separated (codes hold none), whole codes only up to the column's 2,048
     * characters; null when there is none.
     */
    static String partyCodes(Event e) {
        StringBuilder sb = new StringBuilder();
        for (List<Party> side : List.of(e.actor(), e.recipient())) {
            for (Party p : side) {
                String code = Rows.cap(p.code(), 32);
                if (code == null || code.isEmpty() || sb.length() + 1 + code.length() > 2048) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(code);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private String toJson(Event e) {
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event not serialisable", ex);
        }
    }

    private static int countEvents(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events WHERE article_id = ?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
