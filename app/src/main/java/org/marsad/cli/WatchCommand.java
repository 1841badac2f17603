package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.pipeline.Pipeline;
import org.marsad.store.FeedPoller;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad watch [--every 5m] [--once]}: polls the subscribed feeds and ingests new items. */
@Command(name = "watch", description = "Poll the subscribed feeds and ingest new items, every interval (or once).")
public final class WatchCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--every", defaultValue = "5m", converter = DurationConverter.class,
            description = "poll interval: 30s, 5m, 1h, or ISO-8601 (PT5M); default ${DEFAULT-VALUE}")
    Duration every;

    @Option(names = "--once", description = "poll every feed once and exit")
    boolean once;

    @Override
    public Integer call() throws Exception {
        if (every.compareTo(Duration.ofSeconds(1)) < 0) throw new IllegalArgumentException("--every must be at least 1s");
        Pipeline pipeline = new Pipeline();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (MarsadStore store = storeOptions.open()) {
            if (store.feeds().isEmpty()) throw new IllegalArgumentException("no feeds: add one with `marsad feeds add URL`");
            FeedPoller poller = new FeedPoller(store, pipeline::process);
            boolean anyFailed;
            do {
                List<FeedPoller.Poll> polls = poller.pollAll();
                store.flush();
                anyFailed = false;
                for (FeedPoller.Poll p : polls) {
                    anyFailed |= p.error() != null;
                    out.println(Instant.now() + " " + p.feed().url() + ": " + (p.error() != null ? p.error()
                            : p.items() + " items, " + p.ingested() + " new"));
                }
                if (!once) Thread.sleep(every.toMillis());
            } while (!once);
            return anyFailed ? 2 : 0;
        }
    }

    /** "30s", "5m", "1h", "1h30m" or ISO-8601 ("PT5M"). */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern PART = Pattern.compile("(\\d+)([smhd])");

        @Override
        public Duration convert(String v) {
            String s = v.trim().toLowerCase(Locale.ROOT);
            if (s.startsWith("p")) return Duration.parse(s.toUpperCase(Locale.ROOT));
            Matcher m = PART.matcher(s);
            Duration d = Duration.ZERO;
            int at = 0;
            while (m.find() && m.start() == at) {
                long n = Long.parseLong(m.group(1));
                d = d.plus(switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
                at = m.end();
            }
            if (at != s.length() || at == 0) throw new IllegalArgumentException("not a duration (30s, 5m, 1h): " + v);
            return d;
        }
    }
}
