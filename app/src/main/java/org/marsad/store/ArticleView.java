package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored article with its text and the stand-off spans of its entities and events.
 *
 * @param id        store id
 * @param doc       document id as given at ingest
 * @param title     headline (may be null)
 * @param text      the original text every span points into
 * @param published publication date (may be null)
 * @param outlet    outlet (may be null)
 * @param url       source URL (may be null)
 * @param entities  one entry per entity mention, in text order
 * @param events    one entry per event evidence, in text order
 */
public record ArticleView(long id, String doc, String title, String text, LocalDate published, String outlet,
                          String url, List<EntitySpan> entities, List<EventSpan> events) {
    public ArticleView {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }

    /** One mention of an entity: {@code [start, end)} into the article text. */
    public record EntitySpan(long entityId, String type, String text, String name, String code, int start, int end) {}

    /** The evidence span of one event: {@code [start, end)} into the article text. */
    public record EventSpan(long eventId, long clusterId, String eventType, String mode, String status,
                            int start, int end) {}
}
