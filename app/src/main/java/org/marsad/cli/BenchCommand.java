package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.doc.Document;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.OrderedRunner;
import org.marsad.text.SearchAnalyzers;
import org.marsad.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `marsad bench --input FILE.jsonl [--repeat N]`: throughput of the pipeline's phases on one
 * machine, one thread, in one run. Each phase processes the input {@code repeat} times after an
 * untimed warm-up pass and reports articles/s and MB/s (MB of UTF-8 article text). Later stages
 * add their phase to {@link #phases()}; the Lucene ArabicAnalyzer phase is the yardstick.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure articles/s and MB/s of reading + text layer, against Lucene's ArabicAnalyzer on the same texts.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "articles to process (any input extract reads)")
    Path input;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "process the input N times per phase (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "also run the full pipeline on N worker threads, results in input order (as extract does); its cpu s is the whole process's")
    int threads;

    /**
     * What a phase is given: the input path, the repeat count, the documents read once, and the
     * progress bar to advance by {@code docs.size()} after each pass (not per document: the hot loop stays bare).
     */
    record Input(Path path, int repeat, List<Document> docs, long textBytes, Progress progress) {}

    /** One measured phase; {@code run} returns the number of articles it processed. */
    interface Phase {
        String name();

        long run(Input in) throws IOException;

        /** True when the phase runs on several threads: then its CPU time is the whole process's. */
        default boolean wholeProcess() { return false; }
    }

    /** The phases, in order. The event stage appends "full pipeline" here. */
    static List<Phase> phases() { return phases(1); }

    /** The phases; with {@code threads > 1} a full-pipeline phase on that many workers follows the one-thread one. */
    static List<Phase> phases(int threads) {
        TextAnalyzer text = new TextAnalyzer();
        Analyzer lucene = SearchAnalyzers.luceneArabic();
        List<Phase> p = new ArrayList<>();
        p.add(phase("read", in -> readAll(in, d -> { })));
        p.add(phase("text layer", in -> {
            long n = 0, sink = 0;
            for (int r = 0; r < in.repeat(); r++) {
                for (Document d : in.docs()) { sink += text.analyze(d).tokenCount(); n++; }
                in.progress().stepBy(in.docs().size());
            }
            return sinkGuard(n, sink);
        }));
        p.add(phase("read + text layer", in -> readAll(in, d -> text.analyze(d))));
        org.marsad.pipeline.Pipeline pipeline = new org.marsad.pipeline.Pipeline();
        p.add(phase("full pipeline (events)", in -> {
            long n = 0, sink = 0;
            for (int r = 0; r < in.repeat(); r++) {
                for (Document d : in.docs()) { sink += pipeline.process(d).events().size(); n++; }
                in.progress().stepBy(in.docs().size());
            }
            return sinkGuard(n, sink);
        }));
        if (threads > 1) p.add(parallelPipeline(pipeline, threads));
        p.add(phase("lucene ArabicAnalyzer", in -> {
            long n = 0, sink = 0;
            for (int r = 0; r < in.repeat(); r++) {
                for (Document d : in.docs()) {
                    try (TokenStream ts = lucene.tokenStream("text", d.text())) {
                        CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) sink += t.length();
                        ts.end();
                    }
                    n++;
                }
                in.progress().stepBy(in.docs().size());
            }
            return sinkGuard(n, sink);
        }));
        return p;
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (repeat < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--repeat must be at least 1");
        if (!Files.isRegularFile(input)) {
            System.err.println("marsad: " + input + ": no such file");
            return 2;
        }
        List<Document> docs = new ArrayList<>();
        long bytes = 0;
        int errors = 0;
        try (DocumentSource src = DocumentSource.open(List.of(input.toString()), ReadOptions.defaults())) {
            while (src.hasNext()) {
                ReadResult r = src.next();
                if (r.isDocument()) { docs.add(r.document()); bytes += r.document().text().getBytes(StandardCharsets.UTF_8).length; }
                else if (r.isError()) errors++;
            }
        }
        if (docs.isEmpty()) {
            System.err.println("marsad: " + input + ": no readable document");
            return 2;
        }
        out.printf(Locale.ROOT, "input %s: %d articles, %.2f MB of text, repeated %d times (%d articles per phase)%s%n",
                input, docs.size(), bytes / 1e6, repeat, (long) docs.size() * repeat, errors > 0 ? ", " + errors + " unreadable inputs skipped" : "");
        out.printf(Locale.ROOT, "%-24s %9s %8s %11s %7s %8s %14s %9s%n",
                "phase", "articles", "wall s", "articles/s", "MB/s", "cpu s", "articles/cpu-s", "MB/cpu-s");
        // Warm-up of at least ~3,000 articles per phase so the JIT has compiled the hot loops.
        int warmRepeat = Math.max(1, Math.min(repeat, (3000 + docs.size() - 1) / docs.size()));
        if (threads < 1) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--threads must be at least 1");
        List<Phase> phases = phases(threads);
        // The bar (stderr, terminals only) counts every document pass of every phase, warm-up included.
        Progress progress = Progress.start("bench", (long) phases.size() * (warmRepeat + repeat) * docs.size(), "docs");
        Input timed = new Input(input, repeat, docs, bytes, progress), warm = new Input(input, warmRepeat, docs, bytes, progress);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double textCpu = 0, luceneCpu = 0, fullCpu = 0;
        List<String> rows = new ArrayList<>();
        try (progress) {
            for (Phase p : phases) {
                progress.message(p.name());
                p.run(warm);
                long c0 = p.wholeProcess() ? processCpuNanos() : cpu.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                long n = p.run(timed);
                double wall = (System.nanoTime() - t0) / 1e9;
                double c = ((p.wholeProcess() ? processCpuNanos() : cpu.getCurrentThreadCpuTime()) - c0) / 1e9;
                double mb = (double) bytes * repeat / 1e6;
                String row = String.format(Locale.ROOT, "%-24s %9d %8.2f %11.0f %7.2f %8.2f %14.0f %9.2f", p.name(), n, wall, n / wall, mb / wall, c, n / c, mb / c);
                // Rows are printed as they come when no bar shares the terminal, else after it closes.
                if (progress.visible()) rows.add(row);
                else out.println(row);
                if (p.name().equals("read + text layer")) textCpu = c;
                if (p.name().startsWith("lucene")) luceneCpu = c;
                if (p.name().equals("full pipeline (events)")) fullCpu = c;
            }
        }
        rows.forEach(out::println);
        if (textCpu > 0 && luceneCpu > 0) {
            out.printf(Locale.ROOT, "read + text layer takes %.2f× the CPU time of Lucene's ArabicAnalyzer on the same texts (target ≤ 3×)%n",
                    textCpu / luceneCpu);
        }
        if (fullCpu > 0 && luceneCpu > 0) {
            out.printf(Locale.ROOT, "the full pipeline up to events takes %.2f× the CPU time of Lucene's ArabicAnalyzer (target ≤ 10×)%n",
                    fullCpu / luceneCpu);
        }
        out.println("(one thread; cpu s is that thread's CPU time, which a machine shared with other work does not inflate;"
                + (threads > 1 ? " the " + threads + "-thread row's is the whole process's, JIT and GC included;" : "") + " load now "
                + String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ")");
        return 0;
    }

    /** The full pipeline on {@code threads} workers through {@link OrderedRunner}, results taken in input order. */
    private static Phase parallelPipeline(org.marsad.pipeline.Pipeline pipeline, int threads) {
        String name = "full pipeline, " + threads + " thr";
        return new Phase() {
            @Override public String name() { return name; }

            @Override public boolean wholeProcess() { return true; }

            @Override public long run(Input in) throws IOException {
                long[] n = {0, 0};
                try (OrderedRunner<Document, Integer> runner = new OrderedRunner<>(threads, () -> d -> pipeline.process(d).events().size(),
                        (d, events, failure) -> { n[0]++; if (events != null) n[1] += events; })) {
                    for (int r = 0; r < in.repeat(); r++) {
                        for (Document d : in.docs()) runner.submit(d);
                        in.progress().stepBy(in.docs().size());
                    }
                    runner.finish();
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return sinkGuard(n[0], n[1]);
            }
        };
    }

    /** CPU time of the whole process (every thread, JIT and GC included), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private interface DocSink { void accept(Document d); }

    private interface PhaseBody { long run(Input in) throws IOException; }

    private static Phase phase(String name, PhaseBody body) {
        return new Phase() {
            @Override public String name() { return name; }
            @Override public long run(Input in) throws IOException { return body.run(in); }
        };
    }

    /** Reads the input file {@code repeat} times through the real readers, handing each document on. */
    private static long readAll(Input in, DocSink sink) {
        long n = 0;
        for (int r = 0; r < in.repeat(); r++) {
            try (DocumentSource src = DocumentSource.open(List.of(in.path().toString()), ReadOptions.defaults())) {
                while (src.hasNext()) {
                    ReadResult res = src.next();
                    if (res.isDocument()) { sink.accept(res.document()); n++; }
                }
            }
            in.progress().stepBy(in.docs().size());
        }
        return n;
    }

    /** Keeps the JIT from discarding work whose result is otherwise unused. */
    private static long sinkGuard(long n, long sink) { return sink == Long.MIN_VALUE ? n + 1 : n; }
}
