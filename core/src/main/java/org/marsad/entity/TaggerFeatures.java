package org.marsad.entity;

/**
 * Feature templates of the {@link PerceptronTagger}, hashed into weight-table offsets. They come in
 * two kinds, so that Viterbi decoding computes the first once per token and only the second once
 * per previous tag: {@link #observed} (the token, its neighbours, KB, lexicon and name features)
 * and {@link #withPrevious} (conjunctions with the previous tag).
 */
final class TaggerFeatures {
    static final int BITS = 20, BUCKETS = 1 << BITS, MAX_OBSERVED = 80, MAX_PREVIOUS = 16;

    private TaggerFeatures() {}

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

    private static int code(int template, int a) { return mix(mix(0x811c9dc5, template), a); }

    private static int code(int template, int a, int b) { return mix(code(template, a), b); }

    /** Writes the offsets of token i's tag-independent features; returns their count. */
    static int observed(TokenFeatures f, int i, int nt, int[] out) {
        int n = 0;
        String w0 = f.key[i];
        int size = f.size();
        out[n++] = 1;
        out[n++] = hash(2, w0);
        out[n++] = hash(3, f.surf[i]);
        out[n++] = hash(4, f.bare[i]);
        for (int k = 1; k <= 4; k++) {
            out[n++] = hashPart(10 + k, w0, 0, k);
            out[n++] = hashPart(20 + k, w0, w0.length() - k, w0.length());
        }
        out[n++] = code(30, shape(w0));
        out[n++] = code(31, Math.min(w0.length(), 10));
        out[n++] = code(32, f.flags[i]);
        out[n++] = code(33, f.dict[i]);
        out[n++] = code(34, f.lex[i]);
        out[n++] = code(35, f.rule[i]);
        out[n++] = code(36, f.rule[i], i > 0 ? f.rule[i - 1] : -1);
        out[n++] = code(37, f.rule[i], i + 1 < size ? f.rule[i + 1] : -1);
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int j = i + d;
            String wj = j < 0 ? "<s>" : j >= size ? "</s>" : f.key[j];
            out[n++] = hash(40 + d, wj);
            if (j >= 0 && j < size) {
                out[n++] = code(50 + d, f.dict[j]);
                out[n++] = code(60 + d, f.lex[j]);
                if (Math.abs(d) == 1) {
                    out[n++] = hashPart(70 + d, wj, wj.length() - 2, wj.length());
                    out[n++] = hashPart(75 + d, wj, wj.length() - 3, wj.length());
                    out[n++] = hashPart(90 + d, wj, 0, 3);
                }
            }
        }
        String prev = i > 0 ? f.key[i - 1] : "<s>", next = i + 1 < size ? f.key[i + 1] : "</s>";
        out[n++] = mix(hash(84, prev), f.dict[i]);
        out[n++] = mix(hash(85, prev), hash(0, w0));
        out[n++] = mix(hash(86, next), hash(0, w0));
        out[n++] = code(87, i > 0 ? f.lex[i - 1] : -1, f.dict[i]);
        out[n++] = mix(hash(89, i > 1 ? f.key[i - 2] : "<s>"), hash(0, prev));
        int nm = f.names[i];
        out[n++] = code(100, nm);
        out[n++] = code(101, nm, i > 0 ? f.names[i - 1] : -1);
        out[n++] = code(102, nm, i + 1 < size ? f.names[i + 1] : -1);
        for (int k = 0; k < n; k++) out[k] = (out[k] & (BUCKETS - 1)) * nt;
        return n;
    }

    /**
     * Writes, from {@code at}, the hashes of token i's features that pair with the previous tag (before the tag is
     * mixed in, so that each previous tag costs one mix: see {@link #withPrevious}); returns their count.
     */
    static int previousBases(TokenFeatures f, int i, int[] out, int at) {
        int n = at;
        String w0 = f.key[i];
        out[n++] = code(80, 0);
        out[n++] = hash(82, w0);
        out[n++] = code(38, f.rule[i]);
        out[n++] = code(83, f.dict[i]);
        out[n++] = hash(88, i > 0 ? f.surf[i - 1] : "<s>");
        out[n++] = code(103, f.names[i]);
        // Generalising views of the word with the previous tag: whether a name goes on (بيكارد after كلاوس).
        out[n++] = hashPart(104, w0, w0.length() - 2, w0.length());
        out[n++] = hashPart(105, w0, w0.length() - 1, w0.length());
        out[n++] = code(106, f.flags[i]);
        out[n++] = code(107, f.lex[i]);
        out[n++] = code(108, shape(w0));
        out[n++] = code(109, i + 1 < f.size() ? f.lex[i + 1] : -1);
        return n - at;
    }

    /** Weight-table offset of a previous-tag feature base paired with previous tag p1 (-1 at the start). */
    static int withPrevious(int base, int p1, int nt) { return (mix(base, p1) & (BUCKETS - 1)) * nt; }

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
}
