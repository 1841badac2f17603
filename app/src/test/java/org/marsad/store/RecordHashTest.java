package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.pipeline.DocumentRecord;

/**
 * Stores hold record hashes of one JSON rendering; re-ingesting an unchanged article into them must
 * still find it unchanged. The one-pass rendering must therefore equal, byte for byte, the rendering
 * the hashes were first made of: the record through a JSON tree with each event's id removed.
 */
class RecordHashTest {
    private final ObjectMapper json = new ObjectMapper();

    /** The original rendering (kept here as the reference). */
    private String throughTree(Document doc, DocumentRecord rec, String contentHash) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", rec.title() != null ? rec.title() : doc.title());
        m.put("published", rec.published());
        m.put("outlet", rec.outlet() != null ? rec.outlet() : doc.outlet());
        m.put("url", doc.url());
        m.put("language", doc.language());
        m.put("text", contentHash);
        m.put("entities", rec.entities());
        ArrayNode events = json.valueToTree(rec.events());
        for (JsonNode ev : events) ((ObjectNode) ev).remove("id");
        m.put("events", events);
        return json.writeValueAsString(m);
    }

    @Test
    void oneRenderingForOldAndNewStores() throws Exception {
        RecordHash hash = new RecordHash(json);
        List<MarsadStore.Article> articles = new ArrayList<>();
        for (Fixtures.Article f : List.of(Fixtures.shelling(), Fixtures.ceasefire(), Fixtures.shellingSecondOutlet(), Fixtures.numbered(3, 4)))
            articles.add(new MarsadStore.Article(f.doc(), f.rec()));
        Random rnd = new Random(11);
        for (int i = 0; i < 200; i++) articles.add(FilterAgreement.article(rnd, i, i % 3));
        for (MarsadStore.Article a : articles) {
            String content = Rows.sha256(a.doc().text());
            assertEquals(throughTree(a.doc(), a.rec(), content), hash.rendering(a.doc(), a.rec(), content), a.doc().id());
        }
    }
}
