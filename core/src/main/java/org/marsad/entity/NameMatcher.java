package org.marsad.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.kb.KbRef;
import org.marsad.kb.KnowledgeBase;
import org.marsad.text.TextLayer;

/**
 * Dictionary automaton over match keys of tokens (normalised, clitic-segmented, article-less
 * stems): a trie whose edges are token ids, stored in one open-addressing table keyed by
 * (state, token id), so matching costs one hash lookup per token and allocates nothing per token.
 * Immutable once built; thread-safe.
 */
final class NameMatcher {
    /**
     * Token ids by key, as one open-addressing table: every token of every article is
     * looked up here (twice), and a HashMap costs a node, a key and a boxed value per probe, each
     * a likely cache miss in a table of this size; here the hash array is probed first.
     */
    private int[] keyHashes, keyIds;
    private String[] keyStrings;
    private int keyMask;
    /** The keys' hashes, read before the table: most words of an article are no KB name token. */
    private org.marsad.text.HashFilter keyFilter;
    private long[] edgeKeys;
    private int[] edgeTargets;
    private int mask;
    private int states = 1;
    /** For each state, the entries ending there: refs[refStart[s] .. refStart[s+1]). */
    private int[] refStart;
    private KbRef[] refs;
    /** Whether the name that led to refs[k] was written with the article. */
    private boolean[] article;

    NameMatcher(List<KnowledgeBase.Name> names) {
        Map<String, Integer> tokenIds = new HashMap<>();
        Map<Long, Integer> edges = new HashMap<>();
        Map<Integer, List<KnowledgeBase.Name>> ends = new HashMap<>();
        for (KnowledgeBase.Name n : names) {
            int s = 0;
            for (String k : n.keys()) {
                int t = tokenIds.computeIfAbsent(k, x -> tokenIds.size());
                long e = ((long) s << 32) | t;
                Integer next = edges.get(e);
                if (next == null) { next = states++; edges.put(e, next); }
                s = next;
            }
            ends.computeIfAbsent(s, x -> new ArrayList<>()).add(n);
        }
        // Every key also under its form with the article, so a token's normalised stem is looked up
        // as it is, without building the article-less string (no allocation per token).
        for (Map.Entry<String, Integer> k : List.copyOf(tokenIds.entrySet())) {
            if (k.getKey().length() >= 2) tokenIds.putIfAbsent("ال" + k.getKey(), k.getValue());
        }
        int keyCap = Integer.highestOneBit(Math.max(16, tokenIds.size() * 2)) << 1;
        keyHashes = new int[keyCap];
        keyIds = new int[keyCap];
        keyStrings = new String[keyCap];
        keyMask = keyCap - 1;
        int[] hashes = new int[tokenIds.size()];
        int nk = 0;
        for (Map.Entry<String, Integer> k : tokenIds.entrySet()) {
            int h = k.getKey().hashCode(), i = spread(h) & keyMask;
            hashes[nk++] = h;
            while (keyStrings[i] != null) i = (i + 1) & keyMask;
            keyHashes[i] = h;
            keyStrings[i] = k.getKey();
            keyIds[i] = k.getValue();
        }
        keyFilter = new org.marsad.text.HashFilter(hashes, nk);
        int cap = Integer.highestOneBit(Math.max(16, edges.size() * 2)) << 1;
        edgeKeys = new long[cap];
        Arrays.fill(edgeKeys, -1L);
        edgeTargets = new int[cap];
        mask = cap - 1;
        for (Map.Entry<Long, Integer> e : edges.entrySet()) {
            int h = slot(e.getKey());
            while (edgeKeys[h] != -1L) h = (h + 1) & mask;
            edgeKeys[h] = e.getKey();
            edgeTargets[h] = e.getValue();
        }
        refStart = new int[states + 1];
        List<KnowledgeBase.Name> flat = new ArrayList<>();
        for (int s = 0; s < states; s++) {
            refStart[s] = flat.size();
            List<KnowledgeBase.Name> l = ends.get(s);
            if (l != null) {
                l.sort((a, b) -> Double.compare(b.ref().rank(), a.ref().rank()));
                flat.addAll(l);
            }
        }
        refStart[states] = flat.size();
        refs = new KbRef[flat.size()];
        article = new boolean[flat.size()];
        for (int k = 0; k < refs.length; k++) { refs[k] = flat.get(k).ref(); article[k] = flat.get(k).article(); }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private int next(int state, int token) {
        if (token < 0) return -1;
        long key = ((long) state << 32) | token;
        int h = slot(key);
        while (true) {
            long k = edgeKeys[h];
            if (k == key) return edgeTargets[h];
            if (k == -1L) return -1;
            h = (h + 1) & mask;
        }
    }

    int tokenId(String key) {
        int h = key.hashCode(), i = spread(h) & keyMask;
        if (!keyFilter.mayContain(h)) return -1;
        while (true) {
            String k = keyStrings[i];
            if (k == null) return -1;
            if (keyHashes[i] == h && k.equals(key)) return keyIds[i];
            i = (i + 1) & keyMask;
        }
    }

    private static int spread(int h) { return h * 0x9E3779B9 >>> 7 ^ h; }

    /** Token ids of a layer: [2*i] from the stem, [2*i+1] from the whole surface token (-1 = unknown). */
    int[] ids(TextLayer t) {
        int n = t.tokenCount();
        int[] out = new int[2 * n];
        // each distinct word is looked up once (a probe of this table is a cache miss): byWord[2w] = 0 not yet, else id + 2
        int[] byWord = new int[2 * t.wordCount()];
        for (int i = 0; i < n; i++) {
            int w = t.wordId(i);
            if (byWord[2 * w] == 0) {
                String stem = t.norm(i), surf = t.surfaceNorm(i);
                byWord[2 * w] = tokenId(stem) + 2;
                byWord[2 * w + 1] = (surf.equals(stem) ? -1 : tokenId(surf)) + 2;
            }
            out[2 * i] = byWord[2 * w] - 2;
            out[2 * i + 1] = byWord[2 * w + 1] - 2;
        }
        return out;
    }

    /**
     * Longest match starting at token {@code from}, not past {@code limit}. Returns its end token
     * (exclusive) and writes the final state to {@code stateOut[0]}; returns {@code from} when none.
     */
    int longest(int[] ids, int from, int limit, int[] stateOut) {
        int s = 0, bestEnd = from, bestState = -1;
        for (int j = from; j < limit; j++) {
            int nx = next(s, ids[2 * j]);
            if (nx < 0) nx = next(s, ids[2 * j + 1]);
            if (nx < 0) break;
            s = nx;
            if (refStart[s + 1] > refStart[s]) { bestEnd = j + 1; bestState = s; }
        }
        stateOut[0] = bestState;
        return bestEnd;
    }

    /** Entries ending at a state, best ranked first. */
    KbRef[] refsAt(int state) { return Arrays.copyOfRange(refs, refStart[state], refStart[state + 1]); }

    int refCount(int state) { return refStart[state + 1] - refStart[state]; }

    KbRef refAt(int state, int k) { return refs[refStart[state] + k]; }

    boolean articleAt(int state, int k) { return article[refStart[state] + k]; }
}
