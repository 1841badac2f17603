package org.marsad.store;

import java.util.Map;

/**
 * Counts over the whole store.
 *
 * @param articles  stored articles
 * @param events    stored events (one per event per article)
 * @param clusters  clusters: distinct incidents
 * @param entities  distinct entities
 * @param byType    events per PLOVER type, types in alphabetical order
 * @param byDay     events per day (YYYY-MM-DD of the event's first day), in date order
 * @param byParty   events per party code (actor or recipient), most frequent first
 * @param byStatus  events per status
 */
public record StoreStats(long articles, long events, long clusters, long entities, Map<String, Long> byType,
                         Map<String, Long> byDay, Map<String, Long> byParty, Map<String, Long> byStatus) {}
