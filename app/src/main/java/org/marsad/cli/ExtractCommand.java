package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.doc.Document;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `marsad extract INPUT...`: one JSONL record per document (spec §1) on standard output. */
@Command(name = "extract", description = "Print one JSON record per document: entities and events.")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "JSONL files")
    List<Path> inputs;

    @Option(names = "--published", description = "publication date YYYY-MM-DD for plain files")
    LocalDate published;

    @Option(names = "--verbose", description = "show stack traces of errors")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        ObjectMapper om = new ObjectMapper();
        Pipeline pipeline = new Pipeline();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Path p : inputs) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    JsonNode n = om.readTree(line);
                    LocalDate d = n.hasNonNull("published") ? LocalDate.parse(n.get("published").asText().substring(0, 10)) : published;
                    Document doc = new Document(n.get("id").asText(), n.path("title").asText(null), n.get("text").asText(), d,
                            n.path("outlet").asText(null), n.path("url").asText(null), List.of(), null, List.of());
                    out.println(om.writeValueAsString(pipeline.process(doc)));
                }
            }
        }
        out.flush();
        return 0;
    }
}
