package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir Path dir;

    @Test
    void printsEveryPhaseAndTheRatio() throws IOException {
        String line = "{\"id\":\"b%d\",\"text\":\"" + ExtractBadInputTest.ARTICLE.replace("\n", "\\n") + "\"}\n";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(String.format(line, i));
        Path f = Files.writeString(dir.resolve("b.jsonl"), sb);
        ExtractBadInputTest.Run r = ExtractBadInputTest.run("bench", "--input", f.toString(), "--repeat", "2", "--rounds", "2", "--threads", "2");
        assertEquals(0, r.status(), r.err());
        for (String phase : new String[] {"read ", "text layer", "read + text layer", "lucene ArabicAnalyzer", "CPU time of Lucene"}) {
            assertTrue(r.out().contains(phase), phase + " in\n" + r.out());
        }
        assertTrue(r.out().contains("phase (2 threads)"), r.out());
        String machine = r.out().substring(r.out().indexOf("phase (2 threads)"));
        assertTrue(machine.contains("full pipeline (events)") && machine.contains("read + text layer"), r.out());
        assertEquals(2, ExtractBadInputTest.run("bench", "--input", dir.resolve("none.jsonl").toString()).status());
        assertEquals(1, ExtractBadInputTest.run("bench").status());
    }

    @Test
    void selectedPhasesOnly() throws IOException {
        String line = "{\"id\":\"b%d\",\"text\":\"" + ExtractBadInputTest.ARTICLE.replace("\n", "\\n") + "\"}\n";
        Path f = Files.writeString(dir.resolve("c.jsonl"), String.format(line, 1) + String.format(line, 2));
        ExtractBadInputTest.Run r = ExtractBadInputTest.run("bench", "--input", f.toString(), "--phases", "read+text,lucene",
                "--repeat", "1", "--rounds", "1", "--threads", "0");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("CPU time of Lucene"), r.out());
        assertTrue(!r.out().contains("full pipeline") && !r.out().contains("threads)"), r.out());
        assertEquals(1, ExtractBadInputTest.run("bench", "--input", f.toString(), "--phases", "nonsense").status());
    }

    @Test
    void stagesPhasePrintsEveryStage() throws IOException {
        String line = "{\"id\":\"b%d\",\"text\":\"" + ExtractBadInputTest.ARTICLE.replace("\n", "\\n") + "\"}\n";
        Path f = Files.writeString(dir.resolve("d.jsonl"), String.format(line, 1));
        ExtractBadInputTest.Run r = ExtractBadInputTest.run("bench", "--input", f.toString(), "--phases", "stages",
                "--repeat", "1", "--rounds", "1", "--threads", "0");
        assertEquals(0, r.status(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith("per stage")).findFirst().orElse("");
        for (String stage : org.marsad.pipeline.Pipeline.STAGES) assertTrue(row.contains(stage + " "), stage + " in\n" + r.out());
        assertTrue(row.matches(".* = \\d+$"), row);
    }
}
