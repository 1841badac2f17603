package org.marsad.text;

import java.util.Arrays;

/**
 * Sentences and tokens of one document as parallel arrays of character offsets into the original
 * text (no object per token, as Lucene does). A token is a whitespace/punctuation-delimited word;
 * its <em>stem</em> is the part left after clitic segmentation (proclitics و ف ب ل ك س and the
 * article ال in front, attached pronouns behind), also as offsets into the original text.
 * {@code norm} holds the normalised form of the stem ({@link ArabicNormalizer}), which is what
 * dictionaries and lexicons match against. Immutable once built.
 */
public final class TextLayer {
    /** Proclitic flags of a token (bitmask in {@link #proclitics(int)}). */
    public static final int WA = 1, FA = 2, BI = 4, LI = 8, KA = 16, SA = 32, AL = 64;

    private final int[] tokStart, tokEnd, stemStart, stemEnd, procl, tokSentence, wordIds;
    private final int wordCount;
    private final String[] norm, surfaceNorm;
    private final int[] sentStart, sentEnd, sentFirstTok, sentEndTok;
    private final boolean[] sentBoilerplate;
    private final java.util.BitSet taMarbuta;

    TextLayer(int[] tokStart, int[] tokEnd, int[] stemStart, int[] stemEnd, int[] procl, String[] norm,
              String[] surfaceNorm, int[] wordIds, int wordCount, int[] sentStart, int[] sentEnd, int[] sentFirstTok, int[] sentEndTok,
              boolean[] sentBoilerplate, java.util.BitSet taMarbuta) {
        this.taMarbuta = taMarbuta;
        this.tokStart = tokStart; this.tokEnd = tokEnd; this.stemStart = stemStart; this.stemEnd = stemEnd;
        this.procl = procl; this.norm = norm; this.surfaceNorm = surfaceNorm;
        this.wordIds = wordIds; this.wordCount = wordCount;
        this.sentStart = sentStart; this.sentEnd = sentEnd; this.sentFirstTok = sentFirstTok; this.sentEndTok = sentEndTok;
        this.sentBoilerplate = sentBoilerplate;
        this.tokSentence = new int[tokStart.length];
        for (int s = 0; s < sentStart.length; s++) Arrays.fill(tokSentence, sentFirstTok[s], sentEndTok[s], s);
    }

    public int tokenCount() { return tokStart.length; }

    /**
     * Whether token {@code i} was written ending in ة, which its normalised forms write ه: "سيطرة" is
     * the noun, never "سيطر" with a pronoun (the lexicons may not read the ه as one).
     */
    public boolean endsInTaMarbuta(int i) { return taMarbuta.get(i); }
    /** Start of token {@code i} in the original text. */
    public int tokenStart(int i) { return tokStart[i]; }
    /** End (exclusive) of token {@code i} in the original text. */
    public int tokenEnd(int i) { return tokEnd[i]; }
    /** Start of the token's stem (after proclitics and the article). */
    public int stemStart(int i) { return stemStart[i]; }
    /** End of the token's stem (before attached pronouns). */
    public int stemEnd(int i) { return stemEnd[i]; }
    /** Proclitic bitmask: {@link #WA}, {@link #FA}, {@link #BI}, {@link #LI}, {@link #KA}, {@link #SA}, {@link #AL}. */
    public int proclitics(int i) { return procl[i]; }
    /** Normalised stem of token {@code i}: what lexicons match. */
    public String norm(int i) { return norm[i]; }
    /** Normalised whole token, clitics included. */
    public String surfaceNorm(int i) { return surfaceNorm[i]; }
    public int sentenceOf(int token) { return tokSentence[token]; }

    /**
     * The token's word in this document, {@code 0 ≤ id < wordCount()}: tokens with one id have the
     * same {@link #norm}, {@link #surfaceNorm} and {@link #proclitics}, so a stage that looks every
     * token up in its lexicons can do it once per distinct word (about half the tokens of a news
     * article) and keep the answer in an array indexed by id. The same word may have more than one
     * id (past the analyzer's per-document memo); an id is never shared by two words.
     */
    public int wordId(int token) { return wordIds[token]; }

    /** One more than the largest {@link #wordId}. */
    public int wordCount() { return wordCount; }

    public int sentenceCount() { return sentStart.length; }
    public int sentenceStart(int s) { return sentStart[s]; }
    public int sentenceEnd(int s) { return sentEnd[s]; }
    /** First token index of sentence {@code s}. */
    public int sentenceFirstToken(int s) { return sentFirstTok[s]; }
    /** One past the last token index of sentence {@code s}. */
    public int sentenceEndToken(int s) { return sentEndTok[s]; }
    /** True when the sentence lies in masked boilerplate (related links, captions, widgets). */
    public boolean isBoilerplate(int s) { return sentBoilerplate[s]; }

    /** Index of the first token whose end is after {@code charOffset}, or tokenCount(). */
    public int tokenAt(int charOffset) {
        int lo = 0, hi = tokEnd.length;
        while (lo < hi) { int m = (lo + hi) >>> 1; if (tokEnd[m] <= charOffset) lo = m + 1; else hi = m; }
        return lo;
    }
}
