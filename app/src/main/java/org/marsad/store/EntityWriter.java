package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.doc.Span;
import org.marsad.entity.Entity;

/**
 * The entity half of {@link StoreWriter}: upserts an article's entities (one row per distinct
 * entity in the store, keyed by KB id or type and normalised text) and writes one
 * {@code article_entities} row per entity of the article with its mention spans packed. Entity ids
 * are cached once their insert has committed. Not thread-safe (the store's single writer).
 */
final class EntityWriter {
    /** The writer's statements of the open transaction, prepared once each. */
    @FunctionalInterface
    interface Statements {
        PreparedStatement get(String sql, boolean generatedKeys) throws SQLException;
    }

    // entity key → id, for entities whose insert has committed (a rolled-back id must not be cached)
    private final Map<String, Long> entityIds = new HashMap<>();
    // entities inserted by the open transaction: usable inside it, cached only once it commits
    private final Map<String, Long> pendingEntities = new HashMap<>();

    /** Upserts the article's entities and writes one row per entity with its spans. */
    void write(Statements st, long articleId, List<Entity> entities) throws SQLException {
        if (entities.isEmpty()) return;
        Map<Long, TreeSet<Span>> spans = new LinkedHashMap<>();
        PreparedStatement find = st.get("SELECT id FROM entities WHERE entity_key = ?", false);
        PreparedStatement ins = st.get("INSERT INTO entities (entity_key, type, text, text_key, name, kb_id, code, sector)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", true);
        PreparedStatement men = st.get("INSERT INTO article_entities (article_id, entity_id, mentions, spans) VALUES (?, ?, ?, ?)", false);
        for (Entity e : entities) {
            String key = entityKey(e);
            if (key == null) continue;
            Long id = entityIds.get(key);
            if (id == null) id = pendingEntities.get(key);
            if (id == null) {
                find.setString(1, key);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) id = rs.getLong(1);
                }
                if (id != null) entityIds.put(key, id); // committed by an earlier transaction
            }
            if (id == null) {
                ins.setString(1, key);
                ins.setString(2, e.type());
                ins.setString(3, Rows.cap(e.text(), 2048));
                ins.setString(4, Rows.cap(Rows.key(e.text()), 2048));
                ins.setString(5, Rows.cap(e.name(), 2048));
                ins.setString(6, Rows.cap(e.id(), 512));
                ins.setString(7, Rows.cap(e.code(), 32));
                ins.setString(8, Rows.cap(e.sector(), 8));
                ins.executeUpdate();
                try (ResultSet k = ins.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
                pendingEntities.put(key, id);
            }
            spans.computeIfAbsent(id, k -> new TreeSet<>()).addAll(e.mentionSpans());
        }
        for (Map.Entry<Long, TreeSet<Span>> en : spans.entrySet()) {
            StringBuilder packed = new StringBuilder();
            for (Span s : en.getValue()) {
                if (packed.length() > 0) packed.append(';');
                packed.append(s.start()).append(',').append(s.end());
            }
            men.setLong(1, articleId);
            men.setLong(2, en.getKey());
            men.setInt(3, en.getValue().size());
            men.setString(4, packed.toString());
            men.addBatch();
        }
        if (!spans.isEmpty()) men.executeBatch();
    }

    /** The transaction has committed: the entities it inserted may be cached. */
    void committed() {
        entityIds.putAll(pendingEntities);
        pendingEntities.clear();
    }

    /** The transaction was rolled back: its entity ids were never stored. */
    void rolledBack() {
        pendingEntities.clear();
    }

    static String entityKey(Entity e) {
        if (e.id() != null && !e.id().isBlank()) return Rows.cap("kb:" + e.id(), 2048);
        String k = Rows.key(e.text());
        return k == null ? null : Rows.cap(e.type() + ":" + k, 2048);
    }
}
