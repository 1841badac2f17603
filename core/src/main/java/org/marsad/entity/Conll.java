package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/**
 * CoNLL-style NER files (one token a line with the tag last, blank lines between sentences,
 * {@code -DOCSTART-} lines between documents), tagging with the KB and rules or a trained model,
 * and phrase-level evaluation as conlleval computes it (exact span and type).
 */
public final class Conll {
    /** One sentence: its original lines, tokens and gold tags (as written). */
    public record Sentence(List<String> lines, String[] tokens, String[] tags) {}

    private Conll() {}

    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        long no = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                no++;
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
                    flush(lines, out);
                    continue;
                }
                if (s.split("\\s+").length < 2) throw new IllegalArgumentException(file + ":" + no + ": expected 'TOKEN ... TAG'");
                lines.add(s);
            }
        }
        flush(lines, out);
        return out;
    }

    private static void flush(List<String> lines, List<Sentence> out) {
        if (lines.isEmpty()) return;
        String[] tok = new String[lines.size()], tag = new String[lines.size()];
        for (int i = 0; i < tok.length; i++) {
            String[] c = lines.get(i).split("\\s+");
            tok[i] = c[0];
            tag[i] = c[c.length - 1];
        }
        out.add(new Sentence(List.copyOf(lines), tok, tag));
        lines.clear();
    }

    /** The sentence's tokens read by the analyzer, as one text joined by single spaces. */
    static TextLayer layer(TextAnalyzer a, String[] tokens) {
        return a.analyze(Document.of("conll", null, String.join(" ", tokens), null));
    }

    static TokenFeatures features(EntityRecognizer r, TextAnalyzer a, String[] tokens) {
        TextLayer t = layer(a, tokens);
        byte[] dict = new byte[t.tokenCount()];
        r.dictionaryPass(t, dict);
        TokenFeatures f = TokenFeatures.ofTokens(tokens, t, dict, r);
        String[] rules = tagWithRules(r, a, tokens);
        for (int i = 0; i < rules.length; i++) f.rule[i] = (byte) PerceptronTagger.tagIndex(rules[i]);
        return f;
    }

    /** IOB tags from the KB and rules alone: each PER/ORG/LOC mention's tokens. */
    public static String[] tagWithRules(EntityRecognizer r, TextAnalyzer a, String[] tokens) {
        String text = String.join(" ", tokens);
        Document d = Document.of("conll", null, text, null);
        EntityLayer l = r.recognize(d, a.analyze(d));
        int[] starts = new int[tokens.length];
        for (int i = 0, pos = 0; i < tokens.length; i++) { starts[i] = pos; pos += tokens[i].length() + 1; }
        String[] out = new String[tokens.length];
        java.util.Arrays.fill(out, "O");
        for (Mention m : l.mentions()) {
            if (m.entity() < 0) continue;
            String type = switch (l.entities().get(m.entity()).type()) { case "PER" -> "PERS"; case "ORG" -> "ORG"; default -> "LOC"; };
            boolean first = true;
            for (int i = 0; i < tokens.length; i++) {
                int s = starts[i], e = s + tokens[i].length();
                if (e <= m.start() || s >= m.end()) continue;
                if (!out[i].equals("O")) { first = false; continue; }
                out[i] = (first ? "B-" : "I-") + type;
                first = false;
            }
        }
        return out;
    }

    /** Phrase-level precision, recall and F1 of predicted against gold tag sequences. */
    public static double[] phraseF1(List<String[]> gold, List<String[]> pred) {
        long tp = 0, ng = 0, np = 0;
        for (int s = 0; s < gold.size(); s++) {
            Set<String> g = spans(gold.get(s)), p = spans(pred.get(s));
            ng += g.size(); np += p.size();
            for (String x : p) if (g.contains(x)) tp++;
        }
        double pr = np == 0 ? 0 : (double) tp / np, rc = ng == 0 ? 0 : (double) tp / ng;
        return new double[] {pr, rc, pr + rc == 0 ? 0 : 2 * pr * rc / (pr + rc)};
    }

    /** Spans as "start:end:TYPE" (conlleval: an I- without a B- starts a chunk; MIS0..3 count as MISC). */
    static Set<String> spans(String[] tags) {
        Set<String> out = new HashSet<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.length; i++) {
            String t = i < tags.length ? norm(tags[i]) : "O";
            boolean begin = t.startsWith("B-") || (t.startsWith("I-") && !t.substring(2).equals(type));
            if (type != null && (t.equals("O") || begin)) { out.add(start + ":" + i + ":" + type); type = null; }
            if (begin) { start = i; type = t.substring(2); }
        }
        return out;
    }

    private static String norm(String t) {
        int k = PerceptronTagger.tagIndex(t);
        return PerceptronTagger.TAGS[k];
    }
}
