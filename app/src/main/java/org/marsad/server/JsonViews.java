package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.marsad.store.ArticleView;
import org.marsad.store.EntitySummary;
import org.marsad.store.EventDetail;
import org.marsad.store.EventPage;
import org.marsad.store.Report;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreStats;
import org.marsad.store.StoredEvent;

/**
 * The JSON shapes of the API, built as trees so that the wire format is decided here and not by
 * whatever getters a store record happens to have. An event is the spec's EVENT with its pipeline
 * id moved to {@code event_id}, and {@code id} the store id that {@code /api/events/{id}} takes.
 */
public final class JsonViews {
    private final ObjectMapper om;

    public JsonViews(ObjectMapper om) {
        this.om = om;
    }

    public ObjectNode event(StoredEvent e) {
        ObjectNode spec = om.valueToTree(e.event());
        ObjectNode n = om.createObjectNode();
        n.put("id", e.id());
        n.put("event_id", spec.path("id").asText(null));
        spec.remove("id");
        n.setAll(spec);
        n.put("cluster_id", e.clusterId());
        n.put("report_count", e.reportCount());
        n.put("article_id", e.articleId());
        n.put("doc", e.doc());
        return n;
    }

    public ObjectNode page(EventPage p, int limit, int offset) {
        ObjectNode n = om.createObjectNode();
        n.put("total", p.total());
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode a = n.putArray("events");
        for (StoredEvent e : p.events()) a.add(event(e));
        return n;
    }

    public ObjectNode detail(EventDetail d) {
        ObjectNode n = event(d.event());
        ArrayNode a = n.putArray("reports");
        for (Report r : d.reports()) {
            ObjectNode o = a.addObject();
            o.put("event_id", r.eventId());
            o.put("article_id", r.articleId());
            o.put("doc", r.doc());
            o.put("title", r.title());
            o.put("outlet", r.outlet());
            o.put("published", date(r.published()));
            o.put("url", r.url());
            ObjectNode ev = o.putObject("evidence");
            ev.put("sentence", r.sentence());
            ev.put("start", r.start());
            ev.put("end", r.end());
        }
        return n;
    }

    public ObjectNode article(ArticleView v) {
        ObjectNode n = om.createObjectNode();
        n.put("id", v.id());
        n.put("doc", v.doc());
        n.put("title", v.title());
        n.put("published", date(v.published()));
        n.put("outlet", v.outlet());
        n.put("url", v.url());
        n.put("text", v.text());
        ArrayNode ents = n.putArray("entities");
        for (ArticleView.EntitySpan s : v.entities()) {
            ObjectNode o = ents.addObject();
            o.put("entity_id", s.entityId());
            o.put("type", s.type());
            o.put("text", s.text());
            o.put("name", s.name());
            o.put("code", s.code());
            o.put("start", s.start());
            o.put("end", s.end());
        }
        ArrayNode evs = n.putArray("events");
        for (ArticleView.EventSpan s : v.events()) {
            ObjectNode o = evs.addObject();
            o.put("event_id", s.eventId());
            o.put("cluster_id", s.clusterId());
            o.put("event_type", s.eventType());
            o.put("mode", s.mode());
            o.put("status", s.status());
            o.put("start", s.start());
            o.put("end", s.end());
        }
        return n;
    }

    public ObjectNode entity(EntitySummary e) {
        ObjectNode o = om.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.type());
        o.put("text", e.text());
        o.put("name", e.name());
        o.put("kb_id", e.kbId());
        o.put("code", e.code());
        o.put("articles", e.articles());
        o.put("mentions", e.mentions());
        return o;
    }

    /** Hits carry the store's highlighted fragments: HTML-escaped text with {@code <mark>} only. */
    public ObjectNode search(String q, SearchResult r, int limit, int offset) {
        ObjectNode n = om.createObjectNode();
        n.put("q", q);
        n.put("total", r.total());
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode a = n.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode o = a.addObject();
            o.put("article_id", h.articleId());
            o.put("doc", h.doc());
            o.put("title", h.title());
            o.put("title_html", h.titleHtml());
            o.put("outlet", h.outlet());
            o.put("published", date(h.published()));
            o.put("url", h.url());
            o.put("score", h.score());
            ArrayNode f = o.putArray("fragments");
            h.fragments().forEach(f::add);
        }
        return n;
    }

    public ObjectNode stats(StoreStats s) {
        ObjectNode n = om.createObjectNode();
        n.put("articles", s.articles());
        n.put("events", s.events());
        n.put("clusters", s.clusters());
        n.put("entities", s.entities());
        counts(n.putObject("by_day"), s.byDay());
        counts(n.putObject("by_type"), s.byType());
        counts(n.putObject("by_party"), s.byParty());
        counts(n.putObject("by_status"), s.byStatus());
        return n;
    }

    private static void counts(ObjectNode n, Map<String, Long> m) {
        m.forEach(n::put);
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
