package org.marsad.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.doc.Document;
import org.marsad.pipeline.DocumentRecord;

/**
 * The Marsad store: what {@code marsad ingest} writes and {@code marsad serve} reads.
 *
 * <pre>{@code
 * try (MarsadStore store = MarsadStore.open(Path.of("marsad-data"))) {       // embedded H2 + Lucene
 *     store.ingest(doc, pipeline.process(doc));                             // idempotent
 *     EventPage page = store.events(EventQuery.all().types(List.of("ASSAULT")).limit(20));
 *     Optional<EventDetail> ev = store.event(page.events().get(0).id());   // with every report
 *     SearchResult hits = store.search("\"وقف إطلاق النار\"", 10, 0);       // highlighted
 * }
 * }</pre>
 *
 * <p><b>Identity.</b> An article is the same article when it has the same URL, else (no URL) the
 * same text. Ingesting it again with the same text, metadata and extraction writes nothing
 * ({@link IngestResult.Outcome#UNCHANGED}); with anything changed, it keeps its id and its events,
 * entity mentions and evidence are replaced ({@link IngestResult.Outcome#REPLACED}).
 *
 * <p><b>Clusters.</b> Each event belongs to one cluster (one incident, however many outlets report
 * it); the {@link ClusterAssigner} given at open decides which. The default is
 * {@link LinkingClusterAssigner} (cross-document linking, {@code org.marsad.link});
 * {@link ClusterAssigner#SINGLETON} puts each event in a cluster of its own.
 *
 * <p><b>Durability.</b> One database transaction per call: {@link #ingest} commits one article,
 * {@link #ingestAll} a batch of them (all or none). Committed articles are indexed on a background
 * thread ({@link BackgroundIndexer}); the index is committed every {@value #INDEX_COMMIT_EVERY}
 * articles or 30 s (on that thread), at {@link #flush()} and at {@link #close()}, always after a checkpoint of the
 * database; on open, an index that disagrees with the database is reconciled from it. Search sees an
 * article as soon as {@code ingest} returns (a search first waits for the indexing thread).
 *
 * <p><b>Threads.</b> Reads run concurrently on pooled connections; ingests are serialised. One
 * process opens a store at a time.
 */
public final class MarsadStore implements AutoCloseable {
    static final int INDEX_COMMIT_EVERY = 1000;
    private static final long INDEX_COMMIT_MILLIS = 30_000;

    private final Database db;
    private final ArticleIndex index;
    private final BackgroundIndexer indexer;
    // loaded on the first query, then kept in step by the writer (under writeLock); null until then
    private volatile EventFilterIndex filters;
    private final StoreReader reader;
    private final StoreWriter writer;
    private final Object writeLock = new Object();
    private int uncommitted;
    private long lastIndexCommit = System.currentTimeMillis();
    private final int reconciled;

    private MarsadStore(Database db, ArticleIndex index, ClusterAssigner clusters) {
        this.db = db;
        this.index = index;
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.reader = new StoreReader(json, db.isH2());
        long[] mark = dbMark();
        this.writer = new StoreWriter(json, clusters, reader, mark[1]);
        this.reconciled = reconcile(mark);
        this.indexer = new BackgroundIndexer(index);
    }

    /** One article to store: the document as read and the pipeline's record for it. */
    public record Article(Document doc, DocumentRecord rec) {}

    /** Opens (creating when absent) the embedded store of a data directory: {@code DIR/db} and {@code DIR/index}. */
    public static MarsadStore open(Path dataDir) {
        return open(Database.h2Url(dataDir), dataDir.resolve("index"), new LinkingClusterAssigner());
    }

    /** Opens a store on a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql:…}) with its index in {@code indexDir}. */
    public static MarsadStore open(String jdbcUrl, Path indexDir) {
        return open(jdbcUrl, indexDir, new LinkingClusterAssigner());
    }

