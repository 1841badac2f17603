package org.marsad.entity;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.text.TextLayer;

/**
 * Averaged perceptron IOB tagger (greedy left to right, previous two tags as features). Features
 * are hashed into a fixed table of {@code BUCKETS × tags} weights, so the model is a few arrays;
 * word, affix, shape and context features plus the KB dictionary and lexicon features.
 */
public final class PerceptronTagger {
    public static final String[] TAGS = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
    private static final int NT = TAGS.length;
    private static final int BITS = 20, BUCKETS = 1 << BITS, MAX_FEATS = 64;
    private static final int MAGIC = 0x4d4e4552;   // "MNER"

    private final float[] w;

    private PerceptronTagger(float[] w) { this.w = w; }

    // ---- features ----

    private static int mix(int h, int v) { h ^= v; h *= 0x01000193; return h; }

    private static int hash(int template, String s) {
        int h = mix(0x811c9dc5, template);
        if (s != null) for (int i = 0; i < s.length(); i++) h = mix(h, s.charAt(i));
        return h;
    }

    private static int hashPart(int template, String s, int from, int to) {
        int h = mix(0x811c9dc5, template);
        for (int i = Math.max(0, from); i < Math.min(s.length(), to); i++) h = mix(h, s.charAt(i));
        return mix(h, to - from);
    }

