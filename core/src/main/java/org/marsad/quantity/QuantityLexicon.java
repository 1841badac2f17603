package org.marsad.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFile;

/** The word lists of {@code quantity/}: numbers, vague words, qualifiers, casualty words, victims. */
final class QuantityLexicon {
    enum Effect { EXACT, AT_LEAST, MORE_THAN, ABOUT, LESS_THAN, AT_MOST }

    record NumberWord(String kind, long value) {}
    record Qualifier(String[] tokens, Effect effect, boolean post) {}
    record Trigger(CasualtyKind kind, String role, String[] tokens, List<String[]> ends) {}

    final Map<String, NumberWord> numberWords = new HashMap<>();
    final Map<String, Size> vague = new HashMap<>();
    final List<Qualifier> qualifiers = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    /** Triggers and qualifiers by their first word, longest first within each list. */
    final Map<String, List<Trigger>> triggersByFirst = new HashMap<>();
    final Map<String, List<Qualifier>> qualifiersByFirst = new HashMap<>();
    /** Counted nouns after a figure ("قتيلا") and duals ("قتيلان") → kind. */
    final Map<String, CasualtyKind> after = new HashMap<>(), afterPlural = new HashMap<>(), dual = new HashMap<>();
    /** Words after which a counted noun stands alone ("سقوط قتيل"). */
    final java.util.Set<String> cues = new java.util.HashSet<>();
    /** Words that end a victim phrase. */
    final java.util.Set<String> stops = new java.util.HashSet<>();
    /** Nouns that, right after an active verb, name the attackers, not the victims ("خطف مسلحون"). */
    final java.util.Set<String> agents = new java.util.HashSet<>();
    /** "Others" (آخرين، آخرون): a figure with it counts only the kind right before it. */
    final java.util.Set<String> others = java.util.Set.of("اخرين", "اخرون", "اخري");
    /** Words for a state's forces: a demonym in "من قوات النظام السوري" gives the victims' side. */
    final java.util.Set<String> stateForces = new java.util.HashSet<>();
    /** Time words that may stand between a casualty verb and its figure ("قتل ليلة أمس 5"). */
    final java.util.Set<String> timeWords = new java.util.HashSet<>();
    /** SUBJECT rows of casualties.tsv: singular passive verbs after a fronted victim, and the words opening that clause. */
    final java.util.Set<String> subjectVerbs = new java.util.HashSet<>(), subjectOpeners = new java.util.HashSet<>();
    /** no-casualties.tsv: negations, the words between, and the nouns with the kinds they count. */
    final java.util.Set<String> noneNeg = new java.util.HashSet<>(), noneFill = new java.util.HashSet<>();
    final List<Map.Entry<String[], List<CasualtyKind>>> noneNouns = new ArrayList<>();
    /** Nouns after which a figure does not count people. */
    final java.util.Set<String> notCount = new java.util.HashSet<>();
    /** Victim nouns → S, D or P; demonyms → ISO3. */
    final Map<String, String> victimNouns = new HashMap<>(), demonyms = new HashMap<>();

    private static QuantityLexicon defaults;

    /**
     * Every word that a map or set above holds (the keys of the maps): the casualty readers ask
     * each token against a dozen of them, and for most tokens no reading is in any, which
     * {@link Tokens#lexical} then answers once per distinct word. Written by the constructor.
     */
    private static volatile java.util.Set<String> allWords = java.util.Set.of();

    static java.util.Set<String> allWords() { return allWords; }

    static synchronized QuantityLexicon defaults() {
        if (defaults == null) defaults = new QuantityLexicon();
        return defaults;
    }

