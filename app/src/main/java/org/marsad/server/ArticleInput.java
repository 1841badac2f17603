package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.marsad.doc.Document;

/**
 * One article as the API and the demo corpus give it: a JSON object with {@code id}, {@code text}
 * and optional {@code title}, {@code published} (YYYY-MM-DD, or an ISO timestamp whose date part
 * is taken), {@code outlet} and {@code url}.
 */
public final class ArticleInput {
    private ArticleInput() {}

    /** The document, or {@link IllegalArgumentException} naming what is missing or malformed. */
    public static Document document(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("article must be a JSON object");
        String text = string(n, "text");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("article needs a non-empty 'text'");
        String id = string(n, "id");
        String url = string(n, "url");
        if (id == null || id.isBlank()) {
            if (url == null) throw new IllegalArgumentException("article needs an 'id' or a 'url'");
            id = url;
        }
        String pub = string(n, "published");
        LocalDate published = null;
        if (pub != null && !pub.isBlank()) {
            try {
                published = LocalDate.parse(pub.length() >= 10 ? pub.substring(0, 10) : pub);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'published' must start with a date YYYY-MM-DD: " + pub);
            }
        }
        return new Document(id, string(n, "title"), text, published, string(n, "outlet"), url, List.of(), null, List.of());
    }

    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new IllegalArgumentException("'" + field + "' must be a string");
        return v.asText();
    }
}
