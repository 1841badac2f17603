package org.marsad.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.pipeline.DocumentRecord;

/**
 * The hash of everything stored for an article (metadata, text hash, entities, events): equal means
 * ingesting it again has nothing to do. The document id and the pipeline's event ids are names, not
 * content: the same article under another id (a re-exported file) is still the same article.
 *
 * <p>The hash is of one JSON rendering, and stores made earlier hold hashes of it, so the bytes must
 * not change: {@code {"title", "published", "outlet", "url", "language", "text", "entities",
 * "events"}} with each event as the store's mapper writes it, less its {@code id}. Written in one
 * pass with the id left out by a mix-in (it used to go through a JSON tree to remove the ids, a
 * tenth of the writer's time); {@code RecordHashTest} holds the two renderings equal. Thread-safe.
 */
final class RecordHash {
    @JsonIgnoreProperties("id")
    private interface WithoutId {}

    private final ObjectMapper withoutIds;

    RecordHash(ObjectMapper json) {
        this.withoutIds = json.copy().addMixIn(Event.class, WithoutId.class);
    }

    String of(Document doc, DocumentRecord rec, String contentHash) {
        return Rows.sha256(rendering(doc, rec, contentHash));
    }

    /** The JSON that is hashed. */
    String rendering(Document doc, DocumentRecord rec, String contentHash) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", StoreWriter.title(doc, rec));
        m.put("published", rec.published());
        m.put("outlet", StoreWriter.outlet(doc, rec));
        m.put("url", doc.url());
        m.put("language", doc.language());
        m.put("text", contentHash);
        m.put("entities", rec.entities());
        m.put("events", rec.events());
        try {
            return withoutIds.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("record not serialisable", e);
        }
    }
}
