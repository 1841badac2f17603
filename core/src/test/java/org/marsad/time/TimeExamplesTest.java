package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.text.DataFile;

/** Runs the example corpus {@code time/examples.tsv}: every line's expressions, types and values. */
class TimeExamplesTest {
    static final TimeTagger TAGGER = new TimeTagger();

    static String render(TimeExpr e) {
        StringBuilder sb = new StringBuilder(e.type() + " " + e.value());
        if (e.endValue() != null) sb.append("..").append(e.endValue());
        if (e.futureValue() != null && !e.futureValue().equals(e.value())) sb.append('>').append(e.futureValue());
        return sb.toString();
    }

    @Test
    void exampleCorpus() throws Exception {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] c : DataFile.rows("/time/examples.tsv")) {
        LocalDate pub = c[0].equals("-") ? null : LocalDate.parse(c[0]);
        List<TimeExpr> got = TAGGER.tag(c[1], pub);
        String actual = got.isEmpty() ? "-" : got.stream().map(TimeExamplesTest::render).collect(Collectors.joining(" | "));
        n++;
        if (!actual.equals(c[2].trim())) failures.add(c[1] + "\n   expected " + c[2] + "\n   got      " + actual);
        }
        assertTrue(n > 100, "corpus too small");
        assertEquals("", String.join("\n", failures), failures.size() + " of " + n + " examples failed");
    }

    @Test
    void spansPointAtOriginalCharacters() {
        String text = "قُتل ثلاثة جنود فجرَ الأربعاءِ، وفي 15 رمضان 1443 هـ وقع هجوم.";
        for (TimeExpr e : TAGGER.tag(text, LocalDate.of(2022, 9, 14))) assertEquals(text.substring(e.start(), e.end()), e.text());
        List<TimeExpr> got = TAGGER.tag(text, LocalDate.of(2022, 9, 14));
        assertEquals("فجرَ الأربعاءِ", got.get(0).text());
        assertEquals("15 رمضان 1443 هـ", got.get(1).text());
    }

    @Test
    void listElementsHaveTheirOwnSpans() {
        String text = "تجري الانتخابات يومي 12 و19 أيار المقبل";
        List<TimeExpr> got = TAGGER.tag(text, LocalDate.of(2022, 4, 1));
        assertEquals(2, got.size());
        assertEquals("12", got.get(0).text());
        assertEquals("19 أيار المقبل", got.get(1).text());
        assertEquals("2022-05-12", got.get(0).value());
        assertEquals("2022-05-19", got.get(1).value());
    }
}
