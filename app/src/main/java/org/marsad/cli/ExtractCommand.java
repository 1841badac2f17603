package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.OrderedRunner;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `marsad extract INPUT...`: one JSONL record per document (spec §1) on standard output, in input
 * order. Every unreadable input (or JSONL line) gets one line on standard error naming it and the
 * rest is still processed. Exit status: 0 all read, 2 some input rejected (1 is a usage error).
 */
@Command(name = "extract", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Print one JSON record per document (entities and events), in input order.",
                "INPUT: .jsonl/.ndjson (one article per line), .txt (first line the title), .html/.htm,",
                "RSS/Atom feed files (.rss .atom .xml), directories (recursive, sorted), or - for standard input."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:usage error", "2:some input was rejected (see standard error)"})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files, directories, or - for standard input")
    List<String> inputs;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "publication date for plain files (.txt, .html, stdin); fills the gap for JSONL/feed items without one")
    LocalDate published;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--threads", paramLabel = "N", description = "pipeline worker threads (default: one per core); output order is input order")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        if (threads < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads must be at least 1");
        ObjectMapper json = new ObjectMapper();
        Pipeline pipeline = new Pipeline();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        boolean[] rejected = {false};
        ReadOptions options = ReadOptions.defaults().withPublished(published);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
             Progress progress = Progress.start("extract", Progress.wanted() ? IngestCommand.countJsonl(inputs) : -1, "docs");
             DocumentSource source = DocumentSource.open(inputs, options);
             // Workers also serialise (ObjectMapper is thread-safe): the writer thread only writes.
             OrderedRunner<ReadResult, String> work = new OrderedRunner<>(threads,
                     () -> r -> json.writeValueAsString(pipeline.process(r.document())), (r, line, failure) -> {
                 progress.step();
                 if (failure != null) {
                     rejected[0] = true;
                     err.println("marsad: " + r.where() + ": cannot process document " + r.document().id() + ": " + failure);
                     if (verbose.on) failure.printStackTrace(err);
                     return;
                 }
                 out.write(line);
                 out.write('\n');
             })) {
            while (source.hasNext()) {
                ReadResult r = source.next();
                switch (r.kind()) {
                    case DOCUMENT -> work.submit(r);
                    case SKIPPED -> err.println("marsad: " + r.describe());
                    case ERROR -> {
                        rejected[0] = true;
                        err.println("marsad: " + r.describe());
                        if (verbose.on && r.cause() != null) r.cause().printStackTrace(err);
                    }
                }
            }
            work.finish();
        }
        return rejected[0] ? 2 : 0;
    }
}
