package org.marsad.kb;

/**
 * What a dictionary name points at: enough to emit an entity without another lookup.
 *
 * @param id     KB id (for a demonym: the id of its country)
 * @param kind   entry kind
 * @param code   ISO3 or IGO code, or null
 * @param sector GOV, MIL, … or null
 * @param nameEn canonical English name
 * @param rank   tie-break among entries sharing a name: higher wins (population, kind priority)
 * @param weak   true for bulk gazetteer entries (GeoNames overlay) that need context to be trusted
 */
public record KbRef(String id, KbKind kind, String code, String sector, String nameEn, double rank, boolean weak) {}
