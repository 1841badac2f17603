package org.marsad.text;

/**
 * Arabic normalisation for matching and search. Character-for-character except for deletions, so
 * the result is a matching key, not a display form; spans always refer to the original text.
 * <ul>
 *   <li>diacritics (harakat, tanwin, shadda, sukun, superscript alef) and tatweel removed;</li>
 *   <li>أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي (hamza seats folded);</li>
 *   <li>Persian/Urdu/Kurdish ی ے → ي, ک گ → ك, ە ہ ۀ ھ → ه, ڤ → ف, پ → ب, چ → ج;</li>
 *   <li>Arabic-Indic and Persian digits → ASCII digits;</li>
 *   <li>، ؛ ؟ ٫ ٬ ٪ → , ; ? . , %; NBSP and other spaces → space; zero-width characters, soft
 *       hyphens and bidi marks removed.</li>
 * </ul>
 * Presentation forms (ﻻ and other ligatures, U+FB50–U+FEFF) are left as they are: folding them
 * would need one-to-many mapping, and news text in Unicode does not use them.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {}

    /**
     * fold() of every UTF-16 unit, precomputed (128 KB, of which only the few cache lines of the
     * scripts a text uses are ever touched): the readers and the tokenizer fold every character of
     * every article, and a table lookup has no branches to mispredict.
     */
    private static final char[] FOLD = new char[0x10000];

    static {
        for (int i = 0; i < FOLD.length; i++) FOLD[i] = compute((char) i);
    }

    /** Normalised form of one character, or {@code 0} when the character is to be dropped. */
    public static char fold(char c) { return FOLD[c]; }

    private static char compute(char c) {
        if (c < 0x0600) {
            if (c == '\u00A0') return ' ';
            if (c == '\u00AD') return 0;                // soft hyphen
            return c;
        }
        if (c >= 0x064B && c <= 0x065F) return 0;      // harakat, tanwin, shadda, sukun, extras
        if (c == 0x0670 || c == 0x0640) return 0;        // superscript alef, tatweel
        if (c >= 0x06D6 && c <= 0x06ED) return 0;        // Quranic annotation marks
        if (c >= 0x0660 && c <= 0x0669) return (char) ('0' + (c - 0x0660));
        if (c >= 0x06F0 && c <= 0x06F9) return (char) ('0' + (c - 0x06F0));
        switch (c) {
            case 'أ': case 'إ': case 'آ': case 'ٱ': case 'ٲ': case 'ٳ': return 'ا';
            case 'ى': case 'ی': case 'ے': case 'ئ': return 'ي';
            case 'ة': case 'ە': case 'ہ': case 'ۀ': case 'ھ': case 'ۃ': return 'ه';
            case 'ؤ': return 'و';
            case 'ک': case 'گ': return 'ك';
            case 'ڤ': return 'ف';
            case 'پ': return 'ب';
            case 'چ': return 'ج';
            case '،': return ',';
            case '؛': return ';';
            case '؟': return '?';
            case '٫': return '.';
            case '٬': return ',';
            case '٪': return '%';
            default:
        }
        if (c >= 0x2000 && c <= 0x200A) return ' ';
        if (c == 0x202F || c == 0x205F || c == 0x3000) return ' ';
        if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || c == 0xFEFF || (c >= 0x2066 && c <= 0x2069)) return 0;
        return c;
    }

    /** Normalised copy of {@code s[start, end)}. */
    public static String normalize(CharSequence s, int start, int end) {
        char[] out = new char[end - start];
        int n = 0;
        if (s instanceof String str) {
            // whole articles come through here: copy once, then fold in place over the array
            str.getChars(start, end, out, 0);
            for (int i = 0; i < out.length; i++) {
                char f = fold(out[i]);
                if (f != 0) out[n++] = f;
            }
        } else {
            for (int i = start; i < end; i++) {
                char f = fold(s.charAt(i));
                if (f != 0) out[n++] = f;
            }
        }
        return new String(out, 0, n);
    }

    public static String normalize(CharSequence s) {
        return s == null ? null : normalize(s, 0, s.length());
    }
}
