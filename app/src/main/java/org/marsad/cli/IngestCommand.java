package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.IngestResult;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest INPUT...}: runs the pipeline over every document and stores the result.
 * Idempotent and restartable: an article already stored is left alone, a changed one replaced, and
 * after a crash the same command completes the store.
 */
@Command(name = "ingest", description = "Run the pipeline over documents and store articles, entities, events and clusters.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was stored", "1:usage error or store failure", "2:some input was rejected (see standard error)"})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files (.jsonl .txt .html .rss .atom), directories, or - for standard input")
    List<String> inputs;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date for documents that give none")
    LocalDate published;

    @Mixin
    VerboseOption verbose;

    // For tests and scripts that watch a long ingest through a pipe: one "ingested N" line every N documents.
    @Option(names = "--log-every", hidden = true, defaultValue = "0")
    int logEvery;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Tally tally = new Tally();
        long t0 = System.nanoTime();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (MarsadStore store = storeOptions.open(); Progress progress = Progress.start("ingest", countJsonl(inputs), "docs");
             DocumentSource source = DocumentSource.open(inputs, ReadOptions.defaults().withPublished(published));
             Batcher batch = new Batcher(store, tally, err);
             OrderedPipeline work = new OrderedPipeline(pipeline, threads, (doc, rec, failure) -> {
                 progress.step();
                 if (failure != null) {
                     tally.rejected++;
                     err.println("marsad: cannot process document " + doc.id() + ": " + failure);
                     if (verbose.on) failure.printStackTrace(err);
                     return;
                 }
                 batch.add(doc, rec);
             })) {
            while (source.hasNext()) {
                ReadResult r = source.next();
                switch (r.kind()) {
                    case DOCUMENT -> work.submit(r.document());
                    case SKIPPED -> {
                        tally.skipped++;
                        err.println("marsad: " + r.describe());
                    }
                    case ERROR -> {
                        tally.rejected++;
                        err.println("marsad: " + r.describe());
                        if (verbose.on && r.cause() != null) r.cause().printStackTrace(err);
                    }
                }
            }
            work.finish();
            batch.store();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "ingested %d documents (%d new, %d replaced, %d unchanged; %d skipped, %d rejected), %d events, in %.1f s (%.0f docs/s)%n",
                tally.seen, tally.fresh, tally.replaced, tally.unchanged, tally.skipped, tally.rejected, tally.events, secs,
                secs > 0 ? tally.seen / secs : 0.0);
        return tally.rejected > 0 ? 2 : 0;
    }

    /** Documents in the inputs when all are JSONL files (one per non-blank line), else -1 (unknown). */
    static long countJsonl(List<String> inputs) throws IOException {
        long n = 0;
        for (String in : inputs) {
            Path p = Path.of(in);
            String f = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (in.equals("-") || !Files.isRegularFile(p) || !(f.endsWith(".jsonl") || f.endsWith(".ndjson"))) return -1;
            try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
                n += lines.filter(l -> !l.isBlank()).count();
            } catch (java.io.UncheckedIOException e) {
                return -1; // not UTF-8: the reader will say so
            }
        }
        return n;
    }

    /**
     * Gathers processed documents and stores them {@value #BATCH} at a time (or every 2 s when the
     * pipeline is slow) in one transaction each: one commit per batch instead of one per article.
     * A kill loses at most the open batch, which re-running the ingest stores.
     */
    private final class Batcher implements AutoCloseable {
        static final int BATCH = 100;
        private static final long MAX_WAIT_NANOS = 2_000_000_000L;
        private final MarsadStore store;
        private final Tally tally;
        private final PrintStream err;
        private final List<MarsadStore.Article> pending = new java.util.ArrayList<>(BATCH);
        private long firstPending;

        Batcher(MarsadStore store, Tally tally, PrintStream err) {
            this.store = store;
            this.tally = tally;
            this.err = err;
        }

        void add(org.marsad.doc.Document doc, org.marsad.pipeline.DocumentRecord rec) {
            if (pending.isEmpty()) firstPending = System.nanoTime();
            pending.add(new MarsadStore.Article(doc, rec));
            if (pending.size() >= BATCH || System.nanoTime() - firstPending > MAX_WAIT_NANOS) store();
        }

        /** Stores what is pending now. */
        void store() {
            if (pending.isEmpty()) return;
            List<IngestResult> results = store.ingestAll(pending);
            pending.clear();
            // a logged count is on disk: H2 writes commits within half a second, so make them durable first
            if (logEvery > 0 && (tally.seen + results.size()) / logEvery > tally.seen / logEvery) store.flush();
            for (IngestResult r : results) {
                tally.add(r);
                if (logEvery > 0 && tally.seen % logEvery == 0) err.println("ingested " + tally.seen);
            }
        }

        @Override
        public void close() {
            pending.clear(); // stored by store() on the normal path; on a failure, what was not stored stays unstored
        }
    }

    /** Counts of what an ingest did. */
    static final class Tally {
        long seen, fresh, replaced, unchanged, skipped, rejected, events;

        void add(IngestResult r) {
            seen++;
            switch (r.outcome()) {
                case NEW -> fresh++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            if (r.outcome() != IngestResult.Outcome.UNCHANGED) events += r.events();
        }
    }
}
