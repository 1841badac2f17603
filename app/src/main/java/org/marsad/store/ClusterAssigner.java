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
 * <p>{@link #SINGLETON} makes every event its own cluster (the cluster count is then the event
 * count). The store's default is {@link LinkingClusterAssigner}, cross-document linking by
 * {@code org.marsad.link.EventLinker}. A stateful assigner ({@link #stateful()}) is handed every
 * stored event through {@link #restore} before its first assignment, and again whenever the store's
 * events changed under it (a transaction rolled back; an article replaced, unless {@link #removed}
 * took the change).
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

    /** True when the assigner keeps state that {@link #restore} must rebuild. */
    default boolean stateful() {
        return false;
    }

    /** Rebuilds the state from every stored event, in store order (called inside the ingest transaction). */
    default void restore(List<Restored> stored) {}

    /**
     * Stored events are gone (an article replaced, inside its transaction): {@code remaining} maps each
     * cluster that lost events to the events it still has, in store order (none: the cluster is gone).
     * Returns true when the assigner has brought its state up to date from that; false (the default)
     * makes the store call {@link #restore} with every stored event before the next assignment.
     */
    default boolean removed(java.util.Map<Long, List<Restored>> remaining) {
        return false;
    }

    /** The store has just created cluster {@code clusterId} for the event whose {@link #assign} returned null. */
    default void founded(long clusterId) {}

    /** One stored event with its cluster and the article it came from, for {@link #restore}. */
    record Restored(long clusterId, String doc, String outlet, LocalDate published, Event event) {}

    /** Read access to stored events for blocking (type × date window), inside the ingest transaction. */
    interface Candidates {
        /**
         * Stored events of {@code eventType} whose date range overlaps {@code [from, to]}, at most
         * {@code limit}, newest first.
         */
        List<StoredEvent> near(String eventType, LocalDate from, LocalDate to, int limit);
    }
}
