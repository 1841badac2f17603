package org.marsad.store;

import org.marsad.event.Event;

/**
 * One stored event: the spec's EVENT exactly as extracted, with where it lives in the store.
 *
 * @param id          store id of the event (what {@link MarsadStore#event(long)} takes)
 * @param articleId   store id of the article it was read from
 * @param doc         that article's document id
 * @param clusterId   the cluster (one real-world incident, however many reports) it belongs to
 * @param reportCount number of reports of that cluster: evidence mentions across all its events
 * @param event       the event as the pipeline produced it (its {@code id} is the pipeline's id)
 */
public record StoredEvent(long id, long articleId, String doc, long clusterId, int reportCount, Event event) {}
