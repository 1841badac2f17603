package org.marsad.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.marsad.entity.Entity;
import org.marsad.event.Event;

/** What `marsad extract` prints for one document (spec §1). {@code published} is YYYY-MM-DD or null. */
@JsonPropertyOrder({"doc", "title", "published", "outlet", "entities", "events"})
public record DocumentRecord(String doc, String title, String published, String outlet,
                             List<Entity> entities, List<Event> events) {
    public DocumentRecord {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
