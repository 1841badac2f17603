package org.marsad.store;

import java.util.List;

/** One page of an {@link EventQuery}: {@code total} matching events, {@code events} the page asked for. */
public record EventPage(long total, List<StoredEvent> events) {
    public EventPage {
        events = List.copyOf(events);
    }
}