    /** As {@link #open(String, Path)}, with the cluster assignment of cross-document linking. */
    public static MarsadStore open(String jdbcUrl, Path indexDir, ClusterAssigner clusters) {
        Database db = Database.open(jdbcUrl);
        ArticleIndex index;
        try {
            index = new ArticleIndex(indexDir);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        try {
            return new MarsadStore(db, index, clusters);
        } catch (RuntimeException e) {
            index.close();
            db.close();
            throw e;
        }
    }

    /**
     * Stores one article and what the pipeline extracted from it, in one transaction.
     *
     * @param doc the article as read (its text, URL and metadata)
     * @param rec the pipeline's record for it ({@code Pipeline.process(doc)})
     */
    public IngestResult ingest(Document doc, DocumentRecord rec) {
        return ingestAll(List.of(new Article(doc, rec))).get(0);
    }

    /**
     * Stores articles in input order in one transaction (each as {@link #ingest} would: the same
     * article twice in a batch is stored once). One commit for many articles is what makes bulk
     * ingest fast; a crash loses the uncommitted batch whole, and re-running the ingest redoes it.
     * When the batch fails, it is rolled back and retried one article per transaction, so every
     * article before the failing one is stored and the failure is thrown for that one.
     *
     * @return one result per article, in order
     */
    public List<IngestResult> ingestAll(List<Article> batch) {
        if (batch.isEmpty()) return List.of();
        synchronized (writeLock) {
            List<StoreWriter.Written> written;
            try {
                written = writeTransaction(batch);
            } catch (RuntimeException e) {
                if (batch.size() == 1) throw e;
                written = new ArrayList<>(batch.size());
                for (Article a : batch) written.addAll(writeTransaction(List.of(a)));
            }
            List<IngestResult> results = new ArrayList<>(written.size());
            for (StoreWriter.Written w : written) {
                if (w.article() != null) {
                    indexer.put(w.article(), w.result().outcome() == IngestResult.Outcome.NEW);
                    uncommitted++;
                }
                results.add(w.result());
            }
            if (uncommitted >= INDEX_COMMIT_EVERY || System.currentTimeMillis() - lastIndexCommit > INDEX_COMMIT_MILLIS) commitIndexLater();
            return results;
        }
    }

    /** Writes and commits {@code batch} in one transaction; rolled back (and thrown) on failure. */
    private List<StoreWriter.Written> writeTransaction(List<Article> batch) {
        String what = batch.size() == 1 ? "cannot store article " + batch.get(0).doc().id()
                : "cannot store a batch of " + batch.size() + " articles from " + batch.get(0).doc().id();
        // Hashing and JSON rendering need no database: done for the whole batch on every core first.
        List<StoreWriter.Prepared> prepared = batch.size() == 1 ? List.of(writer.prepare(batch.get(0).doc(), batch.get(0).rec()))
                : batch.parallelStream().map(a -> writer.prepare(a.doc(), a.rec())).toList();
        return withConnection(c -> {
            c.setAutoCommit(false);
            try {
                List<StoreWriter.Written> out = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) out.add(writer.write(c, batch.get(i).doc(), batch.get(i).rec(), prepared.get(i)));
                writer.finish(c);
                c.commit();
                StoreWriter.Changes changes = writer.committed();
                EventFilterIndex f = filters;
                if (f != null) {
                    for (long article : changes.removedArticles()) f.removeArticle(article);
                    f.add(changes.rows());
                }
                return out;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                writer.rolledBack();
                throw e;
            } finally {
                writer.closeStatements();
            }
        }, what);
    }

    /**
     * The periodic index commit, without waiting for it: the database is made durable (checkpoint)
     * here, and the commit marked with it runs on the indexing thread once the articles queued
     * before it are indexed, while this thread writes the next batches.
     */
    private void commitIndexLater() {
        withConnection(c -> {
            db.checkpoint(c);
            return null;
        }, "cannot checkpoint the database");
        long[] mark = dbMark();
        indexer.commitLater(mark[0], mark[1]);
        uncommitted = 0;
        lastIndexCommit = System.currentTimeMillis();
    }

