package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.marsad.time.TimeExpr;
import org.marsad.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `marsad times --published YYYY-MM-DD FILE|-`: one JSON line per temporal expression. */
@Command(name = "times", description = "Print the temporal expressions of a plain-text file (or - for standard input), "
        + "one JSON line each: start, end, text, type, value (and value_end for a range). Bare weekdays and "
        + "day-months resolve to the latest such day on or before publication, forward in a future clause.")
public final class TimesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE|-", description = "UTF-8 text file, or - for standard input")
    String input;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date that relative expressions count from")
    LocalDate published;

    @Option(names = "--future", description = "read every bare weekday and day-month forward, not only in future clauses")
    boolean future;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = input.equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            System.err.println("marsad: error: no such file: " + input);
            return 2;
        }
        ObjectMapper om = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        TimeTagger tagger = new TimeTagger();
        for (TimeExpr e : tagger.tag(text, published)) {
            // Spec §2: in a future clause ("سيعقد الاجتماع يوم الاثنين") the forward reading applies.
            boolean forward = future || tagger.isFutureContext(text, e.start());
            ObjectNode n = om.createObjectNode();
            n.put("start", e.start());
            n.put("end", e.end());
            n.put("text", e.text());
            n.put("type", e.type().name());
            n.put("value", forward ? e.futureValue() : e.value());
            if (e.endValue() != null) n.put("value_end", e.endValue());
            out.println(om.writeValueAsString(n));
        }
        out.flush();
        return 0;
    }
}
