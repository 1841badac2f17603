package org.marsad.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** The named groups of one rule match, as normalised offsets, captured before the matcher moves on. */
final class Groups {
    private final Map<String, int[]> spans = new HashMap<>();
    private final String norm;

    Groups(Matcher m, List<String> names, String norm) {
        this.norm = norm;
        for (String n : names) {
            int s = m.start(n);
            if (s >= 0) spans.put(n, new int[] {s, m.end(n)});
        }
    }

    boolean has(String name) { return spans.containsKey(name); }

    String text(String name) {
        int[] s = spans.get(name);
        return s == null ? null : norm.substring(s[0], s[1]);
    }

    int start(String name) { return spans.get(name)[0]; }

    int end(String name) { return spans.get(name)[1]; }
}
