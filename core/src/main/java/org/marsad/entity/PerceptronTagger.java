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
 * Structured averaged perceptron IOB tagger, decoded by Viterbi over tag pairs. Features (see
 * {@link TaggerFeatures}) are hashed into a fixed table of {@code BUCKETS × tags} weights, so the
 * model is one array: word, affix, shape and context features, the KB dictionary, lexicon and
 * person-name features, and their conjunctions with the previous tag.
 */
public final class PerceptronTagger {
    public static final String[] TAGS = {"O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
    private static final int NT = TAGS.length;
    private static final int BITS = TaggerFeatures.BITS, BUCKETS = TaggerFeatures.BUCKETS;
    private static final int MAGIC = 0x4d4e5232;   // "MNR2": Viterbi-trained, observed/previous-tag features

    private final float[] w;

    private PerceptronTagger(float[] w) { this.w = w; }

    // ---- decoding ----

    /** Tags of one sentence (indices into {@link #TAGS}): the best sequence by Viterbi over tag pairs. */
    int[] tag(TokenFeatures f) { return viterbi(w, f, new Scratch(f.size())); }

    /** Per-sentence work arrays of decoding and training. */
    private static final class Scratch {
        final int[] obs = new int[TaggerFeatures.MAX_OBSERVED], bases;
        final int[] nBases, back;
        final float[] delta, so = new float[NT];

        Scratch(int n) {
            bases = new int[n * TaggerFeatures.MAX_PREVIOUS];
            nBases = new int[n];
            back = new int[n * NT];
            delta = new float[n * NT];
        }
    }

    /** I-X only after B-X or I-X (conlleval would read it as a new chunk otherwise). */
    private static boolean allowed(int prev, int t) { return t == 0 || t % 2 == 1 || prev == t || prev == t - 1; }

    private static int[] viterbi(float[] w, TokenFeatures f, Scratch s) {
        int n = f.size();
        int[] out = new int[n];
        if (n == 0) return out;
        for (int i = 0; i < n; i++) {
            int no = TaggerFeatures.observed(f, i, NT, s.obs);
            java.util.Arrays.fill(s.so, 0f);
            for (int k = 0; k < no; k++) for (int t = 0; t < NT; t++) s.so[t] += w[s.obs[k] + t];
            int nb = TaggerFeatures.previousBases(f, i, s.bases, i * TaggerFeatures.MAX_PREVIOUS);
            s.nBases[i] = nb;
            int row = i * NT;
            for (int t = 0; t < NT; t++) { s.delta[row + t] = Float.NEGATIVE_INFINITY; s.back[row + t] = 0; }
            int pFrom = i == 0 ? -1 : 0, pTo = i == 0 ? -1 : NT - 1;
            for (int p = pFrom; p <= pTo; p++) {
                float before = i == 0 ? 0f : s.delta[row - NT + p];
                if (before == Float.NEGATIVE_INFINITY) continue;
                for (int t = 0; t < NT; t++) {
                    if (!allowed(i == 0 ? 0 : p, t)) continue;
                    float sc = before + s.so[t];
                    for (int k = 0; k < nb; k++) sc += w[TaggerFeatures.withPrevious(s.bases[i * TaggerFeatures.MAX_PREVIOUS + k], p, NT) + t];
                    if (sc > s.delta[row + t]) { s.delta[row + t] = sc; s.back[row + t] = p; }
                }
            }
        }
        int best = 0, last = (n - 1) * NT;
        for (int t = 1; t < NT; t++) if (s.delta[last + t] > s.delta[last + best]) best = t;
        for (int i = n - 1; i >= 0; i--) { out[i] = best; best = s.back[i * NT + best]; }
        return out;
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

    /**
     * Trains a structured averaged perceptron on sentences (features and gold tag indices): each
     * sentence is decoded with the current weights and, where the best sequence differs from the
     * gold one, the gold sequence's features gain and the predicted one's lose.
     */
    public static PerceptronTagger train(List<TokenFeatures> xs, List<int[]> ys, int epochs, long seed) {
        float[] w = new float[BUCKETS * NT];
        float[] total = new float[BUCKETS * NT];
        int[] stamp = new int[BUCKETS * NT];
        int clock = 1;
        int[] obs = new int[TaggerFeatures.MAX_OBSERVED];
        Integer[] order = new Integer[xs.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random rnd = new Random(seed);
        for (int ep = 0; ep < epochs; ep++) {
            java.util.Collections.shuffle(java.util.Arrays.asList(order), rnd);
            for (int si : order) {
                TokenFeatures f = xs.get(si);
                int[] gold = ys.get(si);
                Scratch s = new Scratch(f.size());
                int[] pred = viterbi(w, f, s);
                for (int i = 0; i < f.size(); i++) {
                    int gp = i > 0 ? gold[i - 1] : -1, pp = i > 0 ? pred[i - 1] : -1;
                    if (gold[i] == pred[i] && gp == pp) continue;
                    if (gold[i] != pred[i]) {
                        int no = TaggerFeatures.observed(f, i, NT, obs);
                        for (int k = 0; k < no; k++) {
                            update(w, total, stamp, obs[k] + gold[i], 1f, clock);
                            update(w, total, stamp, obs[k] + pred[i], -1f, clock);
                        }
                    }
                    int base = i * TaggerFeatures.MAX_PREVIOUS;
                    for (int k = 0; k < s.nBases[i]; k++) {
                        update(w, total, stamp, TaggerFeatures.withPrevious(s.bases[base + k], gp, NT) + gold[i], 1f, clock);
                        update(w, total, stamp, TaggerFeatures.withPrevious(s.bases[base + k], pp, NT) + pred[i], -1f, clock);
                    }
                }
                clock++;
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
