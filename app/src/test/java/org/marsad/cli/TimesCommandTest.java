package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `marsad times`: one JSON line per expression, lists one line per date, future clauses forward. */
class TimesCommandTest {
    @TempDir
    Path dir;

    private List<String> run(String text, String... extra) throws Exception {
        Path f = dir.resolve("in.txt");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            String[] args = new String[extra.length + 4];
            args[0] = "times";
            args[1] = "--published";
            args[2] = "2022-09-14";
            System.arraycopy(extra, 0, args, 3, extra.length);
            args[args.length - 1] = f.toString();
            assertEquals(0, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsOneJsonLinePerExpression() throws Exception {
        String text = "قتل ثلاثة جنود فجر الأربعاء، وسيعقد الاجتماع يوم الاثنين. وجرت الانتخابات يومي 12 و19 أيار.";
        List<String> lines = run(text);
        assertEquals(4, lines.size());
        ObjectMapper om = new ObjectMapper();
        JsonNode first = om.readTree(lines.get(0));
        assertEquals("فجر الأربعاء", first.get("text").asText());
        assertEquals("TIME", first.get("type").asText());
        assertEquals("2022-09-14TMO", first.get("value").asText());
        assertEquals(text.substring(first.get("start").asInt(), first.get("end").asInt()), first.get("text").asText());
        assertEquals("2022-09-19", om.readTree(lines.get(1)).get("value").asText(), "future clause resolves forward");
        assertEquals("2022-05-12", om.readTree(lines.get(2)).get("value").asText());
        assertEquals("2022-05-19", om.readTree(lines.get(3)).get("value").asText());
    }

    @Test
    void missingFileIsAOneLineError() {
        assertTrue(Main.run("times", "--published", "2022-09-14", dir.resolve("none.txt").toString()) != 0);
    }
}
