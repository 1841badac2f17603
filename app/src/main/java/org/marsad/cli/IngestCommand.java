package org.marsad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.doc.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.IngestResult;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad ingest INPUT...}: runs the pipeline over every document and stores the result.
 * Idempotent and restartable: an article already stored is skipped, a changed one replaced, and
 * after a crash the same command completes the store.
 */
@Command(name = "ingest", description = "Run the pipeline over documents and store articles, entities, events and clusters.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files (- for standard input)")
    List<Path> inputs;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--published", description = "publication date YYYY-MM-DD for documents that give none")
    LocalDate published;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    // For tests and scripts that watch a long ingest through a pipe: one "ingested N" line every N documents.
    @Option(names = "--log-every", hidden = true, defaultValue = "0")
    int logEvery;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline = new Pipeline();
        long total = InputDocuments.count(inputs);
        Tally tally = new Tally();
        long t0 = System.nanoTime();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        try (MarsadStore store = storeOptions.open(); Progress progress = Progress.start("ingest", total, "docs");
             OrderedPipeline work = new OrderedPipeline(pipeline, threads, (doc, rec) -> {
                 tally.add(store.ingest(doc, rec));
                 progress.step();
                 if (logEvery > 0 && tally.seen % logEvery == 0) {
                     System.err.println("ingested " + tally.seen);
                     System.err.flush();
                 }
             })) {
            new InputDocuments(published).read(inputs, new InputDocuments.Sink() {
                @Override
                public void document(Document doc) throws Exception {
                    work.submit(doc);
                }

                @Override
                public void rejected(String where, String why) {
                    tally.rejected++;
                    System.err.println("marsad: skipped " + where + ": " + why);
                }
            });
            work.finish();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("ingested %d documents (%d new, %d replaced, %d unchanged, %d rejected), %d events, in %.1f s (%.0f docs/s)%n",
                tally.seen, tally.fresh, tally.replaced, tally.unchanged, tally.rejected, tally.events, secs,
                secs > 0 ? tally.seen / secs : 0.0);
        return tally.rejected > 0 ? 2 : 0;
    }

    /** Counts of what an ingest did. */
    static final class Tally {
        long seen, fresh, replaced, unchanged, rejected, events;

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
