package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.entity.Mention;
import org.marsad.entity.MentionKind;
import org.marsad.quantity.Size;
import org.marsad.text.TextLayer;

/**
 * "مقتل القيادي صالح الصماد"، "اغتيال وزير الدفاع": the killing of a named person (a name, or a
 * title that stands for one) is one dead, and "مقتل فلان وفلان" two, though no figure is written.
 * A toll known so keeps the killing of one leader apart from a strike that killed dozens the same
 * day. Only the verbal nouns of killing ({@code named-killing} in cue-words.tsv): after a verb the
 * person named next may be its subject, the killer.
 */
final class NamedVictims {
    private NamedVictims() {}

    private static final Set<String> KILLING_NOUNS = CueWords.set("named-killing");

    /** Gives each such killing in {@code cs} with no casualty figure its count of named victims. */
    static void count(List<Candidate> cs, String text, TextLayer tl, List<Mention> mentions) {
        java.util.Set<String> persons = new java.util.HashSet<>();
        for (Mention m : mentions) if (m.kind() == MentionKind.PERSON && amongTheDead(tl, m.firstToken())) persons.add(key(text, m));
        for (Candidate c : cs) c.personsNamed = persons;
        for (Candidate c : cs) {
            if (!c.type.equals("ASSAULT") || c.killed != null || c.injured != null || c.trigEnd - c.trigStart != 1) continue;
            int t = c.trigStart;
            if (!KILLING_NOUNS.contains(tl.surfaceNorm(t)) && !KILLING_NOUNS.contains(tl.norm(t))) continue;
            Mention first = personWithin(mentions, c.trigEnd, titleEnd(tl, c.trigEnd, tl.sentenceEndToken(tl.sentenceOf(t))));
            java.util.Set<String> dead = new java.util.HashSet<>();
            int at = first == null ? -1 : first.firstToken();
            for (Mention m = first; m != null; m = personAt(mentions, at)) {
                if (!dead.isEmpty() && (tl.proclitics(m.firstToken()) & TextLayer.WA) == 0) break;   // only persons joined by و
                dead.add(key(text, m));
                at = m.endToken();
            }
            if (dead.isEmpty()) continue;
            c.killed = Size.exactly(dead.size());
            c.namedDead = dead;
        }
    }

    /**
     * True when one of the two tells its toll by named dead that the other's sentence names too:
     * "مقتل قائد الحوثيين" and "قتل 25 مسلحا بينهم قائد الحوثيين" are one act, whatever the counts.
     */
    static boolean namedAmong(Candidate a, Candidate b) {
        return !a.namedDead.isEmpty() && b.personsNamed.containsAll(a.namedDead)
                || !b.namedDead.isEmpty() && a.personsNamed.containsAll(b.namedDead);
    }

    private static final Set<String> AMONG = CueWords.set("among-dead");

    /** "بينهم القيادي فلان"، "من بينهم": a person named in the aside of a toll, a word or three after its head. */
    private static boolean amongTheDead(TextLayer tl, int first) {
        int a = tl.sentenceFirstToken(tl.sentenceOf(first));
        for (int p = first - 1; p >= Math.max(a, first - 3); p--) {
            if (AMONG.contains(tl.surfaceNorm(p)) || AMONG.contains(tl.norm(p))) return true;
            if (!UnitWords.isWord(tl, p)) return false;
        }
        return false;
    }

    /** A person's key: the mention's text, normalised, without a و on it. */
    private static String key(String text, Mention m) {
        String k = org.marsad.text.ArabicNormalizer.normalize(text.substring(m.start(), m.end()));
        return k.startsWith("و") && k.length() > 3 ? k.substring(1) : k;
    }

    private static final Set<String> TITLE_HEADS = CueWords.set("title-head");

    /**
     * Where the name starts after the title words that may stand before it: "القيادي البارز"،
     * "رئيس المجلس السياسي"، "العالم النووي"، "القيادي في حركة حماس" — up to six plain words (one of
     * them may be the في of membership), the first a title head or definite (not "جنود الرئيس" or
     * "حراس القائد": many dead), none with a preposition or و on it.
     * {@code from} itself when no such words are there.
     */
    private static int titleEnd(TextLayer tl, int from, int limit) {
        if (from >= limit) return from;
        String w0 = tl.surfaceNorm(from);
        if (!TITLE_HEADS.contains(w0) && !TITLE_HEADS.contains(tl.norm(from)) && (tl.proclitics(from) & TextLayer.AL) == 0
                && !(w0.startsWith("ال") && w0.length() > 3)) return from;
        int end = from;
        boolean member = false;   // one "في" of membership may stand in the title: "القيادي في حركة حماس فلان"
        while (end < limit && end - from < 6 && UnitWords.isWord(tl, end)
                && (tl.proclitics(end) & (TextLayer.WA | TextLayer.BI | TextLayer.LI | TextLayer.FA)) == 0) {
            String w = tl.surfaceNorm(end);
            if (UnitWords.isFunction(w) && !(w.equals("في") && !member && end > from)) break;
            if (w.equals("في")) member = true;
            end++;
        }
        return end;
    }

    /** The person mention starting at {@code token}, or null. */
    private static Mention personAt(List<Mention> mentions, int token) {
        for (Mention m : mentions) if (m.firstToken() == token && m.kind() == MentionKind.PERSON) return m;
        return null;
    }

    /** A person mention that begins in [from, to], the nearest first. */
    private static Mention personWithin(List<Mention> mentions, int from, int to) {
        for (int t = from; t <= to; t++) {
            Mention m = personAt(mentions, t);
            if (m != null) return m;
        }
        return null;
    }
}
