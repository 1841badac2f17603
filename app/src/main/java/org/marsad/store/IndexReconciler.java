package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings the Lucene index in line with the database, the source of truth, when its last commit mark
 * disagrees (a killed ingest, a lost index): articles missing or stale in the index (other revision
 * or text hash) are indexed again from their rows, documents of articles no longer stored deleted,
 * and the index committed with the database's mark.
 */
final class IndexReconciler {
    private IndexReconciler() {}

    /** Returns the documents indexed again or deleted. */
    static int reconcile(ArticleIndex index, Connection c, long[] dbMark) throws SQLException {
        Map<Long, ArticleIndex.Entry> indexed = index.entries();
        List<Long> stale = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, revision, content_hash FROM articles");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                ArticleIndex.Entry e = indexed.remove(id);
                if (e == null || e.revision() != rs.getLong(2) || !e.hash().equals(rs.getString(3))) stale.add(id);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, revision, content_hash, doc_id, title, body, published, outlet, url FROM articles WHERE id = ?")) {
            for (long id : stale) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) index.put(new ArticleIndex.Article(id, rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Rows.date(rs, "published"), rs.getString(8), rs.getString(9)));
                }
            }
        }
        for (long orphan : indexed.keySet()) index.delete(orphan); // indexed, but not in the database
        index.commit(dbMark[0], dbMark[1]);
        return stale.size() + indexed.size();
    }
}
