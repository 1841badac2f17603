package org.marsad.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a main class in a child JVM on this test's class path and kills it with SIGKILL on cue. */
public final class ChildJvm {
    private ChildJvm() {}

    /**
     * Runs {@code mainClass args}, reads its merged output until a line starts with {@code cue}, then
     * kills it forcibly (SIGKILL: no shutdown hooks, no close). Returns the lines it printed; fails
     * when the child ended before the cue.
     */
    public static List<String> runUntil(String mainClass, List<String> args, String cue, long timeoutSeconds) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (line.startsWith(cue)) {
                    p.destroyForcibly(); // SIGKILL on Linux, as kill -9
                    p.waitFor(30, TimeUnit.SECONDS);
                    return lines;
                }
                if (System.nanoTime() > deadline) break;
            }
        } finally {
            if (p.isAlive()) p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        throw new IOException("child ended before '" + cue + "': " + String.join(" | ", lines));
    }
}
