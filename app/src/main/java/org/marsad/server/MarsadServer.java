package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.marsad.doc.Document;
import org.marsad.pipeline.DocumentRecord;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.EventQuery;
import org.marsad.store.IngestResult;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;

/**
 * The HTTP face of a store: the JSON API under {@code /api}, the exports, and the dashboard
 * (static files from {@code /web} on the classpath, Leaflet from its WebJars under
 * {@code /webjars}). Reads are open; the one write, {@code POST /api/articles}, exists only when a
 * token was given at start-up and then needs {@code Authorization: Bearer TOKEN}.
 */
public final class MarsadServer implements AutoCloseable {
    /** Exports stop after this many events (the whole store for any sane deployment). */
    static final int EXPORT_CAP = 1_000_000;
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final MarsadStore store;
    private final Supplier<Pipeline> pipeline;
    private final byte[] token;
    private final ObjectMapper om = new ObjectMapper();
    private final JsonViews views = new JsonViews(om);
    private final Exports exports;
    private Javalin app;
    private RequestTimer timer;

    /** Told the wall and CPU nanoseconds each API request took in its handler thread (benchmarks). */
    @FunctionalInterface
    public interface RequestTimer {
        void done(String path, long wallNanos, long cpuNanos);
    }

    /** Installs a {@link RequestTimer}; call before {@link #start}. */
    public MarsadServer timing(RequestTimer t) {
        this.timer = t;
        return this;
    }

    /**
     * @param store    the store to serve (the caller keeps and closes it)
     * @param pipeline builds the pipeline for {@code POST /api/articles}, called once, on the first write
     * @param token    bearer token that enables writes, or null for a read-only server
     */
    public MarsadServer(MarsadStore store, Supplier<Pipeline> pipeline, String token) {
        this.store = store;
        this.pipeline = memoize(pipeline);
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.exports = new Exports(om, store::events);
    }

