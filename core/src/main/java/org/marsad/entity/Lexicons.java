package org.marsad.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.kb.KbNames;
import org.marsad.text.TextAnalyzer;

/**
 * The pattern lexicons under {@code lexicon/}: titles and roles, organisation heads, place nouns,
 * speech verbs, counterpart nouns, given names and stop words. Phrases are turned into match keys
 * with the same analyzer that reads the text, and indexed by their first key.
 */
final class Lexicons {
    /** A multi-word phrase with the columns of its lexicon line. */
    record Phrase(String[] keys, Map<String, String> cols) {
        String col(String name) { return cols.getOrDefault(name, ""); }
    }

    /** Phrases indexed by their first key, longest first. */
    static final class PhraseTable {
        private final Map<String, List<Phrase>> byFirst = new HashMap<>();

        void add(Phrase p) {
            List<Phrase> l = byFirst.computeIfAbsent(p.keys()[0], k -> new ArrayList<>());
            l.add(p);
            l.sort((a, b) -> b.keys().length - a.keys().length);
        }

        /** Longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
        Phrase match(String[] keys, int i, int limit) {
            List<Phrase> l = byFirst.get(keys[i]);
            if (l == null) return null;
            outer:
            for (Phrase p : l) {
                if (i + p.keys().length > limit) continue;
                for (int k = 1; k < p.keys().length; k++) if (!p.keys()[k].equals(keys[i + k])) continue outer;
                return p;
            }
            return null;
        }
    }

    final PhraseTable roles = new PhraseTable(), orgHeads = new PhraseTable(), placeNouns = new PhraseTable();
    final Set<String> speechVerbs, counterparts, givenNames, stopwords, commonWords, sideNouns;
    /** place-adjectives.tsv: what follows a place noun to describe, not name, the place (قرية جديدة، منطقة عازلة). */
    final Set<String> placeAdjectives;
    /** short-forms.tsv: bare heads that name a body again, and the words that may follow one. */
    final Set<String> shortHeads = new HashSet<>(), shortAfter = new HashSet<>();
    /** Raw normalised words of every lexicon entry (for the analyzer's known words). */
    final Set<String> words = new HashSet<>();

    Lexicons(TextAnalyzer analyzer) {
        load("/lexicon/roles.tsv", analyzer, roles);
        load("/lexicon/org-heads.tsv", analyzer, orgHeads);
        load("/lexicon/place-nouns.tsv", analyzer, placeNouns);
        speechVerbs = wordSet("/lexicon/speech-verbs.tsv", analyzer);
        counterparts = wordSet("/lexicon/counterparts.tsv", analyzer);
        givenNames = wordSet("/lexicon/given-names.tsv", analyzer);
        stopwords = wordSet("/lexicon/stopwords.tsv", analyzer);
        sideNouns = wordSet("/lexicon/side-nouns.tsv", analyzer);
        placeAdjectives = wordSet("/lexicon/place-adjectives.tsv", analyzer);
        for (Map<String, String> row : rows("/lexicon/short-forms.tsv")) {
            String[] keys = KbNames.keys(analyzer, row.get("word"));
            if (keys.length == 1) ("head".equals(row.get("kind")) ? shortHeads : shortAfter).add(keys[0]);
        }
        // Ordinary words that are also names, plus the place names the gazetteer marks as ordinary words.
        Set<String> common = new HashSet<>(wordSet("/lexicon/common-words.tsv", analyzer));
        common.addAll(wordSet("/kb/place-common-words.tsv", analyzer));
        commonWords = org.marsad.text.WordSet.of(common);
    }

    /** Raw normalised words of every lexicon (before an analyzer exists). */
    static Set<String> rawWords() {
        Set<String> out = new HashSet<>();
        for (String f : List.of("roles", "org-heads", "place-nouns", "speech-verbs", "counterparts", "given-names", "stopwords", "common-words", "short-forms")) {
            for (Map<String, String> row : rows("/lexicon/" + f + ".tsv")) {
                String first = row.values().iterator().next();
                for (String w : org.marsad.text.ArabicNormalizer.normalize(first).split("\\s+")) if (!w.isEmpty()) out.add(w);
            }
        }
        return out;
    }

    private void load(String resource, TextAnalyzer a, PhraseTable table) {
        for (Map<String, String> row : rows(resource)) {
            String phrase = row.values().iterator().next();
            String[] keys = KbNames.keys(a, phrase);
            if (keys.length > 0) table.add(new Phrase(keys, row));
        }
    }

    private static Set<String> wordSet(String resource, TextAnalyzer a) {
        Set<String> out = new HashSet<>();
        for (Map<String, String> row : rows(resource)) {
            String[] keys = KbNames.keys(a, row.values().iterator().next());
            if (keys.length == 1) out.add(keys[0]);
        }
        return org.marsad.text.WordSet.of(out);
    }

    /** Lines of a lexicon TSV as header → cell maps (header order kept), comments skipped. */
    static List<Map<String, String>> rows(String resource) {
        List<Map<String, String>> out = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String[] header = null;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) { header = cells; continue; }
                Map<String, String> m = new java.util.LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) m.put(header[i].strip(), i < cells.length ? cells[i].strip() : "");
                out.add(m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
