package org.marsad.quantity;

import java.util.List;

/**
 * One victim named before a singular passive verb in a reported clause: "ذكرت المصادر أن شابا آخر
 * يدعى فلان (27 عاما) قتل بعد إصابته", "أن الصحافي ... قتل بالرصاص", "أن القيادي، رئيس المجلس، قُتل
 * يوم الخميس". The clause opens with أن/إن and its subject (a name or a singular noun) stands
 * before the verb; no figure or victims may follow the verb, or it is active ("أن القوات قتلت في
 * الهجوم 5 مسلحين"). Verbs and openers are the SUBJECT rows of {@code quantity/casualties.tsv}.
 */
final class SubjectVictimReader {
    /** The subject, its apposition and a parenthesis ("(27 عاما)") fit in this many tokens. */
    private static final int MAX_SUBJECT = 12, CHECK_AFTER = 5;
    private final QuantityLexicon lex;
    private final QuantityTagger figures;
    private final VictimReader reader;

    SubjectVictimReader(QuantityLexicon lex, QuantityTagger figures, VictimReader reader) {
        this.lex = lex;
        this.figures = figures;
        this.reader = reader;
    }

    /** The clause opening at token i (its أن), or null. */
    CasualtyTagger.Found at(Tokens t, int i, int limit) {
        if (!lex.subjectOpeners.contains(t.text(i)) || i + 2 >= limit) return null;
        int s = i + 1;
        if (!subjectHead(t, s, limit)) return null;
        for (int v = s + 1; v < Math.min(limit, s + MAX_SUBJECT); v++) {
            String w = t.text(v);
            if (".:;!?؟".contains(w) || lex.subjectOpeners.contains(w) || t.variants(v).contains("الذي")) return null;
            if (!lex.subjectVerbs.contains(w)) continue;
            if (!noObjectAfter(t, v + 1, limit)) return null;
            int vs = v > s + 1 && t.text(v - 1).equals("قد") ? v - 1 : v;
            if (vs <= s) return null;
            return new CasualtyTagger.Found(List.of(new Casualty(t.start(s), t.end(v), CasualtyKind.KILLED, Size.exactly(1),
                    t.original.substring(t.start(s), t.end(vs - 1)), null)), v + 1);
        }
        return null;
    }

    /** A name or a singular noun: not a figure, a plural or dual victim noun, a force or an attacker word. */
    private boolean subjectHead(Tokens t, int s, int limit) {
        if (t.isPunct(s) || t.isDigits(s) || t.text(s).length() < 3 || figures.figure(t, s, limit) != null) return false;
        String number = QuantityLexicon.lookup(lex.victimNouns, t, s);
        if (number != null && !number.equals("S")) return false;
        if (QuantityLexicon.contains(lex.stateForces, t, s) || QuantityLexicon.contains(lex.agents, t, s)) return false;
        return !QuantityLexicon.contains(lex.stops, t, s) && !QuantityLexicon.contains(lex.timeWords, t, s)
                && !reader.startsTrigger(t, s, limit);
    }

    /** No figure and no victim noun in the words after the verb: it has no object. */
    private boolean noObjectAfter(Tokens t, int from, int limit) {
        // "إن امرأة قتلت وجرح خمسة أشخاص": a coordinated verb of harm opens a clause of its own; what follows is its
        if (from < limit && t.text(from).startsWith("و") && reader.startsTrigger(t, from, limit)) return true;
        if (from < limit && !t.isPunct(from) && !QuantityLexicon.contains(lex.stops, t, from)
                && !QuantityLexicon.contains(lex.timeWords, t, from) && !t.text(from).startsWith("ب")) return false;
        for (int k = from; k < Math.min(limit, from + CHECK_AFTER); k++) {
            if (t.isPunct(k) && ".;:!?".contains(t.text(k))) break;
            if (figures.figure(t, k, limit) != null || QuantityLexicon.lookup(lex.victimNouns, t, k) != null) return false;
        }
        return true;
    }
}
