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

/** Runs lexicon/short-forms-examples.tsv: the last occurrence of the form is a mention of the expected entity, of none ("-"), or not of one ("!NAME"). */
class ShortFormsExamplesTest {
    @Test
    void examples() {
        EntityRecognizer rec = new EntityRecognizer(KnowledgeBase.load((java.nio.file.Path) null));
        TextAnalyzer a = rec.newAnalyzer();
        List<String> misses = new ArrayList<>();
        List<Map<String, String>> rows = Lexicons.rows("/lexicon/short-forms-examples.tsv");
        for (Map<String, String> row : rows) {
            String text = row.get("text"), form = row.get("form"), expected = row.get("expected");
            Document d = Document.of("ex", null, text, LocalDate.parse("2020-01-01"));
            EntityLayer l = rec.recognize(d, a.analyze(d));
            int at = text.lastIndexOf(form), end = at + form.length();
            String got = null;
            for (Entity e : l.entities()) {
                for (org.marsad.doc.Span s : e.mentionSpans()) if (s.start() < end && s.end() > at) got = e.name() != null ? e.name() : e.text();
            }
            boolean ok = expected.equals("-") ? got == null : expected.startsWith("!") ? !expected.substring(1).equals(got) : expected.equals(got);
            if (!ok) misses.add("«" + form + "» in «" + text + "»: expected " + expected + ", got " + got);
        }
        assertTrue(rows.size() >= 6, "examples missing");
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }
}
