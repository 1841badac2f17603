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
import org.marsad.pipeline.DocumentRecord;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad bench-ingest --input FILE.jsonl [--count N]}: ingest speed into a fresh store. The
 * input's documents go through the pipeline once (timed apart), then are stored repeatedly until N
 * articles, each copy with its own id and URL (so each is a new article) and its real extraction;
 * prints the store's articles per second (H2 + Lucene + linking, final index commit included) and
 * the pipeline's milliseconds per article.
 */
@Command(name = "bench-ingest", description = "Measure ingest speed (articles/s) into a fresh H2 + Lucene store.")
public final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSONL documents to repeat")
    Path input;

    @Option(names = "--count", defaultValue = "2000", description = "articles to ingest (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--data", paramLabel = "DIR", description = "store directory (default: a temporary one, deleted after)")
    Path data;

    @Option(names = "--batch", defaultValue = "100", description = "articles per transaction (default: ${DEFAULT-VALUE}, as ingest)")
    int batchSize;

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
        // The pipeline runs once per distinct document (timed on its own); the timed ingest then
        // stores N copies with those real records, so the figure is the store's: H2 + Lucene + linking.
        List<DocumentRecord> records = new ArrayList<>();
        long p0 = System.nanoTime();
        for (Document d : base) records.add(pipeline.process(d));
        double pipelineMs = (System.nanoTime() - p0) / 1e6 / base.size();
        double settle = settleJit();
        boolean temp = data == null;
        Path dir = temp ? Files.createTempDirectory("marsad-bench") : data;
        long events = 0;
        long t0, cpu0;
        ThreadCpu vm0;
        long writer0, writerNanos;
        double indexerSecs = 0;
        try (Progress progress = Progress.start("bench-ingest", count, "docs")) {
            MarsadStore store = db == null ? MarsadStore.open(dir) : MarsadStore.open(db, dir.resolve("index"));
            t0 = System.nanoTime();
            cpu0 = processCpuNanos();
            vm0 = ThreadCpu.now();
            writer0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try {
                // Stored in batches as `marsad ingest` stores them (one transaction per batch).
                List<MarsadStore.Article> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < count; i++) {
                    int k = i % base.size();
                    Document d = copy(base.get(k), i / base.size());
                    DocumentRecord r = records.get(k);
                    batch.add(new MarsadStore.Article(d, new DocumentRecord(d.id(), r.title(), r.published(), r.outlet(), r.entities(), r.events())));
                    if (batch.size() == batchSize || i == count - 1) {
                        for (org.marsad.store.IngestResult res : store.ingestAll(batch)) events += res.events();
                        progress.stepBy(batch.size());
                        batch.clear();
                    }
                }
                store.flush();
                // the indexer thread's CPU time goes with it when the store closes: read it now
                indexerSecs = ThreadCpu.now().minus(vm0).indexer();
            } finally {
                store.close();
            }
            writerNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - writer0;
        }
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (processCpuNanos() - cpu0) / 1e9;
        ThreadCpu vm = ThreadCpu.now().minus(vm0);
        // CPU seconds are reported too: on a shared machine the wall clock measures the neighbours as well.
        System.out.printf(java.util.Locale.ROOT, "bench-ingest: stored %d articles (%d events) into %s + Lucene in %.2f s = %.0f articles/s"
                        + " (%.2f CPU s = %.0f articles per CPU second); pipeline alone %.1f ms per article on one thread%n",
                count, events, db == null ? "H2" : "the database", secs, count / secs, cpu, count / cpu, pipelineMs);
        // The JIT's share is mostly a one-off of a short run (it compiles the pipeline and the store
        // while they run); what is left is the store's own cost per article.
        double rest = cpu - vm.jit() - vm.gc(), writerSecs = writerNanos / 1e9;
        System.out.printf(java.util.Locale.ROOT, "bench-ingest: of the %.2f CPU s, JIT compiler threads %.2f s, GC threads %.2f s,"
                + " the rest %.2f s = %.1f ms per article (%.0f articles per CPU second), of which the writing thread %.2f s"
                + " = %.1f ms per article and the Lucene indexer thread %.2f s = %.1f ms per article; waited %.1f s for the pipeline's JIT first%n",
                cpu, vm.jit(), vm.gc(), rest, rest * 1000 / count, count / rest, writerSecs, writerSecs * 1000 / count,
                indexerSecs, indexerSecs * 1000 / count, settle);
        if (temp) deleteTree(dir);
        return 0;
    }

    /**
     * Waits (at most 60 s) until the JIT compiler threads are idle, so that compiling the pipeline
     * just run (seconds of CPU on two cores) is not counted as the store's; returns the seconds waited.
     * The store's own compilation still falls inside the timed window.
     */
    private static double settleJit() throws InterruptedException {
        long t = System.nanoTime();
        double last = ThreadCpu.now().jit();
        for (int i = 0; i < 300; i++) {
            Thread.sleep(200);
            double now = ThreadCpu.now().jit();
            if (now - last < 0.01) break;
            last = now;
        }
        return (System.nanoTime() - t) / 1e9;
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
