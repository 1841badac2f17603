package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCommandTest {
    private static String record(String doc, String outlet, String published, String eventId, String date) {
        return "{\"doc\":\"" + doc + "\",\"title\":null,\"published\":\"" + published + "\",\"outlet\":\"" + outlet
                + "\",\"entities\":[],\"events\":[{\"id\":\"" + eventId + "\",\"event_type\":\"ASSAULT\",\"mode\":\"heavy-weapons\","
                + "\"context\":[],\"date\":\"" + date + "\",\"date_end\":null,"
                + "\"actor\":[{\"text\":\"القوات الأذربيجانية\",\"code\":\"AZE\",\"sector\":\"MIL\",\"name\":null}],"
                + "\"recipient\":[{\"text\":\"أرمينيا\",\"code\":\"ARM\",\"sector\":null,\"name\":null}],"
                + "\"locations\":[{\"text\":\"تافوش\",\"name\":\"Tavush\",\"code\":\"ARM\",\"lat\":40.97,\"lon\":45.24}],"
                + "\"size\":{\"killed\":{\"low\":16,\"best\":16,\"high\":null},\"injured\":null,\"captured\":null},"
                + "\"claimed_by\":[],\"status\":\"claimed\",\"evidence\":{\"sentence\":\"…\",\"start\":0,\"end\":1}}]}";
    }

    @Test
    void linksReportsOfOneIncidentAndFlagsBadLines(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("out.jsonl");
        Files.writeString(f, record("a", "Outlet A", "2020-07-15", "e1", "2020-07-14") + "\n"
                + record("b", "Outlet B", "2020-07-14", "e5", "2020-07-14") + "\n"
                + "{not json\n"
                + record("c", "Outlet C", "2020-08-30", "e2", "2020-08-29") + "\n", StandardCharsets.UTF_8);
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            rc = Main.run("link", f.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length, out.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].contains("\"reports\":2"), lines[0]);
        assertTrue(lines[0].contains("\"first_report\":\"2020-07-14\""), lines[0]);
        assertTrue(lines[1].contains("\"reports\":1"), lines[1]);
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("out.jsonl:3: not a marsad record"), e);
        assertEquals(2, rc);
    }
}