    /** Makes everything ingested so far durable in the index too (the database already is). */
    public void flush() {
        synchronized (writeLock) {
            indexer.await();
            withConnection(c -> {
                db.checkpoint(c);
                return null;
            }, "cannot checkpoint the database");
            long[] mark = dbMark();
            index.commit(mark[0], mark[1]);
            uncommitted = 0;
            lastIndexCommit = System.currentTimeMillis();
        }
    }

    /**
     * A page of events matching {@code q}, with the total count of matches: counted and paged in the
     * in-memory {@link EventFilterIndex}, the page's events then read by key.
     */
    public EventPage events(EventQuery q) {
        EventFilterIndex.Page page = filterIndex().page(q, textMatches(q));
        return new EventPage(page.total(), withConnection(c -> reader.byIds(c, page.ids()), "cannot query events"));
    }

    /** {@link #events} answered by SQL over the tables alone (the reference the filter index is tested against). */
    EventPage eventsBySql(EventQuery q) {
        if (q.text() != null) indexer.await();
        long[] matches = q.text() == null ? null : index.matchingIds(q.text());
        return withConnection(c -> reader.events(c, q, matches), "cannot query events");
    }

    /** Each cluster's reports counted from the mentions: what the stored report counts are tested against. */
    Map<Long, Long> countedReportsBySql() {
        return withConnection(c -> {
            Map<Long, Long> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(StoreReader.COUNTED_REPORTS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
            }
            return out;
        }, "cannot count reports");
    }

    /** The SQL aggregate {@link #timeline} is tested against. */
    Map<String, Map<String, Long>> timelineBySql(EventQuery q) {
        if (q.text() != null) indexer.await();
        long[] matches = q.text() == null ? null : index.matchingIds(q.text());
        return withConnection(c -> reader.timeline(c, q, matches), "cannot query the timeline");
    }

    /** Articles matching the text filter as a set of ids, or null when there is none. */
    private java.util.BitSet textMatches(EventQuery q) {
        if (q.text() == null) return null;
        indexer.await();
        java.util.BitSet set = new java.util.BitSet();
        for (long id : index.matchingIds(q.text())) if (id <= Integer.MAX_VALUE) set.set((int) id);
        return set;
    }

    private EventFilterIndex filterIndex() {
        EventFilterIndex f = filters;
        if (f != null) return f;
        synchronized (writeLock) { // no write commits while the tables are read
            if (filters == null) {
                EventFilterIndex loaded = new EventFilterIndex();
                loaded.add(withConnection(reader::filterRows, "cannot load the event filters"));
                filters = loaded;
            }
            return filters;
        }
    }

    /**
     * Events per day and type under the filters of {@code q} (its paging and sort are ignored), counted
     * in the filter index: {day (the event's date as extracted, up to 10 characters) → {type → count}}, days in order.
     */
    public Map<String, Map<String, Long>> timeline(EventQuery q) {
        return filterIndex().timeline(q, textMatches(q));
    }

    /** One event with every report of its cluster (outlet, date, URL, evidence sentence and offsets). */
    public Optional<EventDetail> event(long id) {
        return withConnection(c -> reader.event(c, id), "cannot read event " + id);
    }

    /** One article with its text and the spans of its entities and events. */
    public Optional<ArticleView> article(long id) {
        return withConnection(c -> reader.article(c, id), "cannot read article " + id);
    }

    /**
     * Distinct entities, most mentioned first.
     *
     * @param type  PER, ORG or LOC, or null for all
     * @param code  ISO3 / IGO code, or null
     * @param text  part of the name or surface form (Arabic-normalised, case-insensitive), or null
     */
    public List<EntitySummary> entities(String type, String code, String text, int limit, int offset) {
        if (limit < 1 || limit > EventQuery.MAX_LIMIT || offset < 0) throw new IllegalArgumentException("bad limit/offset");
        return withConnection(c -> reader.entities(c, type, code, text, limit, offset), "cannot list entities");
    }