    /** Writes the feature buckets of token i given the two previous tags; returns their count. */
    static int features(TokenFeatures f, int i, int p1, int p2, int[] out) {
        int n = 0;
        String w0 = f.key[i];
        out[n++] = 1;
        out[n++] = hash(2, w0);
        out[n++] = hash(3, f.surf[i]);
        for (int k = 1; k <= 4; k++) {
            out[n++] = hashPart(10 + k, w0, 0, k);
            out[n++] = hashPart(20 + k, w0, w0.length() - k, w0.length());
        }
        out[n++] = mix(hash(30, null), shape(w0));
        out[n++] = mix(hash(31, null), Math.min(w0.length(), 10));
        out[n++] = mix(hash(32, null), f.flags[i]);
        out[n++] = mix(hash(33, null), f.dict[i]);
        out[n++] = mix(hash(34, null), f.lex[i]);
        out[n++] = mix(hash(35, null), f.rule[i]);
        out[n++] = mix(mix(hash(36, null), f.rule[i]), i > 0 ? f.rule[i - 1] : -1);
        out[n++] = mix(mix(hash(37, null), f.rule[i]), i + 1 < f.size() ? f.rule[i + 1] : -1);
        out[n++] = mix(mix(hash(38, null), f.rule[i]), p1);
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int j = i + d;
            String wj = j < 0 ? "<s>" : j >= f.size() ? "</s>" : f.key[j];
            out[n++] = hash(40 + d, wj);
            if (j >= 0 && j < f.size()) {
                out[n++] = mix(hash(50 + d, null), f.dict[j]);
                out[n++] = mix(hash(60 + d, null), f.lex[j]);
                if (Math.abs(d) == 1) {
                    out[n++] = hashPart(70 + d, wj, wj.length() - 2, wj.length());
                    out[n++] = hashPart(75 + d, wj, wj.length() - 3, wj.length());
                    out[n++] = hashPart(90 + d, wj, 0, 3);
                }
            }
        }
        out[n++] = mix(hash(80, null), p1);
        out[n++] = mix(mix(hash(81, null), p1), p2);
        out[n++] = mix(hash(82, w0), p1);
        out[n++] = mix(mix(hash(83, null), p1), f.dict[i]);
        out[n++] = mix(hash(84, i > 0 ? f.key[i - 1] : "<s>"), f.dict[i]);
        out[n++] = mix(hash(85, i > 0 ? f.key[i - 1] : "<s>"), hash(0, w0));
        out[n++] = mix(hash(86, i + 1 < f.size() ? f.key[i + 1] : "</s>"), hash(0, w0));
        out[n++] = mix(mix(hash(87, null), i > 0 ? f.lex[i - 1] : -1), f.dict[i]);
        out[n++] = mix(hash(88, i > 0 ? f.surf[i - 1] : "<s>"), p1);
        out[n++] = mix(hash(89, i > 1 ? f.key[i - 2] : "<s>"), hash(0, i > 0 ? f.key[i - 1] : "<s>"));
        for (int k = 0; k < n; k++) out[k] = (out[k] & (BUCKETS - 1)) * NT;
        return n;
    }

    private static int shape(String s) {
        int b = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) b |= 1;
            else if (c < 128 && Character.isLetter(c)) b |= 2;
            else if (c >= 0x0600 && c <= 0x06FF) b |= 4;
            else b |= 8;
        }
        return b;
    }

    // ---- tagging ----

    /** Tags of one sentence (indices into {@link #TAGS}). */
    int[] tag(TokenFeatures f) {
        int[] out = new int[f.size()], feats = new int[MAX_FEATS];
        float[] score = new float[NT];
        for (int i = 0; i < f.size(); i++) {
            int n = features(f, i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -1, feats);
            out[i] = best(w, feats, n, score, i > 0 ? out[i - 1] : 0);
        }
        return out;
    }

    /** Highest scoring tag, never an I- tag that does not continue the previous tag's type. */
    private static int best(float[] w, int[] feats, int n, float[] score, int prev) {
        java.util.Arrays.fill(score, 0f);
        for (int k = 0; k < n; k++) {
            int base = feats[k];
            for (int t = 0; t < NT; t++) score[t] += w[base + t];
        }
        int b = 0;
        for (int t = 1; t < NT; t++) {
            if (t % 2 == 0 && prev != t && prev != t - 1) continue;   // I-X only after B-X or I-X
            if (score[t] > score[b]) b = t;
        }
        return b;
    }

    /** A hook that lets the recognizer consult this model; the model is read once. */
    public static EntityRecognizer.TaggerHook hook(Path model) {
        PerceptronTagger p = load(model);
        return (t, from, to, rules, r) -> p.tagLayer(t, from, to, rules, r);
    }

    String[] tagLayer(TextLayer t, int from, int to, byte[] rules, EntityRecognizer r) {
        byte[] dict = new byte[t.tokenCount()];
        r.dictionaryPass(t, dict);
        int[] tags = tag(TokenFeatures.of(t, from, to, dict, rules, r));
        String[] out = new String[tags.length];
        for (int i = 0; i < tags.length; i++) out[i] = TAGS[tags[i]];
        return out;
    }

    // ---- training ----

    /** Trains on sentences (features and gold tag indices) for a number of epochs. */
    public static PerceptronTagger train(List<TokenFeatures> xs, List<int[]> ys, int epochs, long seed) {
        float[] w = new float[BUCKETS * NT];
        float[] total = new float[BUCKETS * NT];
        int[] stamp = new int[BUCKETS * NT];
        int clock = 1;
        int[] feats = new int[MAX_FEATS];
        float[] score = new float[NT];
        Integer[] order = new Integer[xs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(seed);
        for (int ep = 0; ep < epochs; ep++) {
            java.util.Collections.shuffle(java.util.Arrays.asList(order), rnd);
            for (int si : order) {
                TokenFeatures f = xs.get(si);
                int[] gold = ys.get(si);
                int[] pred = new int[f.size()];
                for (int i = 0; i < f.size(); i++) {
                    // Train on the model's own previous decisions, as it will be used.
                    int p1 = i > 0 ? pred[i - 1] : -1, p2 = i > 1 ? pred[i - 2] : -1;
                    int n = features(f, i, p1, p2, feats);
                    int guess = best(w, feats, n, score, i > 0 ? pred[i - 1] : 0);
                    if (guess != gold[i]) {
                        for (int k = 0; k < n; k++) {
                            update(w, total, stamp, feats[k] + gold[i], 1f, clock);
                            update(w, total, stamp, feats[k] + guess, -1f, clock);
                        }
                    }
                    pred[i] = guess;
                    clock++;
                }
            }
        }
        for (int k = 0; k < w.length; k++) {
            total[k] += (clock - stamp[k]) * w[k];
            w[k] = total[k] / clock;
        }
        return new PerceptronTagger(w);
    }

    private static void update(float[] w, float[] total, int[] stamp, int k, float v, int clock) {
        total[k] += (clock - stamp[k]) * w[k];
        stamp[k] = clock;
        w[k] += v;
    }

    // ---- storage ----

    /** Writes the model atomically (temp file + move). */
    public void save(Path out) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".ner", ".tmp");
            try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp)), 1 << 16))) {
                o.writeInt(MAGIC); o.writeInt(BITS); o.writeInt(NT);
                for (float v : w) o.writeFloat(v);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model " + out + ": " + e.getMessage(), e);
        }
    }

    public static PerceptronTagger load(Path in) {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(in)), 1 << 16))) {
            if (d.readInt() != MAGIC || d.readInt() != BITS || d.readInt() != NT) throw new IllegalArgumentException(in + ": not a Marsad NER model");
            float[] w = new float[BUCKETS * NT];
            for (int k = 0; k < w.length; k++) w[k] = d.readFloat();
            return new PerceptronTagger(w);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new IllegalArgumentException(in + ": not a Marsad NER model (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + in + ": " + e.getMessage(), e);
        }
    }

    static int tagIndex(String tag) {
        String t = tag.equals("B-PER") ? "B-PERS" : tag.equals("I-PER") ? "I-PERS" : tag;
        for (int i = 0; i < NT; i++) if (TAGS[i].equals(t)) return i;
        if (t.startsWith("B-MIS")) return 7;
        if (t.startsWith("I-MIS")) return 8;
        return 0;
    }
}
