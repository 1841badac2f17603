package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.kb.KnowledgeBase;
import org.marsad.text.TextAnalyzer;

/** Runs lexicon/entity-examples.tsv: every expected entity of every line must be found. */
class EntityExamplesTest {
    @Test
    void examples() {
        EntityRecognizer rec = new EntityRecognizer(KnowledgeBase.load("kbtest", null));
        TextAnalyzer a = rec.newAnalyzer();
        List<String> misses = new ArrayList<>();
        int n = 0;
        for (Map<String, String> row : Lexicons.rows("/lexicon/entity-examples.tsv")) {
            Document d = Document.of("ex", null, row.get("text"), LocalDate.parse(row.get("published")));
            EntityLayer l = rec.recognize(d, a.analyze(d));
            for (String item : row.get("expected").split("\\s*\\|\\s*")) {
                n++;
                String type = item.substring(0, 3), x = item.substring(4);
                boolean ok = l.entities().stream().anyMatch(e -> e.type().equals(type) && (x.equals(e.name()) || x.equals(e.text())));
                if (!ok) misses.add(item + " in «" + row.get("text") + "» got " + EntityRecognizerTest.summary(l));
            }
        }
        assertTrue(misses.isEmpty(), misses.size() + "/" + n + " missed:\n" + String.join("\n", misses));
    }
}
