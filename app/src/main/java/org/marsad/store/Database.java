package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * The relational side of the store: a JDBC URL (embedded H2 or PostgreSQL), its schema brought up to
 * date by Flyway on open, and a small pool of connections so that readers on many threads do not
 * wait for each other. Connections are handed out with auto-commit on; writers switch it off.
 */
final class Database implements AutoCloseable {
    // Flyway logs through java.util.logging here; keep the logger referenced so its level sticks,
    // and keep INFO chatter off the console (stdout is for JSON).
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    private static final int MAX_IDLE = 8;

    private final String url;
    private final boolean h2;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    private Database(String url) {
        this.url = url;
        this.h2 = url.startsWith("jdbc:h2:");
    }

    /** JDBC URL of the embedded H2 database of a data directory. */
    static String h2Url(Path dataDir) {
        // The file is DIR/db/marsad.mv.db. MVStore commits are atomic, and the store calls CHECKPOINT
        // before each Lucene commit, so the index never runs ahead of what survives a kill -9.
        // async: (AsynchronousFileChannel) rather than file: (FileChannel): a FileChannel is closed by
        // Thread.interrupt(), and under the server's load H2 then failed every read ("Reading from
        // file … failed") until it closed the database. Same files on disk. A query cache that holds
        // every statement of the ingest path (the default 8 re-parses them per article) and a 128 MB
        // page cache.
        // MAX_COMPACT_TIME=0: no compaction when the database closes. H2 2.3.232's close-time compaction
        // (moving live chunks to the front of the file and truncating it) can leave a file that no
        // longer opens or has lost rows (h2database/h2database#4247). IngestCommandTest failed once that
        // way: the re-ingest after the kill -9 finished and closed cleanly, and the next open (`stats`)
        // hit "File corrupted while reading record" (the error H2 also gives when a live chunk's page
        // is overwritten on purpose); the open right after the kill -9 had succeeded. The file is
        // still kept small while open, by H2's background rewrite of sparse chunks.
        // H2's default write delay (0.5 s): a commit returns once it is in memory, and H2's own writer
        // thread stores the committed pages within half a second, many commits in one write. With
        // WRITE_DELAY=0 every commit (a batch of 100 articles) serialised its pages on the ingesting
        // thread, the one serial thread of an ingest, and rewrote the half-filled last pages of every
        // table at each batch: 2,000 articles took 174-196 articles/s against 242-254 now (README
        // "Measured figures"). What a kill -9 can lose is the last half second of commits, never a
        // part of one (MVStore chunks are atomic); a rerun of the same ingest redoes them (idempotent).
        // Whoever must know an article is on disk calls MarsadStore.flush() (the server's POST does,
        // watch after each round, ingest at its end and before each progress line it logs).
        return "jdbc:h2:async:" + dataDir.resolve("db").resolve("marsad").toAbsolutePath()
                + ";QUERY_CACHE_SIZE=64;CACHE_SIZE=131072;MAX_COMPACT_TIME=0";
    }

    /** Opens {@code url}, failing with a one-line message, and migrates its schema. */
    static Database open(String url) {
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:"))
            throw new StoreException("unsupported database URL (jdbc:h2:… or jdbc:postgresql:…): " + url);
        Database db = new Database(url);
        try {
            db.release(db.connect());
        } catch (SQLException e) {
            throw new StoreException("cannot open database " + redact(url) + ": " + firstLine(e));
        }
        FLYWAY_LOG.setLevel(Level.WARNING);
        try {
            Flyway.configure().loggers("org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator").dataSource(url, null, null)
                    .locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate the store schema of " + redact(url) + ": " + firstLine(e));
        }
        return db;
    }

    boolean isH2() { return h2; }

    /** A connection from the pool (auto-commit on); give it back with {@link #release}. */
    Connection borrow() throws SQLException {
        synchronized (idle) {
            if (closed) throw new SQLException("store is closed");
            Connection c = idle.pollFirst();
            if (c != null) return c;
        }
        return connect();
    }

    /** Returns a connection to the pool; one left in a transaction or broken is closed instead. */
    void release(Connection c) {
        if (c == null) return;
        try {
            if (c.isClosed()) return;
            if (!c.getAutoCommit()) {
                c.rollback();
                c.setAutoCommit(true);
            }
            synchronized (idle) {
                if (!closed && idle.size() < MAX_IDLE) {
                    idle.addLast(c);
                    return;
                }
            }
            c.close();
        } catch (SQLException e) {
            try { c.close(); } catch (SQLException ignored) { /* already broken */ }
        }
    }

    /** Makes every committed transaction durable before the index is committed (H2 writes lazily). */
    void checkpoint(Connection c) throws SQLException {
        if (!h2) return; // PostgreSQL commits are durable when they return
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            for (Connection c : idle) {
                try { c.close(); } catch (SQLException ignored) { /* closing anyway */ }
            }
            idle.clear();
        }
    }

    /** The URL without a password (for messages). */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
