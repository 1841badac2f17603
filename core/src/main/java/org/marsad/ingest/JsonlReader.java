package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * JSON Lines: one article per line with fields {@code id, title, text, published, outlet, url}
 * (unknown fields ignored; {@code published} a date or date-time). Reads one line at a time with a
 * length cap; a bad line is one error naming {@code file:line} and reading goes on with the next.
 */
final class JsonlReader implements Iterator<ReadResult>, AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteLineReader lines;
    private final String name, idBase;
    private final ArticleFactory factory;
    private final int maxLine;
    private ReadResult next;
    private boolean done, sawContent;

    JsonlReader(InputStream in, String name, String idBase, ArticleFactory factory, int maxLineBytes) {
        this.lines = new ByteLineReader(in, maxLineBytes);
        this.name = name;
        this.idBase = idBase;
        this.factory = factory;
        this.maxLine = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadResult r = next;
        next = null;
        return r;
    }

    private ReadResult advance() {
        try {
            while (lines.next()) {
                String where = name + ":" + lines.lineNumber();
                if (lines.overflow()) { sawContent = true; return ReadResult.error(where, "line longer than " + InputBytes.human(maxLine) + ": not read"); }
                if (InputBytes.isBlank(lines.bytes(), lines.length())) continue;
                sawContent = true;
                return parse(where);
            }
            done = true;
            close();
            return sawContent ? null : ReadResult.error(name, "empty file");
        } catch (IOException e) {
            done = true;
            return ReadResult.error(name, "cannot read: " + e.getMessage(), e);
        }
    }

    private ReadResult parse(String where) {
        byte[] b = lines.bytes();
        int n = lines.length();
        JsonNode node;
        try {
            node = JSON.readTree(b, 0, n);
        } catch (JsonProcessingException e) {
            return ReadResult.error(where, "malformed JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) return ReadResult.error(where, "not a JSON object");
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) return ReadResult.error(where, "no \"text\" string field");
        String id = textOf(node, "id");
        if (id == null || id.isBlank()) id = idBase + "-" + lines.lineNumber();
        return factory.build(new RawArticle(id, textOf(node, "title"), text.asText(), PublishedDates.parse(textOf(node, "published")),
                textOf(node, "outlet"), textOf(node, "url"), where), false);
    }

    private static String textOf(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String firstLine(String m) {
        if (m == null) return "unreadable";
        int nl = m.indexOf('\n');
        String s = nl < 0 ? m : m.substring(0, nl);
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    @Override
    public void close() {
        try { lines.close(); } catch (IOException ignored) { /* closing a read-only stream */ }
    }
}
