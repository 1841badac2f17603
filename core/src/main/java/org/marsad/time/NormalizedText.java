package org.marsad.time;

import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CharKinds;

/**
 * The normalised view of a text that the rules match, with a map back to original offsets, so
 * that every span points at the characters as written (diacritics and tatweel inside included).
 */
final class NormalizedText {
    final String original;
    final String norm;
    /** The characters of {@link #norm}. */
    final char[] chars;
    /** origin[i] = index in {@code original} of normalised character i. */
    private final int[] origin;

    NormalizedText(String original) {
        this.original = original;
        char[] in = original.toCharArray();
        char[] out = new char[in.length];
        int[] map = new int[in.length];
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            char f = ArabicNormalizer.fold(in[i]);
            if (f == 0) continue;
            // Newlines and tabs become spaces so that patterns written with \s see one kind of gap.
            out[n] = CharKinds.isWhitespace(f) ? ' ' : f;
            map[n++] = i;
        }
        this.chars = java.util.Arrays.copyOf(out, n);
        this.norm = new String(chars);
        this.origin = java.util.Arrays.copyOf(map, n);
    }

    /** Original start offset of normalised position {@code normStart}. */
    int start(int normStart) {
        return normStart < origin.length ? origin[normStart] : original.length();
    }

    /** Original end offset (exclusive) of a normalised range ending at {@code normEnd}. */
    int end(int normEnd) {
        if (normEnd == 0) return 0;
        int e = origin[normEnd - 1] + 1;
        // Diacritics and tatweel after the last character belong to it ("هـ", "غداً").
        while (e < original.length() && isMark(original.charAt(e))) e++;
        return e;
    }

    private static boolean isMark(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640;
    }
}
