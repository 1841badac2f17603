package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU seconds of the JVM's JIT compiler and garbage-collector threads so far, read from Linux's
 * {@code /proc/self/task/*}/stat (those threads are not Java threads, so ThreadMXBean does not see
 * them), and of the store's Lucene indexer thread. A short benchmark pays most of its compilation inside the timed window; this is how
 * {@code bench-ingest} tells that cost from the store's own. Zeros where /proc is not there.
 */
record ThreadCpu(double jit, double gc, double indexer) {
    private static final double TICK = 0.01; // USER_HZ: 100 on every Linux this runs on

    static ThreadCpu now() {
        double jit = 0, gc = 0, indexer = 0;
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                String name, stat;
                try {
                    name = Files.readString(t.resolve("comm")).trim();
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException gone) {
                    continue; // the thread ended meanwhile
                }
                boolean compiler = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
                boolean collector = name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread");
                boolean indexing = name.equals("marsad-indexer");
                if (!compiler && !collector && !indexing) continue;
                // fields after the parenthesised name: state ppid … utime (12th) stime (13th)
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double secs = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK;
                if (compiler) jit += secs;
                else if (indexing) indexer += secs;
                else gc += secs;
            }
        } catch (IOException | RuntimeException e) {
            return new ThreadCpu(0, 0, 0);
        }
        return new ThreadCpu(jit, gc, indexer);
    }

    /** What was spent since {@code o}; never below 0 (a compiler thread that ended takes its CPU time with it). */
    ThreadCpu minus(ThreadCpu o) {
        return new ThreadCpu(Math.max(0, jit - o.jit), Math.max(0, gc - o.gc), Math.max(0, indexer - o.indexer));
    }
}
