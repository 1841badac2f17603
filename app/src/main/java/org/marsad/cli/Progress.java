package org.marsad.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error (count, rate, time left) while long work runs, drawn only when
 * standard error is a terminal: the launcher tests that ({@code [ -t 2 ]}) and says so with
 * {@code -Dmarsad.stderrTty=true}, since the JVM cannot tell by itself once standard output is
 * redirected (as it is for `extract > out.jsonl`); otherwise every call is a no-op,
 * so logs and pipes stay clean. Use: {@code try (Progress p = Progress.start("ingest", n, "docs")) { … p.step(); }}.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task  a short label
     * @param total the number of steps expected, or -1 when unknown
     * @param unit  what a step is ("docs"), shown with the rate
     */
    public static Progress start(String task, long total, String unit) {
        if (!wanted()) return new Progress(null);
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, 1).showSpeed()
                .setUpdateIntervalMillis(250).setMaxRenderedLength(100).setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).continuousUpdate().build();
        return new Progress(bar);
    }

    /** True when a bar would be drawn: standard error is a terminal and progress is not switched off. */
    public static boolean wanted() {
        if (Boolean.getBoolean("marsad.noProgress")) return false;
        String tty = System.getProperty("marsad.stderrTty");
        return tty != null ? Boolean.parseBoolean(tty) : System.console() != null;
    }

    /** True when a bar is being drawn. */
    public boolean visible() { return bar != null; }

    public void step() {
        if (bar != null) bar.step();
    }

    public void stepBy(long n) {
        if (bar != null) bar.stepBy(n);
    }

    /** Sets the count (for work measured as a position, such as bytes read). */
    public void stepTo(long n) {
        if (bar != null) bar.stepTo(n);
    }

    /** Shows a short status after the count (the current file, say). */
    public void message(String m) {
        if (bar != null) bar.setExtraMessage(m);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