    /** Starts listening; {@code port} 0 picks a free port (see {@link #port()}). */
    public MarsadServer start(String host, int port) {
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(om, false));
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            config.staticFiles.enableWebjars();
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        if (timer != null) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            app.before("/api/*", ctx -> ctx.attribute("marsad.t0", new long[] {System.nanoTime(), mx.getCurrentThreadCpuTime()}));
            app.after("/api/*", ctx -> {
                long[] t0 = ctx.attribute("marsad.t0");
                if (t0 != null) timer.done(ctx.path(), System.nanoTime() - t0[0], mx.getCurrentThreadCpuTime() - t0[1]);
            });
        }
        routes(app);
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() != null && ctx.result().startsWith("Endpoint ")) {
                error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> {
            System.err.println("marsad serve: " + e.getMessage());
            error(ctx, 500, e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("marsad serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error");
        });
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            app.stop();
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) t = t.getCause();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": "
                    + (t.getMessage() == null ? t.toString() : t.getMessage()), e);
        }
        return this;
    }

    public int port() {
        return app.port();
    }

    private void routes(Javalin a) {
        a.get("/api/events", ctx -> {
            EventQuery q = EventParams.parse(ctx, 50, EventQuery.MAX_LIMIT);
            ctx.json(views.page(store.events(q), q.limit(), q.offset()));
        });
        a.get("/api/events/{id}", ctx -> {
            long id = EventParams.pathId(ctx);
            store.event(id).ifPresentOrElse(d -> ctx.json(views.detail(d)), () -> error(ctx, 404, "no event " + id));
        });
        a.get("/api/articles/{id}", ctx -> {
            long id = EventParams.pathId(ctx);
            store.article(id).ifPresentOrElse(v -> ctx.json(views.article(v)), () -> error(ctx, 404, "no article " + id));
        });
        a.get("/api/entities", this::entities);
        a.get("/api/search", ctx -> {
            String q = ctx.queryParam("q");
            if (q == null || q.isBlank()) throw new BadRequest("'q' is required");
            int limit = EventParams.intParam(ctx, "limit", 20, 1, 1000);
            int offset = EventParams.intParam(ctx, "offset", 0, 0, 100_000);
            ctx.json(views.search(q, store.search(q, limit, offset), limit, offset));
        });
        a.get("/api/stats", ctx -> ctx.json(views.stats(store.stats())));
        a.get("/api/timeline", this::timeline);
        a.get("/api/export.jsonl", ctx -> export(ctx, "application/x-ndjson", "marsad-events.jsonl", exports::jsonl));
        a.get("/api/export.csv", ctx -> export(ctx, "text/csv", "marsad-events.csv", exports::csv));
        a.get("/api/export.geojson", ctx -> export(ctx, "application/geo+json", "marsad-events.geojson", exports::geojson));
        a.post("/api/articles", this::postArticle);
    }

    private void entities(Context ctx) {
        String type = ctx.queryParam("type");
        if (type != null && !type.matches("PER|ORG|LOC")) throw new BadRequest("'type' must be PER, ORG or LOC: " + type);
        int limit = EventParams.intParam(ctx, "limit", 100, 1, EventQuery.MAX_LIMIT);
        int offset = EventParams.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ObjectNode n = om.createObjectNode();
        ArrayNode arr = n.putArray("entities");
        store.entities(type, ctx.queryParam("code"), ctx.queryParam("q"), limit, offset).forEach(e -> arr.add(views.entity(e)));
        n.put("limit", limit);
        n.put("offset", offset);
        ctx.json(n);
    }

    /** Events per day and type under the same filters as {@code /api/events}: what the dashboard's timeline draws. */
    private void timeline(Context ctx) {
        EventQuery q = EventParams.filters(ctx);
        Map<String, Map<String, Long>> days = store.timeline(q);
        long total = 0;
        ObjectNode n = om.createObjectNode();
        ObjectNode byDay = om.createObjectNode();
        for (Map.Entry<String, Map<String, Long>> d : days.entrySet()) {
            ObjectNode t = byDay.putObject(d.getKey());
            for (Map.Entry<String, Long> e : d.getValue().entrySet()) {
                t.put(e.getKey(), e.getValue());
                total += e.getValue();
            }
        }
        // "events" counts the dated events drawn; an aggregate query has no cap, so never truncated
        n.put("events", total);
        n.put("truncated", false);
        n.set("days", byDay);
        ctx.json(n);
    }

    private void export(Context ctx, String type, String file, ExportBody body) throws IOException {
        EventQuery q = EventParams.filters(ctx);
        int cap = EventParams.intParam(ctx, "limit", EXPORT_CAP, 1, EXPORT_CAP);
        ctx.contentType(type + "; charset=utf-8");
        ctx.header("Content-Disposition", "inline; filename=\"" + file + "\"");
        Writer w = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        body.write(q, cap, w);
        w.flush();
    }

    private void postArticle(Context ctx) {
        if (token == null) {
            error(ctx, 403, "writes are disabled: start the server with --token to enable POST /api/articles");
            return;
        }
        String auth = ctx.header("Authorization");
        byte[] given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, 401, "a valid 'Authorization: Bearer TOKEN' header is required");
            return;
        }
        JsonNode body;
        try {
            body = om.readTree(ctx.body());
        } catch (IOException e) {
            throw new BadRequest("body must be a JSON article" + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? ": " + j.getOriginalMessage() : ""));
        }
        Document doc = ArticleInput.document(body);
        DocumentRecord rec = pipeline.get().process(doc);
        IngestResult r = store.ingest(doc, rec);
        store.flush();
        ObjectNode n = om.createObjectNode();
        n.put("outcome", r.outcome().name().toLowerCase());
        n.put("article_id", r.articleId());
        n.put("events", r.events());
        ctx.status(r.outcome() == IngestResult.Outcome.NEW ? 201 : 200).json(n);
    }

    private void error(Context ctx, int status, String message) {
        ObjectNode n = om.createObjectNode();
        n.put("error", message == null ? "error" : message);
        n.put("status", status);
        ctx.status(status).json(n);
    }

    @Override
    public void close() {
        if (app != null) app.stop();
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = s.get();
                return value;
            }
        };
    }

    @FunctionalInterface
    private interface ExportBody {
        void write(EventQuery q, int cap, Writer w) throws IOException;
    }
}
