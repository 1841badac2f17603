package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the project's plain data files (lexicons, rules, word lists) from the classpath, in the
 * house convention: UTF-8, {@code #} comment lines and blank lines skipped, the first other line a
 * header of column names, TAB between cells. Every stage's resources go through here so that the
 * format stays one and a bad file is reported the same way (resource:line).
 */
public final class DataFile {
    private DataFile() {}

    /** The rows of a TSV resource, header dropped; cells are as written (not stripped). */
    public static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        forEachRow(resource, out::add);
        return out;
    }

    /** Calls {@code action} with the cells of each data row of a TSV resource, header skipped. */
    public static void forEachRow(String resource, Consumer<String[]> action) {
        boolean[] header = {true};
        forEachLine(resource, line -> {
            if (header[0]) { header[0] = false; return; }
            action.accept(line.split("\t"));
        });
    }

    /** Calls {@code action} with every non-blank, non-comment line of a resource. */
    public static void forEachLine(String resource, Consumer<String> action) {
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                try {
                    action.accept(line);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + ":" + no + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
