package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.MarsadStore;

/** The JSON API, the exports and the write switch, over a hand-filled store on a free port. */
class ServerApiTest {
    @TempDir static Path tmp;
    static MarsadStore store;
    static MarsadServer server;
    static MarsadStore writableStore;
    static MarsadServer writable;
    static final HttpClient http = HttpClient.newHttpClient();
    static final ObjectMapper om = new ObjectMapper();

    @BeforeAll
    static void start() {
        store = MarsadStore.open(tmp.resolve("data"));
        ServerFixtures.fill(store);
        server = new MarsadServer(store, Pipeline::new, null).start("127.0.0.1", 0);
        writableStore = MarsadStore.open(tmp.resolve("writable"));
        writable = new MarsadServer(writableStore, Pipeline::new, "s3cret").start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (writable != null) writable.close();
        if (store != null) store.close();
        if (writableStore != null) writableStore.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        return om.readTree(r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsEventsWithClusterAndReportCount() throws Exception {
        JsonNode page = json("/api/events");
        assertEquals(ServerFixtures.EVENTS, page.get("total").asInt());
        JsonNode first = page.get("events").get(0);
        assertEquals("2026-03-14", first.get("date").asText(), "newest first by default");
        for (String f : List.of("id", "event_id", "event_type", "mode", "actor", "recipient", "locations", "size", "status",
                "evidence", "cluster_id", "report_count")) {
            assertTrue(first.has(f), "event has " + f);
        }
        assertEquals(2, json("/api/events?limit=2").get("events").size());
        assertEquals(ServerFixtures.EVENTS, json("/api/events?limit=2").get("total").asInt(), "total ignores paging");
        assertEquals(1, json("/api/events?limit=5&offset=5").get("events").size());
    }

    @Test
    void filtersEvents() throws Exception {
        assertEquals(ServerFixtures.ASSAULTS, json("/api/events?type=ASSAULT").get("total").asInt());
        assertEquals(ServerFixtures.ASSAULTS + 1, json("/api/events?type=assault,protest").get("total").asInt());
        assertEquals(2, json("/api/events?bbox=46,39,47,40").get("total").asInt(), "two reports near Goris");
        assertEquals(1, json("/api/events?min_killed=4").get("total").asInt());
        assertEquals(2, json("/api/events?status=claimed").get("total").asInt());
        assertEquals(2, json("/api/events?from=2026-03-12&to=2026-03-13").get("total").asInt());
        assertEquals(2, json("/api/events?location=Goris").get("total").asInt());
        assertEquals(2, json("/api/events?location=" + enc("غوريس") + "&type=ASSAULT").get("total").asInt());
        assertEquals("heavy-weapons", json("/api/events?mode=heavy-weapons").get("events").get(0).get("mode").asText());
        assertEquals(4, json("/api/events?sort=-killed").get("events").get(0).at("/size/killed/best").asInt());
        assertEquals(5, json("/api/events?party=AZE").get("total").asInt(), "every event but the protest has AZE as a party");
    }

    @Test
    void textQueryGoesThroughTheIndex() throws Exception {
        JsonNode r = json("/api/events?q=" + enc("غوريس"));
        assertTrue(r.get("total").asInt() >= 2, r.toString());
        for (JsonNode e : r.get("events")) assertTrue(e.get("doc").asText().matches("t-0[12]"), e.toString());
    }

    @Test
    void malformedParametersAre400WithAJsonError() throws Exception {
        for (String q : List.of("from=2026-13-01", "to=yesterday", "type=BOMBING", "bbox=1,2,3", "bbox=a,b,c,d", "bbox=5,5,1,1",
                "limit=0", "limit=100000", "offset=-1", "min_killed=many", "sort=random", "status=rumoured", "colour=red",
                "from=2026-03-10&to=2026-03-01")) {
            HttpResponse<String> r = get("/api/events?" + q);
            assertEquals(400, r.statusCode(), q);
            assertTrue(om.readTree(r.body()).get("error").asText().length() > 3, q);
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), q);
        }
        assertEquals(400, get("/api/events/abc").statusCode());
        assertEquals(400, get("/api/search").statusCode());
        assertEquals(400, get("/api/export.csv?type=NOPE").statusCode());
        assertEquals(404, get("/api/events/999999").statusCode());
        HttpResponse<String> unknown = get("/api/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertTrue(om.readTree(unknown.body()).has("error"));
    }

    @Test
    void eventDetailHasEveryReportWithEvidence() throws Exception {
        long id = json("/api/events?type=ASSAULT&mode=drone").get("events").get(0).get("id").asLong();
        JsonNode d = json("/api/events/" + id);
        assertEquals("ASSAULT", d.get("event_type").asText());
        JsonNode rep = d.get("reports").get(0);
        assertEquals("t-05", rep.get("doc").asText());
        assertEquals("2026-03-14", rep.get("published").asText());
        JsonNode art = json("/api/articles/" + rep.get("article_id").asLong());
        String text = art.get("text").asText();
        JsonNode ev = rep.get("evidence");
        assertEquals(ev.get("sentence").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
        assertTrue(text.contains(ServerFixtures.XSS_SCRIPT), "the API returns the text as given; escaping is the page's job");
        assertEquals(1, art.get("events").size());
    }

    @Test
    void articleHasEntitySpans() throws Exception {
        long id = json("/api/events?location=Goris&sort=date").get("events").get(0).get("article_id").asLong();
        JsonNode a = json("/api/articles/" + id);
        JsonNode ent = a.get("entities").get(0);
        assertEquals("غوريس", a.get("text").asText().substring(ent.get("start").asInt(), ent.get("end").asInt()));
        assertEquals(2, a.get("events").size());
        assertTrue(json("/api/entities").get("entities").size() >= 1);
        assertEquals(400, get("/api/entities?type=THING").statusCode());
    }

    @Test
    void searchIsHighlightedAndStatsCount() throws Exception {
        JsonNode s = json("/api/search?q=" + enc("غوريس"));
        assertTrue(s.get("total").asInt() >= 2);
        assertTrue(s.get("hits").get(0).get("fragments").get(0).asText().contains("<mark>"));
        JsonNode st = json("/api/stats");
        assertEquals(5, st.get("articles").asInt());
        assertEquals(ServerFixtures.EVENTS, st.get("events").asInt());
        assertEquals(ServerFixtures.ASSAULTS, st.at("/by_type/ASSAULT").asInt());
        JsonNode tl = json("/api/timeline?type=ASSAULT");
        assertEquals(2, tl.at("/days/2026-03-10/ASSAULT").asInt());
    }

    @Test
    void exportsJsonlCsvAndGeojson() throws Exception {
        HttpResponse<String> jl = get("/api/export.jsonl");
        assertEquals(200, jl.statusCode());
        String[] lines = jl.body().split("\n");
        assertEquals(ServerFixtures.EVENTS, lines.length);
        for (String l : lines) assertTrue(om.readTree(l).has("event_type"));

        HttpResponse<String> csv = get("/api/export.csv?type=ASSAULT");
        String[] rows = csv.body().split("\r\n");
        assertEquals(ServerFixtures.ASSAULTS + 1, rows.length);
        assertTrue(rows[0].startsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type"));
        assertTrue(csv.body().contains("Shelling/artillery/missile attack"));
        assertTrue(csv.body().contains("Air/drone strike"));
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));

        JsonNode geo = om.readTree(get("/api/export.geojson").body());
        assertEquals("FeatureCollection", geo.get("type").asText());
        assertEquals(ServerFixtures.LOCATED, geo.get("features").size());
        JsonNode c = geo.get("features").get(0).at("/geometry/coordinates");
        assertTrue(c.get(0).asDouble() > 30 && c.get(1).asDouble() > 30, "GeoJSON is [lon, lat]");
        assertEquals(2, om.readTree(get("/api/export.geojson?limit=2").body()).get("features").size());
    }

    @Test
    void writesNeedTheTokenGivenAtStartUp() throws Exception {
        String body = "{\"id\":\"post-1\",\"title\":\"خبر\",\"text\":\"بيروت - قال مسؤول إن الاجتماع سيعقد غدا.\",\"published\":\"2026-03-20\"}";
        HttpRequest.Builder post = HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        assertEquals(403, http.send(post.uri(URI.create("http://127.0.0.1:" + server.port() + "/api/articles")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "writes are off without --token");
        URI w = URI.create("http://127.0.0.1:" + writable.port() + "/api/articles");
        assertEquals(401, http.send(post.uri(w).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, http.send(post.uri(w).header("Authorization", "Bearer wrong").build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(w).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, ok.statusCode(), ok.body());
        assertEquals("new", om.readTree(ok.body()).get("outcome").asText());
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(w).POST(HttpRequest.BodyPublishers.ofString("{\"id\":1"))
                .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());
        assertEquals(1, writableStore.stats().articles());
        assertEquals(5, json("/api/stats").get("articles").asInt(), "the read-only server's store is untouched");
    }

    @Test
    void servesTheDashboardAndWebjarsWithAStrictPolicy() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("dir=\"rtl\"") && index.body().contains("lang=\"ar\""));
        assertTrue(index.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
        assertEquals(200, get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").statusCode());
        assertEquals(200, get("/region.geojson").statusCode());
        assertFalse(index.body().contains("http://") || index.body().contains("https://"), "no CDN or remote asset");
    }
}
