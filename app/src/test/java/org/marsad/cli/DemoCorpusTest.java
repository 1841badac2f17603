package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.MarsadStore;

/** The bundled demo corpus is well-formed and the demo's ingest stores and indexes all of it. */
class DemoCorpusTest {
    @TempDir Path tmp;

    @Test
    void corpusHasThirtyArticlesFromSeveralOutletsOverWeeks() throws Exception {
        ObjectMapper om = new ObjectMapper();
        Set<String> ids = new HashSet<>();
        Map<String, Integer> outlets = new HashMap<>();
        LocalDate first = LocalDate.MAX, last = LocalDate.MIN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DemoCommand.class.getResourceAsStream(DemoCommand.CORPUS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = om.readTree(line);
                for (String f : new String[] {"id", "title", "text", "published", "outlet", "url"}) {
                    assertTrue(n.hasNonNull(f) && !n.get(f).asText().isBlank(), n.path("id").asText() + " has " + f);
                }
                assertTrue(ids.add(n.get("id").asText()), "unique id");
                assertTrue(n.get("text").asText().length() > 400, "a real article, not a line");
                assertTrue(n.get("url").asText().matches("https://[a-z-]+\\.example/.*"), "fictional outlets use .example hosts");
                outlets.merge(n.get("outlet").asText(), 1, Integer::sum);
                LocalDate d = LocalDate.parse(n.get("published").asText());
                if (d.isBefore(first)) first = d;
                if (d.isAfter(last)) last = d;
            }
        }
        assertEquals(30, ids.size());
        assertTrue(outlets.size() >= 5, outlets.toString());
        assertTrue(last.toEpochDay() - first.toEpochDay() >= 21, "a few weeks");
    }

    @Test
    void demoIngestStoresAndIndexesTheCorpus() throws Exception {
        try (MarsadStore store = MarsadStore.open(tmp)) {
            assertEquals(30, DemoCommand.ingestCorpus(store, new Pipeline()));
            assertEquals(30, store.stats().articles());
            assertTrue(store.search("جيرموك", 50, 0).total() >= 5, "several outlets report Jermuk");
            assertEquals(30, DemoCommand.ingestCorpus(store, new Pipeline()));
            assertEquals(30, store.stats().articles(), "the demo ingest is idempotent");
        }
    }
}
