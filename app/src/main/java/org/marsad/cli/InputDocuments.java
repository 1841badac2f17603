package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.marsad.doc.Document;

/**
 * Reads documents from JSONL inputs (one {@code {"id", "text", "title"?, "published"?, "outlet"?,
 * "url"?}} object a line; {@code -} is standard input), handing each to a consumer. A malformed
 * line is reported to the consumer as an error and reading goes on.
 */
final class InputDocuments {
    private final ObjectMapper json = new ObjectMapper();
    private final LocalDate fallbackPublished;

    interface Sink {
        void document(Document doc) throws Exception;

        void rejected(String where, String why);
    }

    InputDocuments(LocalDate fallbackPublished) {
        this.fallbackPublished = fallbackPublished;
    }

    /** Number of non-blank lines (documents) in the inputs, for the progress bar; -1 with stdin. */
    static long count(List<Path> inputs) throws IOException {
        long n = 0;
        for (Path p : inputs) {
            if (p.toString().equals("-")) return -1;
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) if (!line.isBlank()) n++;
            }
        }
        return n;
    }

    void read(List<Path> inputs, Sink sink) throws Exception {
        for (Path p : inputs) {
            boolean stdin = p.toString().equals("-");
            if (!stdin && !Files.isRegularFile(p)) throw new IOException("no such file: " + p);
            try (BufferedReader r = stdin ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                int lineNo = 0;
                while ((line = r.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    Document doc;
                    try {
                        doc = parse(line);
                    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                        sink.rejected(p + ":" + lineNo, e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0]);
                        continue;
                    }
                    sink.document(doc);
                }
            }
        }
    }

    Document parse(String line) throws IOException {
        JsonNode n = json.readTree(line);
        if (!n.isObject()) throw new IllegalArgumentException("not a JSON object");
        if (!n.hasNonNull("id")) throw new IllegalArgumentException("missing \"id\"");
        if (!n.hasNonNull("text")) throw new IllegalArgumentException("missing \"text\"");
        String pub = n.path("published").asText(null);
        LocalDate d = pub != null && pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : fallbackPublished;
        return new Document(n.get("id").asText(), n.path("title").asText(null), n.get("text").asText(), d,
                n.path("outlet").asText(null), n.path("url").asText(null), List.of(), n.path("language").asText(null), List.of());
    }
}
