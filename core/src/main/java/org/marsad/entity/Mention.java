package org.marsad.entity;

/**
 * One occurrence of an entity in the text, in token and character terms, with what the event
 * stage needs to use it as an argument.
 *
 * @param start      character start in the original text
 * @param end        character end (exclusive)
 * @param firstToken first token index
 * @param endToken   one past the last token index
 * @param entity     index into {@link EntityLayer#entities()}
 * @param kind       how it was written: see {@link MentionKind}
 * @param code       ISO3 / IGO code of what it refers to (for a demonym adjective, its state), or null
 * @param sector     sector of the referent (GOV, MIL, …) or null
 */
public record Mention(int start, int end, int firstToken, int endToken, int entity, MentionKind kind,
                      String code, String sector) {}
