package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.event.Event;

/**
 * Decides which cluster (one real-world incident) a newly stored event joins. This is where
 * cross-document linking ({@code org.marsad.link}) plugs into the store: it is called inside the
 * article's transaction, once per event, in the article's event order, and may look at the events
 * already stored through {@link Candidates}.
 *
 * <p>Until linking lands the store uses {@link #SINGLETON}: every event is its own cluster, so the
 * cluster count equals the event count and each event's report count is its own mentions.
 */
@FunctionalInterface
public interface ClusterAssigner {

    /** Every event starts its own cluster. */
    ClusterAssigner SINGLETON = (event, doc, candidates) -> null;

    /**
     * @param event      the event about to be stored
     * @param doc        the article it was read from
     * @param candidates the events already stored (this article's earlier events included)
     * @return the id of an existing cluster for the event to join, or null to start a new cluster
     */
    Long assign(Event event, Document doc, Candidates candidates);

    /** Read access to stored events for blocking (type × date window), inside the ingest transaction. */
    interface Candidates {
        /**
         * Stored events of {@code eventType} whose date range overlaps {@code [from, to]}, at most
         * {@code limit}, newest first.
         */
        List<StoredEvent> near(String eventType, LocalDate from, LocalDate to, int limit);
    }
}
