package org.marsad.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/**
 * How KB names become match keys. A name is segmented by the same {@link TextAnalyzer} that reads
 * news text (built with every KB name token as a known word), and each token's normalised stem
 * loses a leading article, so العراق، والعراق، للعراق and بالعراق all give the key عراق and an
 * adjective matches with or without its article (التركية / تركية).
 */
public final class KbNames {
    private KbNames() {}

    /** The match key of a normalised stem: the stem without a leading ال when enough is left. */
    public static String key(String norm) {
        if (norm.length() >= 4 && norm.charAt(0) == 'ا' && norm.charAt(1) == 'ل') return norm.substring(2);
        return norm;
    }

    /**
     * Adds the raw normalised word tokens of a name to {@code out} (what the text analyzer should treat
     * as known words); returns the first of them, or null for a name with none.
     */
    static String addRawTokens(String name, Set<String> out) {
        String n = ArabicNormalizer.normalize(name), first = null;
        int i = 0, len = n.length();
        while (i < len) {
            while (i < len && !Character.isLetterOrDigit(n.charAt(i))) i++;
            int j = i;
            while (j < len && Character.isLetterOrDigit(n.charAt(j))) j++;
            if (j > i) {
                String w = n.substring(i, j);
                out.add(w);
                if (first == null) first = w;
            }
            i = j;
        }
        return first;
    }

    /**
     * Drops from a set of known words those that are و + another of them ("وأذربيجان"), and those that
     * are ل/لل + another and begin no name ({@code leading}): "للأمم" of "مجلس الأمن التابع للأمم المتحدة"
     * must not stay whole in "رسالة للأمم المتحدة" (لبنان, which begins a name, stays).
     */
    static void dropCliticForms(Set<String> tokens, Set<String> leading) {
        Set<String> all = Set.copyOf(tokens);
        tokens.removeIf(w -> w.length() >= 5 && w.charAt(0) == 'و' && all.contains(w.substring(1))
                || !leading.contains(w) && (w.length() >= 5 && w.charAt(0) == 'ل' && all.contains(w.substring(1))
                    || w.length() >= 5 && w.startsWith("لل") && all.contains("ال" + w.substring(2))));
    }

    /** Match keys of one name, one per word token (punctuation dropped); empty for an empty name. */
    public static String[] keys(TextAnalyzer analyzer, String name) {
        TextLayer t = analyzer.analyze(Document.of("kb", null, name, null));
        List<String> out = new ArrayList<>(t.tokenCount());
        for (int i = 0; i < t.tokenCount(); i++) {
            String k = t.norm(i);
            if (k.isEmpty() || !Character.isLetterOrDigit(k.charAt(0))) continue;
            out.add(key(k));
        }
        return out.toArray(new String[0]);
    }
}