    private QuantityLexicon() {
        read("/quantity/numbers.tsv", c -> {
            for (String f : forms(c[2])) numberWords.put(f, new NumberWord(c[0], Long.parseLong(c[1])));
        });
        read("/quantity/vague.tsv", c -> vague.put(norm(c[0]), new Size(intOrNull(c[1]), intOrNull(c[2]), intOrNull(c[3]))));
        read("/quantity/qualifiers.tsv", c -> qualifiers.add(new Qualifier(norm(c[0]).split(" "), Effect.valueOf(c[1]), c[2].equals("POST"))));
        qualifiers.sort(Comparator.comparingInt((Qualifier q) -> -q.tokens().length));
        read("/quantity/casualties.tsv", c -> {
            if (c[1].equals("CUE")) { cues.addAll(forms(c[2])); return; }
            if (c[1].equals("SUBJECT")) { subjectVerbs.addAll(forms(c[2])); subjectOpeners.addAll(forms(c[3])); return; }
            CasualtyKind kind = CasualtyKind.valueOf(c[0]);
            List<String[]> ends = new ArrayList<>();
            if (!c[3].equals("-")) for (String e : forms(c[3])) ends.add(e.split(" "));
            for (String f : forms(c[2])) {
                switch (c[1]) {
                    case "AFTER" -> after.put(f, kind);
                    case "AFTERPL" -> afterPlural.put(f, kind);
                    case "DUAL" -> dual.put(f, kind);
                    case "NOUN", "VERB", "SPLIT" -> triggers.add(new Trigger(kind, c[1], f.split(" "), ends));
                    default -> throw new IllegalStateException("casualties.tsv: unknown role " + c[1]);
                }
            }
        });
        triggers.sort(Comparator.comparingInt((Trigger t) -> -t.tokens().length));
        for (Trigger tr : triggers) triggersByFirst.computeIfAbsent(tr.tokens()[0], k -> new ArrayList<>()).add(tr);
        for (Qualifier q : qualifiers) qualifiersByFirst.computeIfAbsent(q.tokens()[0], k -> new ArrayList<>()).add(q);
        read("/quantity/no-casualties.tsv", c -> {
            switch (c[0]) {
                case "NEG" -> noneNeg.addAll(forms(c[2]));
                case "FILL" -> noneFill.addAll(forms(c[2]));
                case "NOUN" -> {
                    List<CasualtyKind> kinds = new ArrayList<>();
                    for (String k : c[1].split("\\+")) kinds.add(CasualtyKind.valueOf(k));
                    for (String f : forms(c[2])) noneNouns.add(Map.entry(f.split(" "), List.copyOf(kinds)));
                }
                default -> throw new IllegalStateException("no-casualties.tsv: unknown role " + c[0]);
            }
        });
        noneNouns.sort(Comparator.comparingInt((Map.Entry<String[], List<CasualtyKind>> e) -> -e.getKey().length));
        read("/quantity/victims.tsv", c -> {
            for (String f : forms(c[1])) {
                if (c[0].equals("STOP")) stops.add(f);
                else if (c[0].equals("NOTCOUNT")) notCount.add(f);
                else if (c[0].equals("AGENT")) agents.add(f);
                else if (c[0].equals("TIMEWORD")) timeWords.add(f);
                else if (c[0].equals("FORCES")) stateForces.add(f);
                else if (c[0].equals("NOUN")) victimNouns.putIfAbsent(f, c[2]);
                else demonyms.put(f, c[3]);
            }
        });
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Map<String, ?> m : List.of(numberWords, vague, triggersByFirst, qualifiersByFirst, after, afterPlural, dual, victimNouns, demonyms)) {
            all.addAll(m.keySet());
        }
        for (java.util.Set<String> set : List.of(cues, stops, agents, others, stateForces, timeWords, subjectVerbs, subjectOpeners,
                noneNeg, noneFill, notCount)) {
            all.addAll(set);
        }
        allWords = org.marsad.text.WordSet.of(all);
    }

    Map<String, NumberWord> numberWords() {
        return numberWords;
    }

    private static Integer intOrNull(String s) {
        return s.equals("-") ? null : Integer.valueOf(s);
    }

    static String norm(String s) {
        return ArabicNormalizer.normalize(s).trim().replaceAll("\\s+", " ");
    }

    private static List<String> forms(String cell) {
        List<String> out = new ArrayList<>();
        for (String f : cell.split("\\|")) if (!norm(f).isEmpty()) out.add(norm(f));
        return out;
    }

    private static void read(String resource, Consumer<String[]> row) {
        DataFile.forEachRow(resource, row);
    }

    /** The value of a map for a word read with or without its clitics, or null. */
    static <V> V lookup(Map<String, V> map, String word) {
        for (String v : Tokens.variants(word)) {
            V x = map.get(v);
            if (x != null) return x;
        }
        return null;
    }

    /** Entries of a first-word index that may start at token i (any clitic reading), longest first. */
    static <V> List<V> startingAt(Map<String, List<V>> index, Tokens t, int i) {
        if (!t.lexical(i)) return List.of();
        List<V> out = null;
        for (String v : t.readings(i)) {
            List<V> l = index.get(v);
            if (l == null) continue;
            if (out == null) out = new ArrayList<>();
            out.addAll(l);
        }
        return out == null ? List.of() : out;
    }

    /** {@link #lookup(Map, String)} for token i, with its cached readings. */
    static <V> V lookup(Map<String, V> map, Tokens t, int i) {
        if (!t.lexical(i)) return null;
        for (String v : t.readings(i)) {
            V x = map.get(v);
            if (x != null) return x;
        }
        return null;
    }

    static boolean contains(java.util.Set<String> set, Tokens t, int i) {
        if (!t.lexical(i)) return false;
        for (String v : t.readings(i)) if (set.contains(v)) return true;
        return false;
    }

    /** True when the set holds the word read with or without its clitics. */
    static boolean contains(java.util.Set<String> set, String word) {
        for (String v : Tokens.variants(word)) if (set.contains(v)) return true;
        return false;
    }

    /** End (exclusive) of {@code seq} matched at token {@code i}, the first word read with its clitics; or -1. */
    static int matchAt(Tokens t, int i, String[] seq) {
        if (i + seq.length > t.size()) return -1;
        // a reading ends as its word does (clitics go from the front): most words fail that test first
        if (!t.text(i).endsWith(seq[0]) || !t.variants(i).contains(seq[0])) return -1;
        for (int k = 1; k < seq.length; k++) if (!t.text(i + k).equals(seq[k])) return -1;
        return i + seq.length;
    }
}
