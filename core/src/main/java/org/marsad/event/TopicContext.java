package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * A topic told in the words of war: sport ({@code lexicon/sports.tsv}: a match, a half, a shoot-out)
 * and the arts ({@code lexicon/culture.tsv}: a film, a play, a poem, a television evening). A sentence
 * that names the topic, or any sentence of an article that does so in three sentences or more, names
 * no events; but a bombing, shooting or air strike, or any attack with its dead, stays one (a blast
 * among the fans of a match, a shelled theatre), and so does a protest in sport (at the Olympic torch).
 * Both lexicons are one phrase table, so a sentence is read once for both topics.
 */
final class TopicContext {
    static final TopicContext SPORT = new TopicContext(0, true);
    /** (a story of the arts keeps no protest: "تعتصم بطلة المسرحية بالصمت" clings to silence; protesters singing keep theirs) */
    static final TopicContext CULTURE = new TopicContext(1, false);

    /** {@link #sentences} values: no word of the topic, a sentence of it, a sentence of an article that is a story of it. */
    static final byte NONE = 0, SENTENCE = 1, STORY_SENTENCE = 2;

    private static final PhraseTable<Integer> TABLE = new PhraseTable<>();
    /** Sentences with a word of the topic that make the whole article a story of it. */
    private static final int STORY = 3;

    static {
        for (String[] r : LexiconFile.rows("/lexicon/sports.tsv")) for (String f : LexiconFile.split(r[0])) TABLE.add(f, 0, false);
        for (String[] r : LexiconFile.rows("/lexicon/culture.tsv")) for (String f : LexiconFile.split(r[0])) TABLE.add(f, 1, false);
    }

    private final int topic;
    private final boolean protests;

    private TopicContext(int topic, boolean protests) {
        this.topic = topic;
        this.protests = protests;
    }

    /**
     * Per topic ({@code [0]} sport, {@code [1]} the arts) and sentence: whether it speaks of the topic
     * ({@link #SENTENCE}), all of them {@link #STORY_SENTENCE} when the article is a story of it.
     */
    static byte[][] sentences(TextLayer tl) {
        int n = tl.sentenceCount();
        byte[][] out = new byte[2][n];
        int[] found = new int[2];
        for (int s = 0; s < n; s++) {
            int a = tl.sentenceFirstToken(s), b = tl.sentenceEndToken(s);
            for (PhraseTable.Match<Integer> m : b > a ? TABLE.matchAll(tl, a, b) : List.<PhraseTable.Match<Integer>>of()) {
                int k = m.value();
                if (out[k][s] == NONE) { out[k][s] = SENTENCE; found[k]++; }
            }
        }
        for (int k = 0; k < 2; k++) if (found[k] >= STORY) java.util.Arrays.fill(out[k], STORY_SENTENCE);
        return out;
    }

    /** This topic's row of {@link #sentences}. */
    byte[] of(byte[][] topics) { return topics[topic]; }

    /** "مسيرة": a career in sport or the arts ("مسيرته الكروية"، "مسيرتها الفنية"), whatever else it is elsewhere. */
    private static final Set<String> CAREER = CueWords.set("career");

    /**
     * Drops the acts of a sentence of the topic, but real attacks and protests (not a "مسيرة", a career);
     * the injured alone make no attack there ("تعرض إلى إصابة": a player's injury).
     */
    void apply(List<Candidate> cs, TextLayer tl, byte where) {
        boolean keepProtests = protests || where != STORY_SENTENCE;
        cs.removeIf(c -> !(c.type.equals("ASSAULT") && (c.killed != null || ActModes.STANDALONE_ATTACK_MODES.contains(String.valueOf(c.mode)) && !"heavy-weapons".equals(c.mode))
                || keepProtests && c.type.equals("PROTEST") && !CAREER.contains(tl.norm(c.trigStart)) && !CAREER.contains(tl.surfaceNorm(c.trigStart))));
    }
}
