package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a JSONL file of records keyed by their {@code doc} field (gold or system output). */
public final class Jsonl {
    private Jsonl() {}

    public static Map<String, JsonNode> byDoc(Path p) throws IOException {
        ObjectMapper om = new ObjectMapper();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = om.readTree(line);
                } catch (IOException e) {
                    throw new IOException(p + ":" + n + ": not JSON");
                }
                if (!o.isObject() || !o.has("doc")) throw new IOException(p + ":" + n + ": a line must be an object with a 'doc' field");
                out.put(o.get("doc").asText(), o);
            }
        }
        return out;
    }
}
