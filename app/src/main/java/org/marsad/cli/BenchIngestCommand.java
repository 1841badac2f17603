package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.doc.Document;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench-ingest --input FILE.jsonl [--count N]}: ingest speed into a fresh store. The
 * input's documents are repeated until N articles, each copy with its own id and URL (so each is a
 * new article), then run through the pipeline and stored; prints articles per second for the whole
 * ingest (pipeline + H2 + Lucene, final index commit included) and the share of the store alone.
 */
@Command(name = "bench-ingest", description = "Measure ingest speed (articles/s) into a fresh H2 + Lucene store.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSONL documents to repeat")
    Path input;

    @Option(names = "--count", defaultValue = "2000", description = "articles to ingest (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--data", paramLabel = "DIR", description = "store directory (default: a temporary one, deleted after)")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "database to bench instead of H2 (must be empty)")
    String db;

    @Override
    public Integer call() throws Exception {
        List<Document> base = new ArrayList<>();
        try (DocumentSource src = DocumentSource.open(List.of(input.toString()), ReadOptions.defaults())) {
            while (src.hasNext()) {
                ReadResult r = src.next();
                if (r.isDocument()) base.add(r.document());
                else System.err.println("marsad: " + r.describe());
            }
        }
        if (base.isEmpty()) throw new IllegalArgumentException("no documents in " + input);
        Pipeline pipeline = new Pipeline();
        boolean temp = data == null;
        Path dir = temp ? Files.createTempDirectory("marsad-bench") : data;
        long[] storeNanos = {0};
        long t0, cpu0;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (Progress progress = Progress.start("bench-ingest", count, "docs")) {
            MarsadStore store = db == null ? MarsadStore.open(dir) : MarsadStore.open(db, dir.resolve("index"));
            t0 = System.nanoTime();
            cpu0 = processCpuNanos();
            try (OrderedPipeline work = new OrderedPipeline(pipeline, threads, (d, rec, failure) -> {
                if (failure != null) throw new IllegalStateException("pipeline failed on " + d.id() + ": " + failure, failure);
                long b = System.nanoTime();
                store.ingest(d, rec);
                storeNanos[0] += System.nanoTime() - b;
                progress.step();
            })) {
                for (int i = 0; i < count; i++) work.submit(copy(base.get(i % base.size()), i / base.size()));
                work.finish();
                long c = System.nanoTime();
                store.flush();
                storeNanos[0] += System.nanoTime() - c;
            } finally {
                store.close();
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (processCpuNanos() - cpu0) / 1e9;
        // CPU seconds are reported too: on a shared machine the wall clock measures the neighbours as well.
        System.out.printf("bench-ingest: %d articles in %.2f s = %.0f articles/s; store alone %.2f s = %.0f articles/s into %s + Lucene;"
                        + " %.2f CPU s = %.0f articles per CPU second (%d cores)%n",
                count, secs, count / secs, storeNanos[0] / 1e9, count / (storeNanos[0] / 1e9),
                db == null ? "H2" : "the database", cpu, count / cpu, threads);
        if (temp) deleteTree(dir);
        return 0;
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Copy {@code r} of a document: its own id and URL, same text, so it is stored as a new article. */
    static Document copy(Document d, int r) {
        if (r == 0) return d;
        String url = d.url() == null ? "urn:marsad-bench:" + d.id() + ":" + r : d.url() + "#copy-" + r;
        return new Document(d.id() + "~" + r, d.title(), d.text(), d.published(), d.outlet(), url, d.agencies(),
                d.language(), d.boilerplate());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
