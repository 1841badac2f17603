package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.marsad.quantity.Casualty;
import org.marsad.quantity.CasualtyKind;
import org.marsad.quantity.CasualtyTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `marsad eval-casualties [--gold FILE]`: for every gold event with a killed figure, whether the
 * casualty tagger reads the same best figure from the event's evidence sentence.
 */
@Command(name = "eval-casualties", description = "Score the casualty tagger on gold events' evidence sentences: "
        + "the share whose killed 'best' figure it reads exactly.")
public final class EvalCasualtiesCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "FILE", description = "gold JSONL (default ../shared/gold/dev.jsonl)")
    Path gold = Path.of("../shared/gold/dev.jsonl");

    @Option(names = "--details", description = "also print each disagreement")
    boolean details;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(gold)) {
            System.err.println("marsad: error: no gold file at " + gold);
            return 2;
        }
        ObjectMapper om = new ObjectMapper();
        CasualtyTagger tagger = new CasualtyTagger();
        int n = 0, found = 0, equal = 0;
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                for (JsonNode e : om.readTree(line).path("events")) {
                    JsonNode k = e.path("size").path("killed");
                    if (!k.isObject() || !e.hasNonNull("evidence")) continue;
                    n++;
                    Integer want = k.hasNonNull("best") ? k.get("best").asInt() : null;
                    Integer got = null;
                    boolean any = false;
                    for (Casualty c : tagger.tag(e.get("evidence").asText())) {
                        if (c.kind() != CasualtyKind.KILLED) continue;
                        any = true;
                        if (c.size() != null) { got = c.size().best(); break; }
                    }
                    if (any) found++;
                    if (Objects.equals(want, got)) equal++;
                    else if (details) System.out.println("gold " + want + "\tread " + got + "\t" + e.get("evidence").asText());
                }
            }
        }
        System.out.printf("gold events with a killed figure: %d%n", n);
        System.out.printf("evidence with a KILLED phrase found: %d (%.3f)%n", found, n == 0 ? 0 : (double) found / n);
        System.out.printf("killed best read exactly: %d (%.3f)%n", equal, n == 0 ? 0 : (double) equal / n);
        return 0;
    }
}
