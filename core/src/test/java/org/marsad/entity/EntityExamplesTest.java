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

/** Runs lexicon/entity-examples.tsv: every expected entity of every line must be found, and none marked "!". */
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
                // "!TYPE:X": no entity of that type may have X as its name or text
                boolean absent = item.startsWith("!");
                String it = absent ? item.substring(1) : item, type = it.substring(0, 3), x = it.substring(4);
                boolean found = l.entities().stream().anyMatch(e -> e.type().equals(type) && (x.equals(e.name()) || x.equals(e.text())));
                if (found == absent) misses.add(item + " in «" + row.get("text") + "» got " + EntityRecognizerTest.summary(l));
            }
        }
        assertTrue(misses.isEmpty(), misses.size() + "/" + n + " missed:\n" + String.join("\n", misses));
    }
}
