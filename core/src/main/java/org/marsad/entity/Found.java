package org.marsad.entity;

/**
 * A recognised mention before entities are assembled.
 *
 * @param first   first token
 * @param end     one past the last token
 * @param kind    mention kind
 * @param type    PER, ORG or LOC
 * @param key     what mentions of one entity share: the KB id, else type + normalised text
 * @param id      KB id or null
 * @param name    English canonical name or null
 * @param code    ISO3 / IGO code or null
 * @param sector  sector or null
 * @param role    for a person resolved from or introduced by a title, the office (FM, HOS …), else null
 */
record Found(int first, int end, MentionKind kind, String type, String key, String id, String name, String code,
             String sector, String role) {}