    /**
     * Full-text search of articles: Lucene classic syntax ({@code "a phrase"}, {@code AND}/{@code OR},
     * {@code -term}, {@code field:term}); terms must all occur by default, in the exact, normalised or
     * stemmed view. Throws {@link IllegalArgumentException} for a malformed query.
     */
    public SearchResult search(String query, int limit, int offset) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("empty search query");
        if (limit < 1 || limit > 1000 || offset < 0) throw new IllegalArgumentException("bad limit/offset");
        indexer.await();
        return index.search(query, limit, offset);
    }

    /**
     * Counts: articles, events, clusters, entities, and events by type, day, party and status. The
     * event counts come from the filter index once it is loaded ({@code serve} loads it at start),
     * else from SQL over the tables (a one-off {@code marsad stats} need not load it).
     */
    public StoreStats stats() {
        EventFilterIndex f = filters;
        if (f == null) return statsBySql();
        EventFilterIndex.Counts k = f.counts();
        long[] t = withConnection(StatsQueries::totals, "cannot read statistics");
        return new StoreStats(t[0], k.events(), t[1], t[2], k.byType(), k.byDay(), k.byParty(), k.byStatus());
    }

    /** {@link #stats} by SQL over the tables alone. */
    StoreStats statsBySql() {
        return withConnection(StatsQueries::stats, "cannot read statistics");
    }

    /** True when an article with this URL is stored. */
    public boolean containsUrl(String url) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE identity_key = ?")) {
                ps.setString(1, url.trim());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        }, "cannot look up " + url);
    }

    /** Subscribes to a feed (no-op when already subscribed) and returns it. */
    public Feed addFeed(String url) {
        return withConnection(c -> FeedTable.add(c, url.trim()), "cannot add feed " + url);
    }

    /** Unsubscribes; false when the feed was not subscribed. */
    public boolean removeFeed(String url) {
        return withConnection(c -> FeedTable.remove(c, url.trim()), "cannot remove feed " + url);
    }

    public List<Feed> feeds() {
        return withConnection(FeedTable::list, "cannot list feeds");
    }

    /** Records the outcome of one poll of a feed: its title, an error (null when fine) and the items ingested. */
    public void recordPoll(long feedId, String title, String error, int newItems) {
        withConnection(c -> {
            FeedTable.recordPoll(c, feedId, title, error, newItems);
            return null;
        }, "cannot record feed poll");
    }

    /** Articles the index had to (re)index or drop when this store was opened (0 when it agreed). */
    public int reconciledOnOpen() {
        return reconciled;
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            indexer.close();
            index.close();
            db.close();
        }
    }

    // --- internals -------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T withConnection(Work<T> work, String what) {
        Connection c = null;
        try {
            c = db.borrow();
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(what + ": " + Database.firstLine(e), e);
        } finally {
            db.release(c);
        }
    }

    /** Article count and highest revision in the database. */
    private long[] dbMark() {
        return withConnection(c -> {
            // two statements: each alone has a fast path (the table's row count; the revision index, V8)
            return new long[] {StatsQueries.count(c, "SELECT COUNT(*) FROM articles"),
                    StatsQueries.count(c, "SELECT COALESCE(MAX(revision), 0) FROM articles")};
        }, "cannot read the store");
    }

    /** Brings the index in line with the database when its last commit mark disagrees; returns documents touched. */
    private int reconcile(long[] dbMark) {
        long[] mark = index.committedMark();
        if (mark[0] == dbMark[0] && mark[1] == dbMark[1]) return 0;
        return withConnection(c -> IndexReconciler.reconcile(index, c, dbMark), "cannot reconcile the index");
    }
}
