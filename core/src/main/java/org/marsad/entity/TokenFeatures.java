package org.marsad.entity;

import org.marsad.kb.KbNames;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextLayer;

/**
 * The per-token inputs of the tagger for one sentence, as parallel arrays: match key, normalised
 * surface, proclitic flags, KB dictionary kind (see {@link EntityRecognizer#dictionaryPass}) and
 * lexicon memberships. Built either from a {@link TextLayer} or from CoNLL tokens aligned to one.
 */
final class TokenFeatures {
    final String[] key, surf;
    final int[] flags;
    final byte[] dict;
    /** Bit 1 given name, 2 speech verb, 4 stop word, 8 starts a title, 16 starts an org head, 32 place noun. */
    final int[] lex;
    /** What the KB and rules tagged the token as: index into {@link PerceptronTagger#TAGS}, 0 = O. */
    final byte[] rule;
    /** {@link PersonNames} bits of the token. */
    final int[] names;
    /** The key without a leading و/ف/ب/ل/ك the analyzer left on (unknown words are not segmented), else the key. */
    final String[] bare;

    TokenFeatures(int n) {
        key = new String[n]; surf = new String[n]; flags = new int[n]; dict = new byte[n]; lex = new int[n]; rule = new byte[n];
        names = new int[n]; bare = new String[n];
    }

    int size() { return key.length; }

    /** Features of tokens [from, to) of a layer whose dictionary pass is {@code dictAll}. */
    static TokenFeatures of(TextLayer t, int from, int to, byte[] dictAll, byte[] ruleAll, EntityRecognizer r) {
        TokenFeatures f = new TokenFeatures(to - from);
        String[] keys = new String[to - from];
        for (int i = from; i < to; i++) keys[i - from] = KbNames.key(t.norm(i));
        for (int i = from; i < to; i++) {
            int k = i - from;
            f.key[k] = keys[k];
            f.surf[k] = t.surfaceNorm(i);
            f.flags[k] = t.proclitics(i);
            f.dict[k] = dictAll[i];
            f.rule[k] = ruleAll == null ? 0 : ruleAll[i];
            f.lex[k] = lexBits(r, keys, k);
            f.names[k] = r.personNames.bits(keys[k]);
            f.bare[k] = bare(keys[k], f.flags[k]);
        }
        return f;
    }

    /**
     * Features of CoNLL tokens: the tokens are joined by spaces, read by the analyzer, and each
     * CoNLL token takes the values of the first analyzer token starting inside it.
     */
    static TokenFeatures ofTokens(String[] tokens, TextLayer t, byte[] dictAll, EntityRecognizer r) {
        TokenFeatures f = new TokenFeatures(tokens.length);
        int pos = 0, ti = 0;
        int[] map = new int[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            int s = pos, e = pos + tokens[k].length();
            while (ti < t.tokenCount() && t.tokenStart(ti) < s) ti++;
            map[k] = ti < t.tokenCount() && t.tokenStart(ti) < e ? ti : -1;
            pos = e + 1;
        }
        String[] keys = new String[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            int i = map[k];
            keys[k] = i >= 0 ? KbNames.key(t.norm(i)) : ArabicNormalizer.normalize(tokens[k]);
            f.surf[k] = i >= 0 ? t.surfaceNorm(i) : keys[k];
            f.flags[k] = i >= 0 ? t.proclitics(i) : 0;
            f.dict[k] = i >= 0 ? dictAll[i] : 0;
        }
        for (int k = 0; k < tokens.length; k++) {
            f.key[k] = keys[k];
            f.lex[k] = lexBits(r, keys, k);
            f.names[k] = r.personNames.bits(keys[k]);
            f.bare[k] = bare(keys[k], f.flags[k]);
        }
        return f;
    }

    private static String bare(String key, int flags) {
        if (flags != 0 || key.length() < 4 || "وفبلك".indexOf(key.charAt(0)) < 0) return key;
        return KbNames.key(key.substring(1));
    }

    private static int lexBits(EntityRecognizer r, String[] keys, int k) {
        Lexicons l = r.lex;
        String w = keys[k];
        int b = 0;
        if (l.givenNames.contains(w)) b |= 1;
        if (l.speechVerbs.contains(w)) b |= 2;
        if (l.stopwords.contains(w)) b |= 4;
        if (l.roles.match(keys, k, keys.length) != null) b |= 8;
        if (l.orgHeads.match(keys, k, keys.length) != null) b |= 16;
        if (l.placeNouns.match(keys, k, keys.length) != null) b |= 32;
        return b;
    }
}
