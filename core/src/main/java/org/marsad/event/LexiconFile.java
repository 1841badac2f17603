package org.marsad.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the lexicon TSV files of {@code lexicon/}: comments, a header, tab-separated rows. */
final class LexiconFile {
    private LexiconFile() {}

    /** Rows of a classpath resource, header dropped, each padded to the header's width. */
    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = LexiconFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int width = -1, n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (width < 0) { width = cells.length; continue; }
                if (cells.length > width) throw new IllegalStateException(resource + ":" + n + ": " + cells.length + " cells, header has " + width);
                String[] row = java.util.Arrays.copyOf(cells, width);
                for (int i = 0; i < width; i++) row[i] = row[i] == null ? "" : row[i].strip();
                out.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /**
     * Every form a cell stands for. For a verb, the first two forms are the perfect and imperfect
     * of the 3rd person masculine singular and are conjugated (only the first word of a phrase);
     * for a perfect-only verb, the first form is; the rest are literal. A noun form also stands
     * for its accusative with tanwin alif and its dual. Future forms (سـ + imperfect) go to
     * {@code future}.
     */
    static void expand(List<String> forms, String pos, Set<String> out, Set<String> future) {
        // "-قبل": a generated form that is another word ("قبل" before) is no form of the entry
        Set<String> not = newSet();
        for (String f : forms) if (f.startsWith("-")) not.add(f.substring(1));
        // a later phrase led by the entry's own perfect or imperfect ("نشر … قوات | ينشر … قوات | نشر … جنود") is
        // conjugated as they are; a later single word stays literal (دعا | يدعو | دعت)
        String perfect = forms.isEmpty() ? null : headOf(forms.get(0)), imperfect = forms.size() < 2 ? null : headOf(forms.get(1));
        for (int k = 0; k < forms.size(); k++) {
            String f = forms.get(k);
            if (f.startsWith("-")) continue;
            int sp = f.indexOf(' ');
            String head = sp < 0 ? f : f.substring(0, sp), tail = sp < 0 ? "" : f.substring(sp);
            int slot = k;
            if (k >= 2 && sp > 0 && head.equals(perfect)) slot = 0;
            else if (k >= 2 && sp > 0 && head.equals(imperfect)) slot = 1;
            if (("verb".equals(pos) || "perf".equals(pos)) && slot == 0) {
                for (String s : new String[] {"", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و"}) out.add(head + s + tail);
            } else if ("verb".equals(pos) && slot == 1 && head.length() >= 3) {
                String stem = head.substring(1);
                for (String p : new String[] {"ي", "ت", "ن", "أ"}) out.add(p + stem + tail);
                for (String p : new String[] {"ي", "ت"}) {
                    for (String s : new String[] {"ون", "ان", "ن", "وا", "ين"}) out.add(p + stem + s + tail);
                }
                for (String p : new String[] {"سي", "ست", "سن", "سأ"}) future.add(p + stem + tail);
                future.add("سي" + stem + "ون" + tail);
                future.add("ست" + stem + "ون" + tail);
                // the dual: "ستلتزمان", "سيلتقيان"
                future.add("سي" + stem + "ان" + tail);
                future.add("ست" + stem + "ان" + tail);
            } else {
                out.add(f);
                if ("noun".equals(pos) && sp < 0 && f.length() >= 3) {
                    out.add(f + "ا");
                    if (f.endsWith("ة")) { out.add(f.substring(0, f.length() - 1) + "تين"); out.add(f.substring(0, f.length() - 1) + "تان"); }
                    else { out.add(f + "ين"); out.add(f + "ان"); }
                }
                // a literal future form of a verb (سيزور) is also marked future; a noun is never one
                // ("سيارة مفخخة", "سيطرة": سي is part of the word)
                if (!"noun".equals(pos) && (head.startsWith("سي") || head.startsWith("ست"))) future.add(f);
            }
        }
        // the accusative tanwin of a phrase's last noun: "وقعت الحكومة اتفاقا" for "وقع …… اتفاق" (not after the
        // article, nor on ة, ات or a final vowel, which take none)
        for (Set<String> set : List.of(out, future)) {
            List<String> more = new ArrayList<>();
            for (String f : set) {
                int sp = f.lastIndexOf(' ');
                if (sp < 0) continue;
                String last = f.substring(sp + 1);
                if (last.length() >= 3 && !last.startsWith("ال") && !last.endsWith("ة") && !last.endsWith("ات") && !last.endsWith("ا")
                        && !last.endsWith("ى") && !last.endsWith("ي") && !last.startsWith("…")) more.add(f + "ا");
            }
            set.addAll(more);
        }
        out.removeAll(future);
        out.removeAll(not);
        future.removeAll(not);
    }

    private static String headOf(String f) {
        int sp = f.indexOf(' ');
        return sp < 0 ? f : f.substring(0, sp);
    }

    static Set<String> newSet() { return new LinkedHashSet<>(); }
}
