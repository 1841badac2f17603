package org.marsad.store;

/**
 * One distinct entity across the store (keyed by its KB id, else by type and normalised surface form).
 *
 * @param id       store id
 * @param type     PER, ORG or LOC
 * @param text     a surface form as first written
 * @param name     canonical English name, or null
 * @param kbId     knowledge-base id, or null
 * @param code     ISO3 / IGO code, or null
 * @param articles number of articles mentioning it
 * @param mentions number of mentions in all
 */
public record EntitySummary(long id, String type, String text, String name, String kbId, String code,
                            long articles, long mentions) {}
