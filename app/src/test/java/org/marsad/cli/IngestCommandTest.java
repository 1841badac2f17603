package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ChildJvm;
import org.marsad.store.MarsadStore;

/** `marsad ingest` and `marsad stats` end to end, including a real kill -9 of an ingesting JVM. */
class IngestCommandTest {
    @TempDir Path tmp;

    private static final String[] TOWNS = {"حلب", "إدلب", "حماة", "درعا", "الرقة", "دير الزور", "تدمر"};

    /** A JSONL corpus of {@code n} short reports written for this test. */
    static Path corpus(Path dir, int n) throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String town = TOWNS[i % TOWNS.length];
            ObjectNode o = om.createObjectNode();
            o.put("id", "c-" + i);
            o.put("title", "اشتباكات في محيط " + town);
            o.put("text", "أفادت مصادر محلية اليوم بأن اشتباكات عنيفة اندلعت في محيط " + town
                    + " بين فصائل مسلحة، وأسفرت عن سقوط " + (i % 9 + 1) + " قتلى في الحادثة رقم " + i
                    + ". وقال شهود عيان إن القصف استهدف أحياء سكنية، فيما دعت منظمات إنسانية إلى وقف التصعيد.");
            o.put("published", "2026-02-" + String.format("%02d", i % 28 + 1));
            o.put("outlet", "وكالة الاختبار");
            o.put("url", "https://news.example/c/" + i);
            lines.add(om.writeValueAsString(o));
        }
        Path f = dir.resolve("corpus.jsonl");
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    private static JsonNode stats(Path data) throws Exception {
        Cli.Result r = Cli.run("stats", "--data", data.toString(), "--json");
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void ingestStoresAndIsIdempotent() throws Exception {
        Path in = corpus(tmp, 30);
        Path data = tmp.resolve("store");
        Cli.Result first = Cli.run("ingest", "--data", data.toString(), in.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("30 new"), first.out());
        assertEquals("", first.err(), "quiet when stderr is not a terminal");
        Cli.Result again = Cli.run("ingest", "--data", data.toString(), in.toString());
        assertTrue(again.out().contains("0 new, 0 replaced, 30 unchanged"), again.out());
        JsonNode s = stats(data);
        assertEquals(30, s.get("articles").asInt());
        for (String k : List.of("events", "clusters", "entities", "by_type")) assertTrue(s.has(k), k);
    }

    @Test
    void badLinesAreSkippedWithOneLineErrors() throws Exception {
        Path in = tmp.resolve("mixed.jsonl");
        Files.writeString(in, "{\"id\": \"ok\", \"text\": \"قالت وزارة الخارجية في بيان اليوم إن الوفد سيصل إلى العاصمة غدا لإجراء محادثات.\"}\nnot json\n{\"id\": \"no-text\"}\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("ingest", "--data", tmp.resolve("s").toString(), in.toString());
        assertEquals(2, r.status());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("marsad: ") && l.contains("mixed.jsonl:")).count(), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
        Cli.Result missing = Cli.run("stats", "--data", tmp.resolve("nowhere").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("marsad: error: no store"), missing.err());
    }

    @Test
    void killMinus9DuringIngestThenRerunCompletesWithoutDuplicates() throws Exception {
        int n = 800;
        Path in = corpus(tmp, n);
        Path data = tmp.resolve("store");
        ChildJvm.runUntil(Main.class.getName(), List.of("ingest", "--data", data.toString(), "--log-every", "100", in.toString()),
                "ingested 200", 180);
        int partial;
        try (MarsadStore store = MarsadStore.open(data)) {
            partial = (int) store.stats().articles();
            assertTrue(partial >= 1 && partial < n, "killed mid-way: " + partial);
            assertEquals(partial, store.search("اشتباكات", 10, 0).total(), "index agrees with the database after reopening");
        }
        Cli.Result r = Cli.run("ingest", "--data", data.toString(), in.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains((n - partial) + " new, 0 replaced, " + partial + " unchanged"), r.out());
        assertEquals(n, stats(data).get("articles").asInt());
        try (MarsadStore store = MarsadStore.open(data)) {
            assertEquals(n, store.search("اشتباكات", 10, 0).total());
            assertEquals(0, store.reconciledOnOpen());
        }
    }
}
