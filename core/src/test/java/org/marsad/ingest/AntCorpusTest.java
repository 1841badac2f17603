package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/** Reads the shared ANT sample (not part of the repository): skipped when it is absent. */
class AntCorpusTest {
    static final Path ANT = Path.of("../../shared/data/ant/docs.jsonl");

    static Path ant() {
        Path p = Files.exists(ANT) ? ANT : Path.of("../shared/data/ant/docs.jsonl");
        Assumptions.assumeTrue(Files.exists(p), "../shared/data/ant/docs.jsonl is absent: ANT corpus test skipped");
        return p;
    }

    @Test
    void everyDocumentReadWithMetadataAndSaneSentences() {
        Path p = ant();
        List<Document> docs = new ArrayList<>();
        for (ReadResult r : DocumentSourceTest.read(ReadOptions.defaults(), p.toString())) {
            assertTrue(r.isDocument(), r::describe);
            docs.add(r.document());
        }
        assertEquals(40, docs.size());
        TextAnalyzer ta = new TextAnalyzer();
        int masked = 0;
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            assertEquals(String.format("ant-%02d", i + 1), d.id());
            assertNotNull(d.title(), d.id());
            assertNotNull(d.published(), d.id());
            assertNotNull(d.outlet(), d.id());
            assertEquals("ar", d.language(), d.id());
            TextLayer t = ta.analyze(d);
            for (int s = 0; s < t.sentenceCount(); s++) {
                int len = t.sentenceEnd(s) - t.sentenceStart(s);
                assertTrue(len <= 1500, d.id() + " sentence " + s + " is " + len + " chars");
            }
            if (!d.boilerplate().isEmpty()) masked++;
        }
        assertTrue(masked >= 20, "repeated abstracts and related headlines should be masked in most ANT texts, got " + masked);
    }
}
