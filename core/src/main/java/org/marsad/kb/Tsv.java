package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reader for the KB's TSV convention: {@code #} comments, blank lines ignored, the first other line
 * is the header, TAB between cells, {@code " | "} between values of one cell.
 */
final class Tsv {
    private final String source;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();

    private Tsv(String source) { this.source = source; }

    static Tsv read(String source, BufferedReader in) throws IOException {
        Tsv t = new Tsv(source);
        String line;
        int no = 0;
        boolean header = true;
        while ((line = in.readLine()) != null) {
            no++;
            if (no == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
            if (header) {
                for (int i = 0; i < cells.length; i++) t.columns.put(cells[i], i);
                header = false;
            } else {
                t.rows.add(cells);
                t.lines.add(no);
            }
        }
        return t;
    }

    int size() { return rows.size(); }

    boolean has(String column) { return columns.containsKey(column); }

    /** Cell of row {@code r} in {@code column}; empty string when the column or cell is missing. */
    String get(int r, String column) {
        Integer c = columns.get(column);
        String[] row = rows.get(r);
        return c == null || c >= row.length ? "" : row[c];
    }

    /** The values of a multi-valued cell, empty ones dropped. */
    List<String> list(int r, String column) {
        String v = get(r, column);
        if (v.isEmpty()) return List.of();
        return Arrays.stream(v.split("\\s*\\|\\s*")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    double number(int r, String column) {
        String v = get(r, column);
        if (v.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(r, column + " is not a number: " + v);
        }
    }

    IllegalArgumentException error(int r, String message) {
        return new IllegalArgumentException(source + ":" + lines.get(r) + ": " + message);
    }

    void require(String... names) {
        for (String n : names) if (!columns.containsKey(n)) throw new IllegalArgumentException(source + ": missing column " + n);
    }
}
