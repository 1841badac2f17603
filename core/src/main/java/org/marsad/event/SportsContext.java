package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Sport told in the words of war ({@code lexicon/sports.tsv}): a sentence that names a match, a
 * league or a penalty shoot-out, or any sentence of an article that does so in three sentences or
 * more, names no events; but a bombing, shooting or air strike, or any attack with its dead, stays one
 * (a blast among the fans of a match is an attack), and so does a protest (at the Olympic torch).
 */
final class SportsContext {
    private SportsContext() {}

    private static final PhraseTable<Boolean> TABLE = new PhraseTable<>();
    /** Sentences with a word of sport that make the whole article a sports story. */
    private static final int STORY = 3;

    static {
        for (String[] r : LexiconFile.rows("/lexicon/sports.tsv")) for (String f : LexiconFile.split(r[0])) TABLE.add(f, Boolean.TRUE, false);
    }

    /** Per sentence: whether it speaks of sport, all of them true when the article is a sports story. */
    static boolean[] sentences(TextLayer tl) {
        int n = tl.sentenceCount(), found = 0;
        boolean[] out = new boolean[n];
        for (int s = 0; s < n; s++) {
            int a = tl.sentenceFirstToken(s), b = tl.sentenceEndToken(s);
            if (b > a && TABLE.anyIn(tl, a, b)) { out[s] = true; found++; }
        }
        if (found >= STORY) java.util.Arrays.fill(out, true);
        return out;
    }

    /** "مسيرة": a career in sport ("مسيرته الكروية"), whatever else it is elsewhere. */
    private static final Set<String> CAREER = CueWords.set("career");

    /**
     * Drops the acts of a sentence of sport, but real attacks and protests (not a "مسيرة", a career);
     * the injured alone make no attack there ("تعرض إلى إصابة": a player's injury).
     */
    static void apply(List<Candidate> cs, TextLayer tl) {
        cs.removeIf(c -> !(c.type.equals("ASSAULT") && (c.killed != null || ActModes.STANDALONE_ATTACK_MODES.contains(String.valueOf(c.mode)) && !"heavy-weapons".equals(c.mode))
                || c.type.equals("PROTEST") && !CAREER.contains(tl.norm(c.trigStart)) && !CAREER.contains(tl.surfaceNorm(c.trigStart))));
    }
}
