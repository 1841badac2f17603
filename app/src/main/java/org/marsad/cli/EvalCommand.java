package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.eval.GoldScore;
import org.marsad.eval.Jsonl;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `marsad eval --gold G.jsonl --docs D.jsonl`: runs the pipeline over the documents and prints the
 * figures of {@code ../shared/tools/score.py} (event P/R/F1, field accuracies, recall by type,
 * entity F1), computed the same way.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Extract events from --docs and score them against --gold (the figures of score.py).")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "gold annotations (spec §4)")
    List<Path> gold;

    @Option(names = "--docs", paramLabel = "DOCS.jsonl", description = "the documents behind the gold (any input extract reads)")
    List<String> docs;

    @Option(names = "--system", paramLabel = "OUT.jsonl", description = "score this extract output instead of running the pipeline")
    Path system;

    @Option(names = "--write", paramLabel = "OUT.jsonl", description = "also write the extract output here")
    Path write;

    @Option(names = "--details", description = "list every missed required event and every extra event")
    boolean details;

    @Override
    public Integer call() throws Exception {
        if (system == null && (docs == null || docs.isEmpty())) throw new IllegalArgumentException("give --docs (or --system)");
        Map<String, JsonNode> g = new LinkedHashMap<>();
        for (Path p : gold) g.putAll(Jsonl.byDoc(p));
        Map<String, JsonNode> sys = system != null ? Jsonl.byDoc(system) : run(docs, g, write);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (String line : GoldScore.score(g, sys).report(details)) out.println(line);
        return 0;
    }

    /** Runs the pipeline over the documents that have gold (all of them when the gold names none). */
    static Map<String, JsonNode> run(List<String> inputs, Map<String, JsonNode> gold, Path write) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Pipeline pipeline = new Pipeline();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        StringBuilder all = new StringBuilder();
        try (DocumentSource src = DocumentSource.open(inputs, ReadOptions.defaults())) {
            while (src.hasNext()) {
                ReadResult r = src.next();
                if (r.kind() != ReadResult.Kind.DOCUMENT) continue;
                if (!gold.isEmpty() && !gold.containsKey(r.document().id()) && write == null) continue;
                String line = om.writeValueAsString(pipeline.process(r.document()));
                if (write != null) all.append(line).append('\n');
                out.put(r.document().id(), om.readTree(line));
            }
        }
        if (write != null) Files.writeString(write, all, StandardCharsets.UTF_8);
        return out;
    }
}
