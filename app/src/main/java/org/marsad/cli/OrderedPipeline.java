package org.marsad.cli;

import org.marsad.doc.Document;
import org.marsad.pipeline.DocumentRecord;
import org.marsad.pipeline.OrderedRunner;
import org.marsad.pipeline.Pipeline;

/**
 * The pipeline on worker threads with results handed back in input order on the calling thread
 * (the store has a single writer, the pipeline is thread-safe): {@link OrderedRunner} over
 * {@link Pipeline#process}. At most {@code 4 × threads} documents are in flight.
 */
final class OrderedPipeline implements AutoCloseable {
    /** Receives each document with its record (or why the pipeline failed on it), in input order, on the calling thread. */
    interface Consumer {
        void accept(Document doc, DocumentRecord rec, Throwable failure) throws Exception;
    }

    private final OrderedRunner<Document, DocumentRecord> runner;

    OrderedPipeline(Pipeline pipeline, int threads, Consumer consumer) {
        this.runner = new OrderedRunner<>(threads, () -> pipeline::process, consumer::accept);
    }

    void submit(Document doc) throws Exception { runner.submit(doc); }

    /** Hands every pending result to the consumer. */
    void finish() throws Exception { runner.finish(); }

    @Override
    public void close() { runner.close(); }
}
