package org.marsad.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.kb.KbNames;
import org.marsad.kb.KnowledgeBase;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/**
 * Finds and links the entities of a document: every KB name by a longest-match dictionary
 * automaton, then the patterns news writing follows (titles and roles, counterparts, organisation
 * and place heads, names after titles and speech verbs), and optionally a trained tagger for what
 * neither knows. Built once from a {@link KnowledgeBase}; immutable and thread-safe.
 */
public final class EntityRecognizer {
    final KnowledgeBase kb;
    final NameMatcher matcher;
    final Lexicons lex;
    final PersonNames personNames;
    private final Set<String> knownWords;
    private final TaggerHook tagger;

    /** A statistical tagger consulted for spans the KB and rules leave untagged. */
    public interface TaggerHook {
        /**
         * Per-token IOB labels (B-PERS, I-LOC, O …) for tokens {@code [from, to)} of the layer, given
         * what the KB and rules found ({@code rules[i]}: index into PerceptronTagger.TAGS, 0 = O).
         */
        String[] tag(TextLayer t, int from, int to, byte[] rules, EntityRecognizer r);
    }

    /** Head noun key (short-forms.tsv) → ids of the organisations one of whose names begins with it. */
    final Map<String, Set<String>> shortFormIds;

    public EntityRecognizer(KnowledgeBase kb) { this(kb, null); }

    public EntityRecognizer(KnowledgeBase kb, TaggerHook tagger) {
        this.kb = kb;
        this.knownWords = kb.knownWordsWith(Lexicons.rawWords());
        TextAnalyzer analyzer = new TextAnalyzer(knownWords);
        this.lex = new Lexicons(analyzer);
        this.personNames = new PersonNames(analyzer, kb);
        List<KnowledgeBase.Name> names = new java.util.ArrayList<>(kb.names());
        names.addAll(agencyNames(analyzer));
        this.matcher = new NameMatcher(names);
        Map<String, Set<String>> heads = new java.util.HashMap<>();
        for (KnowledgeBase.Name n : kb.names()) {
            if (n.keys().length >= 2 && lex.shortHeads.contains(n.keys()[0]) && "ORG".equals(n.ref().kind().type)) {
                heads.computeIfAbsent(n.keys()[0], k -> new HashSet<>()).add(n.ref().id());
            }
        }
        this.shortFormIds = Map.copyOf(heads);
        this.tagger = tagger;
    }

    /** Words the text analyzer must know so clitic segmentation does not cut names or pattern words. */
    public Set<String> knownWords() { return knownWords; }

    /** A text analyzer configured with {@link #knownWords()}. */
    public TextAnalyzer newAnalyzer() { return new TextAnalyzer(knownWords); }

    public KnowledgeBase knowledgeBase() { return kb; }

    public EntityLayer recognize(Document doc, TextLayer text) {
        String[] keys = keys(text);
        int[] ids = matcher.ids(text);
        Scan scan = new Scan(this, doc, text, keys, ids);
        scan.run();
        DocumentPasses passes = scan.passes();
        passes.addShortForms();
        if (tagger != null) passes.addTagged(tagger);
        passes.addSurnames();
        passes.mergeNamesakePlaces();
        return EntityAssembler.assemble(doc.text(), text, scan.found(), scan.titles());
    }

    /** Match keys of every token (normalised stem without article), made once per distinct word. */
    static String[] keys(TextLayer t) {
        String[] k = new String[t.tokenCount()], byWord = new String[t.wordCount()];
        for (int i = 0; i < k.length; i++) {
            int w = t.wordId(i);
            if (byWord[w] == null) byWord[w] = KbNames.key(t.norm(i));
            k[i] = byWord[w];
        }
        return k;
    }

    /**
     * Dictionary matching alone over a layer: number of matches (for the speed benchmark and for
     * tagger features). {@code out[i]} receives the match's kind ordinal + 1 at its first token and
     * -(ordinal + 1) inside, 0 outside.
     */
    public int dictionaryPass(TextLayer t, byte[] out) {
        int[] ids = matcher.ids(t);
        int[] st = new int[1];
        int n = t.tokenCount(), count = 0;
        for (int s = 0; s < t.sentenceCount(); s++) {
            int end = t.sentenceEndToken(s);
            for (int i = t.sentenceFirstToken(s); i < end; ) {
                int e = matcher.longest(ids, i, end, st);
                if (e > i) {
                    count++;
                    if (out != null) {
                        byte kind = (byte) (matcher.refAt(st[0], 0).kind().ordinal() + 1);
                        out[i] = kind;
                        for (int j = i + 1; j < e; j++) out[j] = (byte) -kind;
                    }
                    i = e;
                } else {
                    i++;
                }
            }
        }
        return n == 0 ? 0 : count;
    }

    /**
     * News agencies from the ingest lexicon (lexicon/agencies.tsv, forms that name the agency
     * anywhere) as organisation names; they are no KB entries, so their ids start with "lex:".
     */
    private static List<KnowledgeBase.Name> agencyNames(TextAnalyzer a) {
        List<KnowledgeBase.Name> out = new java.util.ArrayList<>();
        if (EntityRecognizer.class.getResource("/lexicon/agencies.tsv") == null) return out;
        for (java.util.Map<String, String> row : Lexicons.rows("/lexicon/agencies.tsv")) {
            if (!"any".equals(row.get("context"))) continue;
            String name = row.get("canonical");
            org.marsad.kb.KbRef ref = new org.marsad.kb.KbRef("lex:" + name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                    org.marsad.kb.KbKind.INSTITUTION, null, "MED", name, 8, false);
            for (String form : row.get("forms").split("\\|")) {
                String[] keys = KbNames.keys(a, form.strip());
                if (keys.length > 0) out.add(new KnowledgeBase.Name(keys, ref));
            }
        }
        return out;
    }

    List<String> givenNameList() { return List.copyOf(lex.givenNames); }
}
