package org.marsad.entity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.marsad.doc.Span;

/**
 * One distinct entity of a document with all its mentions: the spec's ENTITY.
 *
 * @param type   PER, ORG or LOC
 * @param text   one surface form as written
 * @param name   canonical English name from the KB, else null
 * @param id     KB id, else null
 * @param code   ISO 3166-1 alpha-3 or {@code IGO:X}, else null
 * @param sector GOV, MIL, REB, CVL, LEG, JUD, COP, MED, OPP, IGO or null (not printed)
 * @param spans  every mention, in text order
 */
@JsonPropertyOrder({"type", "text", "name", "id", "code", "spans"})
public record Entity(String type, String text, String name, String id, String code,
                     @JsonIgnore String sector, @JsonIgnore List<Span> mentionSpans) {
    public Entity {
        mentionSpans = List.copyOf(mentionSpans);
    }

    /** Spans as the spec prints them: {@code [[start, end], …]}. */
    @JsonProperty("spans")
    public int[][] spans() {
        int[][] out = new int[mentionSpans.size()][];
        for (int i = 0; i < out.length; i++) out[i] = new int[] {mentionSpans.get(i).start(), mentionSpans.get(i).end()};
        return out;
    }
}
