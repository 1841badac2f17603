package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/**
 * Runs {@code kb/people.examples.tsv} against {@code kb/people.tsv}: an office held on a date must
 * resolve to exactly one person ("وزير الخارجية الأميركي" in 2020 is Pompeo, in 2022 Blinken), and a
 * surface form must name exactly one person. The questions are those the entity linker asks; answering
 * them straight from the data keeps the data honest whatever the loader does.
 */
class KbPeopleExamplesTest {

    private static List<KbDataIntegrityTest.Row> read(String name, String header) throws IOException {
        try (InputStream in = KbPeopleExamplesTest.class.getResourceAsStream("/kb/" + name)) {
            assertNotNull(in, "kb/" + name + " is missing from the classpath");
            return KbDataIntegrityTest.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), header);
        }
    }

    private static String key(String arabic) {
        return ArabicNormalizer.normalize(arabic).trim().replaceAll("\\s+", " ");
    }

    private static LocalDate first(String d) { return KbLoader.date(d, false); }

    private static LocalDate last(String d) { return KbLoader.date(d, true); }

    @Test
    void examplesResolveToOnePerson() throws IOException {
        List<KbDataIntegrityTest.Row> people = read("people.tsv", "id name_en names_ar code role org start end");
        List<KbDataIntegrityTest.Row> examples = read("people.examples.tsv", "kind query code role date expected");
        Map<String, Set<String>> byName = new HashMap<>();
        for (KbDataIntegrityTest.Row p : people) {
            for (String n : p.list("names_ar")) byName.computeIfAbsent(key(n), k -> new TreeSet<>()).add(p.get("id"));
        }
        List<String> failures = new ArrayList<>();
        int offices = 0, names = 0;
        for (KbDataIntegrityTest.Row ex : examples) {
            Set<String> found = new TreeSet<>();
            if ("office".equals(ex.get("kind"))) {
                offices++;
                LocalDate day = LocalDate.parse(ex.get("date"));
                for (KbDataIntegrityTest.Row p : people) {
                    if (!p.get("code").equals(ex.get("code")) || !p.get("role").equals(ex.get("role")) || !p.get("org").isEmpty()) continue;
                    boolean started = !first(p.get("start")).isAfter(day);
                    boolean notEnded = p.get("end").isEmpty() || !last(p.get("end")).isBefore(day);
                    if (started && notEnded) found.add(p.get("id"));
                }
            } else {
                assertEquals("name", ex.get("kind"), ex.where() + ": kind must be office or name");
                names++;
                found.addAll(byName.getOrDefault(key(ex.get("query")), Set.of()));
            }
            if (!found.equals(Set.of(ex.get("expected")))) {
                failures.add(ex.where() + " " + ex.get("query") + " " + ex.get("date") + " → " + found + ", expected " + ex.get("expected"));
            }
        }
        assertTrue(offices >= 20 && names >= 20, "too few examples: " + offices + " offices, " + names + " names");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
