package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the examples files that sit beside the ingest lexicons. */
class LexiconExamplesTest {
    static List<String[]> examples(String resource) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                LexiconExamplesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                out.add(line.replace("\\n", "\n").split("\t"));
            }
        }
        return out;
    }

    @Test
    void agencyExamples() throws IOException {
        Agencies a = new Agencies();
        List<String[]> ex = examples("/lexicon/agencies-examples.tsv");
        for (String[] e : ex) {
            List<String> expected = e[1].equals("-") ? List.of() : List.of(e[1].split("\\|"));
            assertEquals(expected, a.find(e[0]), e[0]);
        }
        assertEquals(true, ex.size() >= 15);
    }

    @Test
    void datelineExamples() throws IOException {
        Dateline d = new Dateline();
        for (String[] e : examples("/lexicon/dateline-examples.tsv")) {
            LocalDate expected = e[1].equals("-") ? null : LocalDate.parse(e[1]);
            assertEquals(expected, d.find(e[0]), e[0]);
        }
    }
}
