package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.pipeline.Pipeline;

/**
 * {@code marsad eval} and {@code ../shared/tools/score.py} print the same figures on the dev gold.
 * Skipped when {@code ../shared} or python3 is absent (a fresh clone has neither the gold nor the data).
 */
class GoldScoreAgreementTest {
    private static final Path SHARED = Path.of("..", "..", "shared");

    private static Path shared() {
        Path p = SHARED;                                     // from app/ (maven runs tests in the module)
        if (!Files.isDirectory(p)) p = Path.of("..", "shared");
        return p;
    }

    @Test
    void javaAndPythonScorersAgreeOnTheDevGold() throws Exception {
        Path root = shared();
        Path gold = root.resolve("gold/dev.jsonl"), docs = root.resolve("data/ant/docs.jsonl"), script = root.resolve("tools/score.py");
        assumeTrue(Files.isRegularFile(gold) && Files.isRegularFile(docs) && Files.isRegularFile(script),
                "../shared (dev gold, ANT documents, score.py) not present: skipping the scorer agreement check");
        assumeTrue(pythonAvailable(), "python3 not on PATH: skipping the scorer agreement check");

        // the system output: the pipeline over the gold's documents
        Map<String, JsonNode> goldDocs = Jsonl.byDoc(gold);
        ObjectMapper om = new ObjectMapper();
        Pipeline pipeline = new Pipeline();
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = om.readTree(line);
            if (!goldDocs.containsKey(n.get("id").asText())) continue;
            Document d = Document.of(n.get("id").asText(), n.path("title").asText(null), n.get("text").asText(),
                    java.time.LocalDate.parse(n.get("published").asText().substring(0, 10)));
            out.append(om.writeValueAsString(pipeline.process(d))).append('\n');
        }
        Path system = Files.createTempFile("marsad-eval", ".jsonl");
        try {
            Files.writeString(system, out, StandardCharsets.UTF_8);
            List<String> java = GoldScore.score(goldDocs, Jsonl.byDoc(system)).report(false);
            Process p = new ProcessBuilder("python3", script.toString(), "--gold", gold.toString(), "--system", system.toString())
                    .redirectErrorStream(true).start();
            String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            assertEquals(0, p.exitValue(), python);
            assertEquals(String.join("\n", java).strip(), python.strip());
        } finally {
            Files.deleteIfExists(system);
        }
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
