package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input matrix of `marsad extract`: one line per problem on stderr, good documents still printed. */
class ExtractBadInputTest {
    @TempDir Path dir;

    static final String ARTICLE = "الجيش يعلن إحباط هجوم\n\nعمّان - وكالات - 23 أكتوبر 2020\n"
            + "أعلن الجيش أنه أحبط هجوما على موقع حدودي فجر اليوم، وقال في بيان إن المهاجمين فروا إلى الجانب الآخر من الحدود.\n";

    record Run(int status, String out, String err) {
        List<JsonNode> records() throws IOException {
            List<JsonNode> r = new ArrayList<>();
            ObjectMapper om = new ObjectMapper();
            for (String l : out.split("\n")) if (!l.isBlank()) r.add(om.readTree(l));
            return r;
        }
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private String article(String name) throws IOException {
        return Files.writeString(dir.resolve(name), ARTICLE).toString();
    }

    @Test
    void goodInputsExitZeroInOrder() throws IOException {
        Path jsonl = Files.writeString(dir.resolve("two.jsonl"),
                "{\"id\":\"j1\",\"title\":\"t\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\",\"published\":\"2021-01-02\",\"outlet\":\"o\"}\n"
                + "{\"id\":\"j2\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n");
        Run r = run("extract", article("first.txt"), jsonl.toString());
        assertEquals(0, r.status(), r.err());
        List<JsonNode> recs = r.records();
        assertEquals(List.of("first", "j1", "j2"), recs.stream().map(n -> n.get("doc").asText()).toList());
        assertEquals("2020-10-23", recs.get(0).get("published").asText());   // dateline
        assertEquals("2021-01-02", recs.get(1).get("published").asText());   // metadata
        assertEquals("الجيش يعلن إحباط هجوم", recs.get(0).get("title").asText());
        assertTrue(recs.get(0).get("entities").isArray() && recs.get(0).get("events").isArray());
        Run p = run("extract", "--published", "2020-10-24", dir.resolve("first.txt").toString());
        assertEquals("2020-10-24", p.records().get(0).get("published").asText());
    }

    @Test
    void badInputMatrix() throws IOException {
        String good1 = article("good1.txt"), good2 = article("good2.txt");
        Path binary = dir.resolve("photo.txt");
        byte[] bin = new byte[4096];
        for (int i = 0; i < bin.length; i++) bin[i] = (byte) (i * 31 + 7);
        Files.write(binary, bin);
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path badUtf8 = dir.resolve("latin1.txt");
        Files.write(badUtf8, "caf\u00e9 \u00e0 la cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1));
        Path malformed = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"id\":\"ok1\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n{\"id\": \"bad\", \"text\": \n{\"id\":\"ok2\",\"text\":\"" + ARTICLE.replace("\n", "\\n") + "\"}\n");
        Path huge = dir.resolve("huge.jsonl");
        try (OutputStream o = Files.newOutputStream(huge)) {   // ~100 MB on one line, written in chunks
            byte[] chunk = "ا".repeat(1 << 19).getBytes(StandardCharsets.UTF_8);
            o.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100; i++) o.write(chunk);
            o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path deep = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div><span>".repeat(20000) + "<p>نص</p></body></html>");
        String missing = dir.resolve("missing.txt").toString();

        Run r = run("extract", good1, missing, binary.toString(), empty.toString(), badUtf8.toString(), malformed.toString(),
                huge.toString(), deep.toString(), good2);
        assertEquals(2, r.status());
        assertEquals(List.of("good1", "ok1", "ok2", "good2"), r.records().stream().map(n -> n.get("doc").asText()).toList());
        String[] errs = r.err().strip().split("\n");
        assertEquals(7, errs.length, r.err());
        assertTrue(errs[0].contains(missing) && errs[0].contains("no such file"), errs[0]);
        assertTrue(errs[1].contains(binary.toString()) && errs[1].contains("binary"), errs[1]);
        assertTrue(errs[2].contains(empty.toString()) && errs[2].contains("empty"), errs[2]);
        assertTrue(errs[3].contains(badUtf8.toString()) && errs[3].contains("UTF-8"), errs[3]);
        assertTrue(errs[4].contains(malformed + ":2"), errs[4]);
        assertTrue(errs[5].contains(huge + ":1") && errs[5].contains("longer"), errs[5]);
        assertTrue(errs[6].contains(deep.toString()) && errs[6].contains("nested"), errs[6]);
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void usageErrorsExitOne() {
        assertEquals(1, run("extract").status());
        assertEquals(1, run("extract", "--published", "yesterday", "x.txt").status());
        assertEquals(1, run("extract", "--no-such-option", "x.txt").status());
        assertEquals(1, run("no-such-command").status());
        Run help = run("extract", "--help");
        assertEquals(0, help.status());
    }

    @Test
    void verboseShowsTheCause() throws IOException {
        Path malformed = Files.writeString(dir.resolve("m.jsonl"), "{\"id\": \n");
        Run r = run("extract", "--verbose", malformed.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
