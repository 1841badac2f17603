package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.event.Event;

/** What a stateful {@link ClusterAssigner} is handed of the stored events: all of them, or those of some clusters. */
final class LinkingReads {
    private final ObjectMapper json;
    private final boolean h2;

    LinkingReads(ObjectMapper json, boolean h2) {
        this.json = json;
        this.h2 = h2;
    }

    /** Every stored event with its cluster and article, in store order (for a linking assigner). */
    List<ClusterAssigner.Restored> allForLinking(Connection c) throws SQLException {
        // The articles apart, then the events in key order, streamed. As one join H2 started from a scan
        // of articles and sorted every event's JSON through a temporary result: ≈ 5 CPU s at 100k events,
        // most of what any ingest into such a store paid at its start.
        record Source(String doc, String outlet, LocalDate published) {}
        Map<Long, Source> articles = new java.util.HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, doc_id, outlet, published FROM articles")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) articles.put(rs.getLong(1), new Source(rs.getString(2), rs.getString(3), Rows.date(rs, "published")));
            }
        }
        List<ClusterAssigner.Restored> out = new ArrayList<>();
        Rows.lazy(c, h2, true);
        try (PreparedStatement ps = c.prepareStatement("SELECT e.article_id, e.cluster_id, j.json FROM events e"
                + " JOIN event_json j ON j.event_id = e.id ORDER BY e.id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Source a = articles.get(rs.getLong(1));
                    out.add(new ClusterAssigner.Restored(rs.getLong(2), a.doc(), a.outlet(), a.published(), event(rs.getString(3))));
                }
            }
        } finally {
            Rows.lazy(c, h2, false);
        }
        return out;
    }

    private Event event(String eventJson) {
        try {
            return json.readValue(eventJson, Event.class);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored event is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** The stored events of these clusters, per cluster in store order (an empty list for a cluster with none left). */
    Map<Long, List<ClusterAssigner.Restored>> forLinking(Connection c, List<Long> clusters) throws SQLException {
        Map<Long, List<ClusterAssigner.Restored>> out = new LinkedHashMap<>();
        for (long cl : clusters) out.put(cl, new ArrayList<>());
        // H2 drives this join from the cluster index (a few clusters' events, then their JSON and article by key)
        StringBuilder sql = new StringBuilder("SELECT e.cluster_id, a.doc_id, a.outlet, a.published, j.json FROM events e"
                + " JOIN articles a ON a.id = e.article_id JOIN event_json j ON j.event_id = e.id WHERE e.cluster_id IN (");
        for (int i = 0; i < clusters.size(); i++) sql.append(i == 0 ? "?" : ", ?");
        sql.append(") ORDER BY e.id");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < clusters.size(); i++) ps.setLong(i + 1, clusters.get(i));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.get(rs.getLong(1)).add(restored(rs));
            }
        }
        return out;
    }

    private ClusterAssigner.Restored restored(ResultSet rs) throws SQLException {
        return new ClusterAssigner.Restored(rs.getLong(1), rs.getString(2), rs.getString(3), Rows.date(rs, "published"),
                event(rs.getString(5)));
    }
}
