package org.marsad.quantity;

import org.marsad.quantity.QuantityLexicon.Qualifier;
import org.marsad.quantity.QuantityLexicon.Trigger;

/**
 * Reads who the victims of a casualty phrase are: a victim noun or demonym and what follows it
 * (adjectives, a genitive, an "من" phrase), the side a demonym gives, and a qualifier written inside.
 */
final class VictimReader {
    static final int VICTIM_TAIL = 4;

    /** A victims phrase; {@code post} is a qualifier written inside it ("36 عنصرا على الأقل من ..."). */
    record Victims(int start, int end, String number, String code, Qualifier post) {}

    private final QuantityLexicon lex;
    private final QuantityTagger figures;

    VictimReader(QuantityLexicon lex, QuantityTagger figures) {
        this.lex = lex;
        this.figures = figures;
    }

    /**
     * The victims phrase at token j: a victim noun or demonym, its adjectives, and an "من" phrase
     * ("عنصرا من قوات النظام السوري"); the first demonym gives the side.
     */
    Victims victims(Tokens t, int j, int limit, boolean afterFigure) {
        if (j >= limit) return null;
        int k = j;
        if (t.text(k).equals("من") && k + 1 < limit) k++;
        String w = t.text(k);
        String number = QuantityLexicon.lookup(lex.victimNouns, t, k);
        String code = QuantityLexicon.lookup(lex.demonyms, t, k);
        String bare = withoutPronoun(w);
        // Without a pronoun to take off it is the lookup just made.
        if (number == null && code == null && bare != w) number = QuantityLexicon.lookup(lex.victimNouns, bare);
        if (number == null && code == null) {
            // Right after a figure any noun names what was counted ("قتلت 3 متطرفين", "252 من الفصائل").
            if (!afterFigure || !genericHead(t, k, limit)) return null;
            number = "P";
        }
        if (number == null) number = "P";
        if (code == null) code = demonymOfDual(w);
        int start = k++;
        Qualifier post = null;
        while (k < limit && k - start <= VICTIM_TAIL + 2) {
            String x = t.text(k);
            Qualifier q = post == null ? figures.postQualifier(t, k, limit) : null;
            if (q != null) { post = q; k += q.tokens().length; continue; }
            if (t.isPunct(k) || t.isDigits(k) || x.startsWith("و") || lex.stops.contains(x)) break;
            String c = QuantityLexicon.lookup(lex.demonyms, t, k);
            // A demonym gives the side only right after the head ("جنود أرمن", "جندي إسرائيلي"); further on it
            // may describe something else ("ميليشيات الدعم السريع السودانية").
            if (c != null) { if (code == null && k == start + 1) code = c; k++; continue; }
            if (QuantityLexicon.lookup(lex.victimNouns, t, k) != null) { k++; continue; }
            // Definite words after the head are its adjectives or genitive: "الفصائل الموالية", "مسلحي الميليشيات".
            if (x.startsWith("ال") && x.length() > 3 && !QuantityLexicon.contains(lex.timeWords, t, k)
                    && !QuantityLexicon.contains(lex.notCount, t, k) && !startsTrigger(t, k, limit)) { k++; continue; }
            if (x.equals("من")) {
                int m = k + 1;
                while (m < limit && m - k <= VICTIM_TAIL && !t.isPunct(m) && !t.isDigits(m) && !lex.stops.contains(t.text(m))
                        && !t.text(m).startsWith("و") && !startsTrigger(t, m, limit)) {
                    String c2 = QuantityLexicon.lookup(lex.demonyms, t, m);
                    // "من قوات النظام السوري": the state's own forces.
                    if (c2 != null && code == null && QuantityLexicon.contains(lex.stateForces, t, k + 1)) code = c2;
                    m++;
                }
                if (m > k + 1) k = m;
            }
            break;
        }
        if (post != null && k == start + 1 + post.tokens().length) k = start + 1; // nothing after it: leave it to the caller
        return new Victims(start, k, number, code, k == start + 1 ? null : post);
    }

    /** A word that can head a victims phrase after a figure: a letter word, not a stop, unit or trigger. */
    private boolean genericHead(Tokens t, int k, int limit) {
        if (t.isPunct(k) || t.isDigits(k) || t.text(k).length() < 3) return false;
        if (QuantityLexicon.contains(lex.stops, t, k) || QuantityLexicon.contains(lex.notCount, t, k)
                || QuantityLexicon.contains(lex.timeWords, t, k) || lex.others.contains(t.text(k))) return false;
        if (t.text(k).startsWith("و") && t.text(k).length() > 3) return false;
        return !startsTrigger(t, k, limit) && QuantityLexicon.lookup(lex.numberWords(), t, k) == null;
    }

    /** The side of a dual demonym: "فلسطينيان" → PSE. */
    private String demonymOfDual(String w) {
        for (String suf : new String[] {"ان", "ين"}) {
            if (w.endsWith(suf) && w.length() > 4) {
                String c = lex.demonyms.get(w.substring(0, w.length() - suf.length()));
                if (c != null) return c;
            }
        }
        return null;
    }

    /** "جنوده" → جنود: an attached pronoun taken off a victim noun. */
    private static String withoutPronoun(String w) {
        for (String suf : new String[] {"هما", "هم", "ها", "ه"}) {
            if (w.endsWith(suf) && w.length() - suf.length() >= 3) return w.substring(0, w.length() - suf.length());
        }
        return w;
    }

    boolean startsTrigger(Tokens t, int i, int limit) {
        for (Trigger tr : QuantityLexicon.startingAt(lex.triggersByFirst, t, i)) if (QuantityLexicon.matchAt(t, i, tr.tokens()) > 0) return true;
        return QuantityLexicon.lookup(lex.after, t, i) != null || QuantityLexicon.lookup(lex.afterPlural, t, i) != null;
    }

    static boolean noPunct(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) if (t.isPunct(k) || t.isDigits(k)) return false;
        return true;
    }

    /** Size given by the victims noun itself when there is no figure: one, two, or none for a plural. */
    static Size nounSize(VictimReader.Victims v) {
        if (v == null || v.number() == null) return null;
        return switch (v.number()) { case "S" -> Size.exactly(1); case "D" -> Size.exactly(2); default -> null; };
    }

    /**
     * The count of {@code v} (a singular or dual noun, no figure) and the singular or dual victim nouns
     * joined to it by و, with the token after the last, when at least one is joined; else null.
     */
    int[] joined(Tokens t, Victims v, int limit) {
        Size first = nounSize(v);
        if (first == null) return null;
        int total = first.best(), k = v.end(), parts = 1;
        while (k < limit && t.text(k).startsWith("و") && t.text(k).length() > 2 && !startsTrigger(t, k, limit)) {
            Victims w = victims(t, k, limit, false);
            Size s = w == null ? null : nounSize(w);
            if (s == null || figures.figure(t, k, limit) != null) break;
            total += s.best();
            k = w.end();
            parts++;
        }
        return parts > 1 ? new int[] {total, k} : null;
    }
}
