package org.marsad.text;

/** Clitic segmentation of one token, decided against a lexicon of known (normalised) words. */
final class Segmenter {
    private Segmenter() {}

    /** Proclitic sequences, longest first, with their flags. Normalised forms. */
    private static final String[] PRE = {"وبال", "فبال", "وكال", "ولل", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فل", "فب", "وس", "ال", "و", "ف", "ب", "ل", "ك"};
    private static final int[] PRE_FLAGS = {
        TextLayer.WA | TextLayer.BI | TextLayer.AL, TextLayer.FA | TextLayer.BI | TextLayer.AL,
        TextLayer.WA | TextLayer.KA | TextLayer.AL, TextLayer.WA | TextLayer.LI | TextLayer.AL,
        TextLayer.WA | TextLayer.AL, TextLayer.FA | TextLayer.AL, TextLayer.BI | TextLayer.AL, TextLayer.KA | TextLayer.AL,
        TextLayer.LI | TextLayer.AL, TextLayer.WA | TextLayer.LI, TextLayer.WA | TextLayer.BI, TextLayer.FA | TextLayer.LI,
        TextLayer.FA | TextLayer.BI, TextLayer.WA | TextLayer.SA, TextLayer.AL,
        TextLayer.WA, TextLayer.FA, TextLayer.BI, TextLayer.LI, TextLayer.KA};
    /** Attached pronouns, longest first. */
    private static final String[] SUF = {"هما", "كما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"};

    /** Flag in {@link #decide}'s result: the stem's offsets are mapped (see there). */
    static final int MAPPED = 1 << 24;

    /** The same sequences as char arrays, compared against the token's normalised buffer. */
    private static final char[][] PRE_CHARS = new char[PRE.length][];
    /** Indexes of the bare conjunctions و and ف in {@link #PRE}. */
    private static final int CONJ_WA = java.util.Arrays.asList(PRE).indexOf("و"), CONJ_FA = java.util.Arrays.asList(PRE).indexOf("ف");
    private static final char[][] SUF_CHARS = new char[SUF.length][];

    static {
        for (int p = 0; p < PRE.length; p++) PRE_CHARS[p] = PRE[p].toCharArray();
        for (int k = 0; k < SUF.length; k++) SUF_CHARS[k] = SUF[k].toCharArray();
    }

    /** Letters a proclitic sequence can begin with; other tokens skip the prefix loops. */
    private static boolean mayHaveProclitic(char c) { return c == 'و' || c == 'ف' || c == 'ب' || c == 'ل' || c == 'ك' || c == 'ا'; }

    /**
     * The segmentation of the normalised token {@code w[0, len)}, packed as {@code procliticFlags |
     * prefixLength << 8 | suffixLength << 16} (lengths in normalised characters; {@link #mapForward}
     * and {@link #mapBackward} turn them into original-text offsets). Decisions, in order: a known
     * token stays whole; else the longest proclitic whose remainder is known; else a proclitic and an
     * attached pronoun around a known middle (لقواتهم → ل+قوات+هم); else an attached pronoun after a
     * known stem; else, for an unknown remainder, only the article forms, a bare و, and a bare ف
     * before a verb prefix come off (a lone ب/ل/ك could as well begin a name), and the future marker
     * only before an imperfect prefix. Depends on nothing but the word and the lexicon. {@link #MAPPED}
     * is set when the word went through these decisions: its stem then starts after any diacritics
     * the token begins with; a word settled at once (short, not Arabic, known) keeps its whole range.
     */
    static int decide(char[] w, int len, KnownWords known) {
        if (len < 3 || !isArabic(w[0]) || known.contains(w, 0, len)) return 0;
        int pick = -1, sufLen = 0;
        int starts = 0;                                  // bit p: the token starts with PRE[p]
        if (mayHaveProclitic(w[0])) for (int p = 0; p < PRE_CHARS.length; p++) if (startsWith(w, len, PRE_CHARS[p])) starts |= 1 << p;
        boolean pre = starts != 0;
        // "وبحث" is و + بحث, not و + ب + حث: after the conjunction, a known word that begins with ب، ل or ك
        // keeps its letter (the longer prefixes are tried first below)
        if (pre && (w[0] == 'و' || w[0] == 'ف') && len >= 4 && (w[1] == 'ب' || w[1] == 'ل' || w[1] == 'ك') && known.contains(w, 1, len)) {
            pick = w[0] == 'و' ? CONJ_WA : CONJ_FA;
        }
        for (int p = 0; pre && p < PRE_CHARS.length && pick < 0; p++) {
            if ((starts & (1 << p)) != 0 && len - PRE_CHARS[p].length >= 2 && known.contains(w, PRE_CHARS[p].length, len)) pick = p;
        }
        for (int p = 0; pre && p < PRE_CHARS.length && pick < 0; p++) {
            if ((starts & (1 << p)) == 0) continue;
            int suf = knownBeforeSuffix(w, len, PRE_CHARS[p].length, known);
            if (suf > 0) { pick = p; sufLen = suf; }
        }
        if (pick < 0) sufLen = knownBeforeSuffix(w, len, 0, known);
        if (pick < 0 && sufLen == 0 && pre) {
            for (int p = 0; p < PRE_CHARS.length && pick < 0; p++) {
                if ((starts & (1 << p)) == 0) continue;
                int preLen = PRE_CHARS[p].length, restLen = len - preLen;
                boolean article = (PRE_FLAGS[p] & TextLayer.AL) != 0;
                if ((PRE_FLAGS[p] & TextLayer.SA) != 0 && (restLen == 0 || "يتنا".indexOf(w[preLen]) < 0)) continue;
                // a bare ف before an unknown word only before an imperfect prefix (فيقول، فتقوم): فجرا, فازوا and
                // the nouns and names that begin with ف stay whole (فأعلن splits through the known اعلن)
                if (PRE_FLAGS[p] == TextLayer.FA && "يتن".indexOf(w[preLen]) < 0) continue;
                if (!article && (PRE_FLAGS[p] & ~(TextLayer.WA | TextLayer.FA | TextLayer.SA)) != 0) continue;
                if (restLen >= (article ? 2 : 3)) pick = p;
            }
            if (pick >= 0) sufLen = knownBeforeSuffix(w, len, PRE_CHARS[pick].length, known);
        }
        return MAPPED | (pick < 0 ? sufLen << 16 : PRE_FLAGS[pick] | PRE_CHARS[pick].length << 8 | sufLen << 16);
    }

    private static boolean startsWith(char[] w, int len, char[] prefix) {
        if (prefix.length > len) return false;
        for (int k = 0; k < prefix.length; k++) if (w[k] != prefix[k]) return false;
        return true;
    }

    /** Length of an attached pronoun after {@code from} whose stem (≥ 2 letters) is known, else 0. */
    private static int knownBeforeSuffix(char[] w, int len, int from, KnownWords known) {
        char last = w[len - 1];
        if (last != 'ه' && last != 'ك' && last != 'م' && last != 'ن' && last != 'ا') return 0;
        for (char[] suf : SUF_CHARS) {
            int sl = suf.length, stemLen = len - from - sl;
            if (stemLen >= 2 && endsWith(w, len, suf) && known.contains(w, from, len - sl)) return sl;
        }
        return 0;
    }

    private static boolean endsWith(char[] w, int len, char[] suffix) {
        int off = len - suffix.length;
        for (int k = 0; k < suffix.length; k++) if (w[off + k] != suffix[k]) return false;
        return true;
    }

    private static boolean isArabic(char c) { return c >= 0x0600 && c <= 0x06FF; }

    /** Original offset after skipping {@code n} kept (non-dropped) characters from the start. */
    static int mapForward(char[] t, int start, int end, int n) {
        int i = start;
        while (n > 0 && i < end) { if (ArabicNormalizer.fold(t[i]) != 0) n--; i++; }
        while (i < end && ArabicNormalizer.fold(t[i]) == 0) i++;   // diacritics of the clitic
        return i;
    }

    /** Original offset before the last {@code n} kept characters. */
    static int mapBackward(char[] t, int start, int end, int n) {
        int i = end;
        while (n > 0 && i > start) { i--; if (ArabicNormalizer.fold(t[i]) != 0) n--; }
        return i;   // diacritics before the pronoun belong to the stem's last letter
    }
}
