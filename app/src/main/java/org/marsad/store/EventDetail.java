package org.marsad.store;

import java.util.List;

/** An event with every report of its cluster, oldest publication first. */
public record EventDetail(StoredEvent event, List<Report> reports) {
    public EventDetail {
        reports = List.copyOf(reports);
    }
}
