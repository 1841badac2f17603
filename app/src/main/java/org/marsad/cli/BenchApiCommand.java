package org.marsad.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.server.MarsadServer;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `marsad bench-api`: fills a store with synthetic events (unless it already holds enough), serves
 * it on 127.0.0.1 and measures {@code GET /api/events} latency under a bounded load of mixed filter
 * queries from a few client threads (count- and time-bounded; loopback only).
 */
@Command(name = "bench-api", description = "Measure /api/events latency over a store of synthetic events.")
public final class BenchApiCommand implements Callable<Integer> {
    @Option(names = "--events", description = "events to store (default: ${DEFAULT-VALUE})")
    int events = 100_000;

    @Option(names = "--per-article", description = "events per synthetic article (default: ${DEFAULT-VALUE})")
    int perArticle = 4;

    @Option(names = "--data", paramLabel = "DIR", description = "store directory; reused when it already holds --events events (default: a temporary one)")
    Path data;

    @Option(names = "--requests", description = "measured requests (default: ${DEFAULT-VALUE})")
    int requests = 1000;

    @Option(names = "--warmup", description = "requests before measuring (default: ${DEFAULT-VALUE})")
    int warmup = 100;

    @Option(names = "--concurrency", description = "client threads (default: ${DEFAULT-VALUE})")
    int concurrency = 2;

    @Option(names = "--max-seconds", description = "stop the load after this long (default: ${DEFAULT-VALUE})")
    int maxSeconds = 120;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory("marsad-bench-api-") : data;
        try (MarsadStore store = MarsadStore.open(dir)) {
            long have = store.stats().events();
            if (have < events) {
                long t0 = System.nanoTime();
                int[] made = SyntheticEvents.fill(store, events - (int) have, perArticle, new Random(42 + have));
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("filled: %d articles, %d events in %.1f s (%.0f articles/s)%n", made[0], made[1], s, made[0] / s);
            }
            System.out.println("store: " + store.stats().events() + " events in " + dir);
            long l0 = System.nanoTime();
            store.events(org.marsad.store.EventQuery.all().limit(1)); // as `serve` does before it listens
            System.out.printf("event filter index loaded in %.1f s%n", (System.nanoTime() - l0) / 1e9);
            try (MarsadServer server = new MarsadServer(store, () -> { throw new IllegalStateException("read-only"); }, null)
                    .timing((path, wall, cpu) -> {
                        if (measuring) { serverWall.add(wall); serverCpu.add(cpu); }
                    })
                    .start("127.0.0.1", 0)) {
                load("http://127.0.0.1:" + server.port());
            }
        } finally {
            if (temporary) DemoCommand.deleteTree(dir);
        }
        return 0;
    }

    private void load(String base) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String[] kinds = SyntheticEvents.QUERY_KINDS;
        run(http, base, warmup, new long[warmup], new String[warmup], new Random(1));
        measuring = true;
        long[] nanos = new long[requests];
        String[] kindOf = new String[requests];
        long t0 = System.nanoTime();
        int done = run(http, base, requests, nanos, kindOf, new Random(2));
        measuring = false;
        double wall = (System.nanoTime() - t0) / 1e9;
        long[] all = Arrays.copyOf(nanos, done);
        System.out.printf("GET /api/events: %d requests, %d threads, %.1f s, %.0f req/s%n", done, concurrency, wall, done / wall);
        System.out.println("latency ms (client, wall): " + summary(all));
        // The handler's own time: wall inside the server, and the CPU its thread used. On a shared
        // machine the client's wall time is mostly waiting for a core; CPU time is the cost itself.
        System.out.println("server handler wall ms:    " + summary(serverWall.stream().mapToLong(Long::longValue).toArray()));
        System.out.println("server handler CPU ms:     " + summary(serverCpu.stream().mapToLong(Long::longValue).toArray()));
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (int i = 0; i < done; i++) byKind.computeIfAbsent(kindOf[i], k -> new ArrayList<>()).add(nanos[i]);
        for (String k : kinds) {
            List<Long> l = byKind.get(k);
            if (l == null) continue;
            System.out.printf("  %-10s n=%-5d %s%n", k, l.size(), summary(l.stream().mapToLong(Long::longValue).toArray()));
        }
        if (!errors.isEmpty()) System.out.println("errors: " + errors);
    }

    private final Map<String, Integer> errors = new ConcurrentHashMap<>();
    private final java.util.Queue<Long> serverWall = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Queue<Long> serverCpu = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile boolean measuring;

    /** Sends {@code n} requests from {@link #concurrency} threads; returns how many completed in time. */
    private int run(HttpClient http, String base, int n, long[] nanos, String[] kindOf, Random seed) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        Thread[] threads = new Thread[concurrency];
        for (int t = 0; t < concurrency; t++) {
            Random rnd = new Random(seed.nextLong());
            threads[t] = new Thread(() -> {
                int i;
                while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < n) {
                    String[] q = SyntheticEvents.query(rnd);
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events?" + q[1]))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) errors.merge(q[0] + " HTTP " + r.statusCode(), 1, Integer::sum);
                    } catch (Exception e) {
                        errors.merge(q[0] + " " + e.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    nanos[i] = System.nanoTime() - s;
                    kindOf[i] = q[0];
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        // A slot is filled only when its request finished before the deadline: keep those, in order.
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (kindOf[i] == null) continue;
            nanos[k] = nanos[i];
            kindOf[k++] = kindOf[i];
        }
        return k;
    }

    static String summary(long[] nanos) {
        if (nanos.length == 0) return "none";
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %.1f  p90 %.1f  p99 %.1f  max %.1f", pct(s, 50), pct(s, 90), pct(s, 99), s[s.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
