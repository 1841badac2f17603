package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/** Runs {@code lexicon/role-words-examples.tsv}: each sentence's word must be of the class it names. */
class RoleWordsExamplesTest {
    private static final TextAnalyzer TA = new TextAnalyzer();

    @Test
    void roleWordExamples() {
        List<String> failures = new ArrayList<>();
        List<String[]> rows = LexiconFile.rows("/lexicon/role-words-examples.tsv");
        assertTrue(rows.size() >= 6);
        for (String[] r : rows) {
            TextLayer tl = TA.analyze(Document.of("t", null, r[0], java.time.LocalDate.of(2020, 5, 5)));
            int cls = switch (r[2]) {
                case "instrument" -> RoleWords.INSTRUMENT; case "object-genitive" -> RoleWords.OBJECT_GENITIVE;
                case "member" -> RoleWords.MEMBER; case "death" -> RoleWords.DEATH; default -> RoleWords.NAMING;
            };
            boolean found = false;
            for (int t = 0; t < tl.tokenCount() && !found; t++) {
                found = r[0].substring(tl.tokenStart(t), tl.tokenEnd(t)).equals(r[1]) && RoleWords.is(tl, t, cls);
            }
            if (!found) failures.add(r[0] + ": " + r[1] + " is not " + r[2]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
