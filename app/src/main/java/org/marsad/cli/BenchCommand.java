package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.doc.Document;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.SearchAnalyzers;
import org.marsad.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `marsad bench --input FILE.jsonl`: throughput of the pipeline's phases, measured alike. Each phase
 * first runs an untimed warm-up (≥ 3,000 articles, so the JIT has compiled its loops), then
 * {@code rounds} timed rounds of {@code repeat} passes over the input; the rounds of all phases
 * are interleaved (round 1 of every phase, then round 2 …) so that a change in the machine's load
 * hits all of them alike. Per phase it reports the median round and the best one; the ratio to
 * Lucene's ArabicAnalyzer (the yardstick, over the same texts) is that of the medians. CPU time is
 * the measuring thread's own, which other work on a shared machine does not inflate; the time the
 * round spent in GC pauses is shown beside it. Then the read + text layer and the
 * ArabicAnalyzer run on {@code threads} threads at once, for the articles/s of the machine as a whole.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure articles/s and MB/s of reading + text layer, against Lucene's ArabicAnalyzer on the same texts.")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "articles to process (any input extract reads)")
    Path input;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "0",
            description = "passes over the input per timed round (default: enough for 1,000 articles a round)")
    int repeat;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "timed rounds per phase (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "-1",
            description = "threads for the whole-machine run of read + text layer (default: available processors; 0 skips it)")
    int threads;

    @Option(names = "--phases", paramLabel = "LIST", split = ",", defaultValue = "read,text,read+text,pipeline,lucene",
            description = "phases to run, of read, text, read+text, pipeline, stages, lucene (default all but stages)")
    List<String> phaseKeys;

    /** What a phase is given: the input path, passes per run, the documents read once, and the progress bar. */
    record Input(Path path, int repeat, List<Document> docs, Progress progress) {}

    /** One measured phase; {@code run} returns the number of articles it processed. Bodies are thread-safe. */
    record Phase(String key, String name, PhaseBody body) {}

    interface PhaseBody { long run(Input in) throws IOException; }

    private interface DocSink { long accept(Document d); }

    static final List<String> PHASE_KEYS = List.of("read", "text", "read+text", "pipeline", "stages", "lucene");

    /**
     * The per-stage CPU time of the {@code stages} phase (the full pipeline with the thread's clock
     * read after each stage, {@link Pipeline#STAGES}), summed by its body; one thread only.
     */
    static final class StageClock implements java.util.function.IntConsumer {
        final long[] nanos = new long[Pipeline.STAGES.size()];
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private long last;

        void start() { last = mx.getCurrentThreadCpuTime(); }

        @Override
        public void accept(int stage) {
            long now = mx.getCurrentThreadCpuTime();
            nanos[stage] += now - last;
            last = now;
        }
    }

    private final StageClock stageClock = new StageClock();

    /** The phases, in order. {@code text} is the pipeline's own analyzer (KB name tokens as known words). */
    static List<Phase> phases(Pipeline pipeline) { return phases(pipeline, new StageClock()); }

    static List<Phase> phases(Pipeline pipeline, StageClock clock) {
        TextAnalyzer text = pipeline.textAnalyzer();
        Analyzer lucene = SearchAnalyzers.luceneArabic();
        List<Phase> p = new ArrayList<>();
        p.add(new Phase("read", "read", in -> readAll(in, d -> d.text().length())));
        p.add(new Phase("text", "text layer", in -> eachDoc(in, d -> text.analyze(d).tokenCount())));
        p.add(new Phase("read+text", "read + text layer", in -> readAll(in, d -> text.analyze(d).tokenCount())));
        p.add(new Phase("pipeline", "full pipeline (events)", in -> eachDoc(in, d -> pipeline.process(d).events().size())));
        p.add(new Phase("stages", "pipeline, stage by stage", in -> eachDoc(in, d -> { clock.start(); return pipeline.process(d, clock).events().size(); })));
        p.add(new Phase("lucene", "lucene ArabicAnalyzer", in -> eachDoc(in, d -> luceneTokens(lucene, d.text()))));
        return p;
    }

    /** One timed run: articles, then wall time, the measuring threads' CPU time and GC pause time, in seconds. */
    record Run(long articles, double wall, double cpu, double gc) {}

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        picocli.CommandLine cl = new picocli.CommandLine(this);
        if (repeat < 0) throw new picocli.CommandLine.ParameterException(cl, "--repeat must be at least 1");
        if (rounds < 1) throw new picocli.CommandLine.ParameterException(cl, "--rounds must be at least 1");
        if (threads < 0) threads = Runtime.getRuntime().availableProcessors();
        for (String k : phaseKeys) if (!PHASE_KEYS.contains(k)) throw new picocli.CommandLine.ParameterException(cl, "unknown phase " + k + " (phases: " + String.join(", ", PHASE_KEYS) + ")");
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
        if (repeat == 0) repeat = Math.max(1, (1000 + docs.size() - 1) / docs.size());
        List<Phase> phases = new ArrayList<>();
        Pipeline pipeline = new Pipeline();
        for (Phase p : phases(pipeline, stageClock)) if (phaseKeys.contains(p.key())) phases.add(p);
        long perRound = (long) docs.size() * repeat;
        double mbPerRound = (double) bytes * repeat / 1e6;
        out.printf(Locale.ROOT, "input %s: %d articles, %.2f MB of text; %d timed rounds of %d articles per phase, after a warm-up; load average %s%s%n",
                input, docs.size(), bytes / 1e6, rounds, perRound, loadAverage(), errors > 0 ? "; " + errors + " unreadable inputs skipped" : "");
        int warmRepeat = Math.max(1, (3000 + docs.size() - 1) / docs.size());
        long machineWork = threads > 0 ? (long) threads * rounds * perRound * 2 : 0;
        Progress progress = Progress.start("bench", (long) phases.size() * (warmRepeat + (long) rounds * repeat) * docs.size() + machineWork, "docs");
        Input timed = new Input(input, repeat, docs, progress), warm = new Input(input, warmRepeat, docs, progress);
        Map<Phase, List<Run>> runs = new LinkedHashMap<>();
        List<long[]> stageRounds = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try (progress) {
            for (Phase p : phases) { progress.message("warm-up " + p.name()); p.body().run(warm); runs.put(p, new ArrayList<>()); }
            for (int r = 0; r < rounds; r++) {
                for (Phase p : phases) {
                    progress.message(p.name());
                    long[] before = stageClock.nanos.clone();
                    runs.get(p).add(timeOnThisThread(p, timed));
                    if (p.key().equals("stages")) {
                        long[] d = stageClock.nanos.clone();
                        for (int k = 0; k < d.length; k++) d[k] -= before[k];
                        stageRounds.add(d);
                    }
                }
            }
            rows.add(String.format(Locale.ROOT, "%-24s %9s %12s %15s %15s %9s %15s", "phase (one thread)", "articles",
                    "articles/s", "articles/cpu-s", "best round", "MB/cpu-s", "GC ms/round"));
            for (Map.Entry<Phase, List<Run>> e : runs.entrySet()) {
                List<Run> rs = e.getValue();
                double cpu = median(rs, Run::cpu), best = rs.stream().mapToDouble(Run::cpu).min().orElse(0);
                rows.add(String.format(Locale.ROOT, "%-24s %9d %12.0f %15.0f %15.0f %9.2f %15.0f", e.getKey().name(), perRound,
                        perRound / median(rs, Run::wall), perRound / cpu, perRound / best, mbPerRound / cpu, 1000 * median(rs, Run::gc)));
            }
            if (!stageRounds.isEmpty()) rows.add(stageRow(stageRounds, perRound));
            if (threads > 0) rows.addAll(machineRows(phases, timed, perRound));
        }
        rows.forEach(out::println);
        double text = medianCpu(runs, "read+text"), lucene = medianCpu(runs, "lucene"), full = medianCpu(runs, "pipeline");
        if (text > 0 && lucene > 0) {
            out.printf(Locale.ROOT, "read + text layer takes %.2f× the CPU time of Lucene's ArabicAnalyzer on the same texts (medians; target ≤ 3×)%n", text / lucene);
        }
        if (full > 0 && lucene > 0) {
            out.printf(Locale.ROOT, "the full pipeline up to events takes %.2f× the CPU time of Lucene's ArabicAnalyzer (medians; target ≤ 10×)%n", full / lucene);
        }
        out.printf(Locale.ROOT, "(articles/s: wall clock, median round; articles/cpu-s: the measuring thread's CPU time, median and best round; "
                + "GC ms/round: GC pause time, median; load average at the end %s)%n", loadAverage());
        return 0;
    }

    /** µs of CPU per article of each stage, median of the rounds (their sum is a little more than the pipeline: the clock reads). */
    private static String stageRow(List<long[]> rounds, long perRound) {
        StringBuilder sb = new StringBuilder("per stage (one thread, µs of CPU per article, median round):");
        double total = 0;
        for (int k = 0; k < Pipeline.STAGES.size(); k++) {
            int stage = k;
            double[] v = rounds.stream().mapToDouble(r -> r[stage] / 1e3 / perRound).sorted().toArray();
            double m = v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
            total += m;
            sb.append(String.format(Locale.ROOT, " %s %.0f,", Pipeline.STAGES.get(k), m));
        }
        sb.setLength(sb.length() - 1);
        return sb.append(String.format(Locale.ROOT, " = %.0f", total)).toString();
    }

    /** The read + text layer, the full pipeline and the yardstick on {@code threads} threads at once: articles/s of the machine. */
    private List<String> machineRows(List<Phase> phases, Input in, long perRound) throws IOException {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(Locale.ROOT, "%-24s %9s %12s %15s %15s", "phase (" + threads + " threads)", "articles", "articles/s", "articles/cpu-s", "best round"));
        for (Phase p : phases) {
            if (!p.key().equals("read+text") && !p.key().equals("pipeline") && !p.key().equals("lucene")) continue;
            in.progress().message(p.name() + " × " + threads);
            List<Run> rs = new ArrayList<>();
            for (int r = 0; r < rounds; r++) rs.add(timeOnThreads(p, in));
            long n = rs.get(0).articles();
            rows.add(String.format(Locale.ROOT, "%-24s %9d %12.0f %15.0f %15.0f", p.name(), n, n / median(rs, Run::wall),
                    n / median(rs, Run::cpu), n / rs.stream().mapToDouble(Run::wall).min().orElse(0)));
        }
        rows.add(String.format(Locale.ROOT, "(%d threads: articles/s is wall clock, median round, target ≥ 5,000 for read + text layer, ≥ 500 for the full pipeline; "
                + "articles/cpu-s is per second of the threads' CPU time, all together; best round is wall clock)", threads));
        return rows;
    }

    private static Run timeOnThisThread(Phase p, Input in) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime(), g0 = gcMillis(), t0 = System.nanoTime();
        long n = p.body().run(in);
        return new Run(n, (System.nanoTime() - t0) / 1e9, (mx.getCurrentThreadCpuTime() - c0) / 1e9, (gcMillis() - g0) / 1e3);
    }

    private Run timeOnThreads(Phase p, Input in) throws IOException {
        long[] counts = new long[threads], cpus = new long[threads];
        Throwable[] failure = new Throwable[1];
        Thread[] ts = new Thread[threads];
        for (int k = 0; k < threads; k++) {
            int slot = k;
            ts[k] = new Thread(() -> {
                long c0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try { counts[slot] = p.body().run(in); } catch (IOException | RuntimeException e) { synchronized (failure) { failure[0] = e; } }
                cpus[slot] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0;
            }, "bench-" + k);
        }
        long g0 = gcMillis(), t0 = System.nanoTime();
        for (Thread t : ts) t.start();
        for (Thread t : ts) {
            try { t.join(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new IOException("interrupted"); }
        }
        double wall = (System.nanoTime() - t0) / 1e9, cpu = Arrays.stream(cpus).sum() / 1e9;
        if (failure[0] != null) throw new IOException(p.name() + " failed on a bench thread: " + failure[0], failure[0]);
        return new Run(Arrays.stream(counts).sum(), wall, cpu, (gcMillis() - g0) / 1e3);
    }

    /** Total GC pause time so far, all collectors. */
    private static long gcMillis() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
        return ms;
    }

    private static String loadAverage() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f on %d processors", l, Runtime.getRuntime().availableProcessors());
    }

    private static double median(List<Run> rs, java.util.function.ToDoubleFunction<Run> f) {
        double[] v = rs.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double medianCpu(Map<Phase, List<Run>> runs, String key) {
        for (Map.Entry<Phase, List<Run>> e : runs.entrySet()) if (e.getKey().key().equals(key)) return median(e.getValue(), Run::cpu);
        return 0;
    }

    private static long luceneTokens(Analyzer lucene, String text) {
        long sink = 0;
        try (TokenStream ts = lucene.tokenStream("text", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) sink += t.length();
            ts.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sink;
    }

    /** Hands each document already read to {@code sink}, {@code repeat} times over. */
    private static long eachDoc(Input in, DocSink sink) {
        long n = 0, guard = 0;
        for (int r = 0; r < in.repeat(); r++) {
            for (Document d : in.docs()) { guard += sink.accept(d); n++; }
            in.progress().stepBy(in.docs().size());
        }
        return sinkGuard(n, guard);
    }

    /** Reads the input file {@code repeat} times through the real readers, handing each document on. */
    private static long readAll(Input in, DocSink sink) {
        long n = 0, guard = 0;
        for (int r = 0; r < in.repeat(); r++) {
            try (DocumentSource src = DocumentSource.open(List.of(in.path().toString()), ReadOptions.defaults())) {
                while (src.hasNext()) {
                    ReadResult res = src.next();
                    if (res.isDocument()) { guard += sink.accept(res.document()); n++; }
                }
            }
            in.progress().stepBy(in.docs().size());
        }
        return sinkGuard(n, guard);
    }

    /** Keeps the JIT from discarding work whose result is otherwise unused. */
    private static long sinkGuard(long n, long sink) { return sink == Long.MIN_VALUE ? n + 1 : n; }
}
