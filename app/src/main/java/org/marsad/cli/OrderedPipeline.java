package org.marsad.cli;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.doc.Document;
import org.marsad.pipeline.DocumentRecord;
import org.marsad.pipeline.Pipeline;

/**
 * Runs the pipeline on worker threads (one per core) while the caller stores results one at a
 * time in input order: the store has a single writer, the pipeline is thread-safe. At most
 * {@code 4 × threads} documents are in flight, so memory stays bounded on any input size.
 */
final class OrderedPipeline implements AutoCloseable {
    /** Receives each document with its record (or why the pipeline failed on it), in input order, on the calling thread. */
    interface Consumer {
        void accept(Document doc, DocumentRecord rec, Throwable failure) throws Exception;
    }

    private record Pending(Document doc, Future<DocumentRecord> rec) {}

    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
    private final int window;
    private final Consumer consumer;

    OrderedPipeline(Pipeline pipeline, int threads, Consumer consumer) {
        this.pipeline = pipeline;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-pipeline");
            t.setDaemon(true);
            return t;
        });
        this.window = 4 * threads;
        this.consumer = consumer;
    }

    void submit(Document doc) throws Exception {
        inFlight.addLast(new Pending(doc, workers.submit(() -> {
            try {
                return pipeline.process(doc);
            } catch (StackOverflowError e) {
                throw new IllegalStateException("stack overflow", e); // one bad document, not the run
            }
        })));
        while (inFlight.size() >= window) drainOne();
    }

    /** Hands every pending result to the consumer. */
    void finish() throws Exception {
        while (!inFlight.isEmpty()) drainOne();
    }

    private void drainOne() throws Exception {
        Pending p = inFlight.pollFirst();
        DocumentRecord rec = null;
        Throwable failure = null;
        try {
            rec = p.rec().get();
        } catch (ExecutionException e) {
            failure = e.getCause();
            if (failure instanceof Error err && !(failure instanceof StackOverflowError)) throw err;
        }
        consumer.accept(p.doc(), rec, failure);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
