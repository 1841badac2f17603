package org.marsad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFile;

/**
 * The words of {@code time/lexicon.tsv} and {@code time/numbers.tsv}: per category, normalised
 * form → key, and the regular-expression alternation the rules use for it.
 */
final class TimeLexicon {
    private final Map<String, Map<String, String>> byCategory = new HashMap<>();

    TimeLexicon(String lexiconResource, String numbersResource) {
        load(lexiconResource);
        load(numbersResource);
        // Months that may stand alone: every month form except those listed NOT_BARE.
        Map<String, String> bare = new HashMap<>(forms("MONTH"));
        for (String f : forms("NOT_BARE").keySet()) bare.remove(f);
        byCategory.put("MONTHB", bare);
    }

    private void load(String resource) {
        DataFile.forEachRow(resource, c -> {
            if (c.length < 3) throw new IllegalStateException("expected 3 columns");
            Map<String, String> m = byCategory.computeIfAbsent(c[0], k -> new HashMap<>());
            for (String form : c[2].split("\\|")) {
                String f = norm(form);
                if (!f.isEmpty()) m.putIfAbsent(f, c[1]);
            }
        });
    }

    static String norm(String s) {
        return collapseSpaces(ArabicNormalizer.normalize(s).trim());
    }

    /** {@code s.replaceAll("\\s+", " ")} without a regex: the tagger keys every matched group through it. */
    static String collapseSpaces(String s) {
        int n = s.length(), i = 0;
        while (i < n && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || (i + 1 < n && isSpace(s.charAt(i + 1)))))) i++;
        if (i == n) return s; // no run to collapse, no space other than ' '
        StringBuilder sb = new StringBuilder(n).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (!isSpace(c)) { sb.append(c); i++; continue; }
            sb.append(' ');
            while (i < n && isSpace(s.charAt(i))) i++;
        }
        return sb.toString();
    }

    /** What \\s matches in java.util.regex without UNICODE_CHARACTER_CLASS. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean allDigits(String t) {
        if (t.isEmpty()) return false;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) < '0' || t.charAt(i) > '9') return false;
        return true;
    }

    Map<String, String> forms(String category) {
        return byCategory.getOrDefault(category, Map.of());
    }

    boolean hasCategory(String category) {
        return byCategory.containsKey(category);
    }

    /**
     * Key of a matched text in a category. Tolerates the article or a leading ل that a rule left
     * inside a group ("الخميس" → خميس) and spacing differences.
     */
    String key(String category, String matched) {
        if (matched == null) return null;
        Map<String, String> m = forms(category);
        String s = collapseSpaces(matched.trim());
        String k = m.get(s);
        if (k == null && s.startsWith("ال")) k = m.get(s.substring(2));
        if (k == null && s.startsWith("ل")) k = m.get(s.substring(1));
        return k;
    }

    /**
     * Regex alternation of a category's forms, as a trie (Java tries alternatives one by one, so
     * shared prefixes are factored out); a longer form is tried before its prefix. Spaces inside
     * forms match any gap.
     */
    String alternation(String category) {
        Trie root = new Trie();
        for (String f : forms(category).keySet()) {
            Trie n = root;
            for (char c : f.toCharArray()) n = n.next.computeIfAbsent(c, k -> new Trie());
            n.terminal = true;
        }
        String body = root.regex();
        return "(?:" + (body.isEmpty() ? "(?!)" : body) + ")";
    }

    private static final class Trie {
        final java.util.TreeMap<Character, Trie> next = new java.util.TreeMap<>();
        boolean terminal;

        String regex() {
            if (next.isEmpty()) return "";
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Character, Trie> e : next.entrySet()) parts.add(literal(String.valueOf(e.getKey())) + e.getValue().regex());
            String alt = parts.size() == 1 ? parts.get(0) : "(?:" + String.join("|", parts) + ")";
            if (!terminal) return alt;
            return (parts.size() == 1 ? "(?:" + alt + ")" : alt) + "?";
        }
    }

    /** Regex for a compound cardinal written in words: "خمسة وتسعين", "ثلاثة آلاف". */
    String cardinalPattern() {
        String w = alternation("CARD");
        return "(?:" + w + "(?:(?:\\s+و\\s*|\\s+)" + w + "(?![\\p{L}]))*)";
    }

    /** Value of a number written in digits or in words, or -1. */
    long number(String s) {
        if (s == null) return -1;
        String t = s.trim();
        if (allDigits(t)) return Long.parseLong(t);
        long total = 0, current = 0;
        boolean any = false;
        String[] words = t.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String p = words[i];
            // Two-word forms ("أحد عشر") are listed whole.
            String k = i + 1 < words.length ? forms("CARD").get(p + " " + words[i + 1]) : null;
            if (k != null) i++;
            else k = forms("CARD").get(p);
            if (k == null && p.startsWith("و")) k = forms("CARD").get(p = p.substring(1));
            if (k == null) { if (p.equals("و") || p.isEmpty()) continue; return -1; }
            any = true;
            long v = Long.parseLong(k);
            if (v == 100 || v == 1000) {
                current = (current == 0 ? 1 : current) * v;
                if (v == 1000) { total += current; current = 0; }
            } else {
                current += v;
            }
        }
        return any ? total + current : -1;
    }

    static String literal(String form) {
        StringBuilder sb = new StringBuilder();
        for (char c : form.toCharArray()) {
            if (c == ' ') { sb.append("\\s+"); continue; }
            if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
