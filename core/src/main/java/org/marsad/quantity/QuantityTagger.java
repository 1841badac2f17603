package org.marsad.quantity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.quantity.QuantityLexicon.Effect;
import org.marsad.quantity.QuantityLexicon.Qualifier;

/**
 * Finds figures with their qualifiers ("ما لا يقل عن 30", "نحو مئة", "عشرات", "3 آلاف على الأقل")
 * and gives each the spec's Size (EVENTS.md §2). Qualifiers are data: {@code quantity/qualifiers.tsv}.
 * Thread-safe.
 */
public final class QuantityTagger {
    /** A figure with its qualifiers, as token indices: [start, end) including the qualifiers. */
    record Figure(int start, int numberEnd, int end, Size size, boolean vague) {}

    private final QuantityLexicon lex;
    private final NumberParser numbers;

    public QuantityTagger() {
        this(QuantityLexicon.defaults());
    }

    QuantityTagger(QuantityLexicon lex) {
        this.lex = lex;
        this.numbers = new NumberParser(lex);
    }

    /** All figures of {@code text} in text order. */
    public List<Quantity> tag(String text) {
        Tokens t = new Tokens(text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Figure f = figure(t, i, t.size());
            if (f == null) { i++; continue; }
            int end = f.numberEnd();
            Qualifier post = postQualifier(t, end, t.size());
            if (post == null && end < t.size() && !t.isPunct(end)) post = postQualifier(t, end + 1, t.size());
            Size size = f.size();
            int last = f.numberEnd();
            if (post != null) {
                int pe = QuantityLexicon.matchAt(t, t.text(end).equals(post.tokens()[0]) ? end : end + 1, post.tokens());
                if (pe > 0) { last = pe; size = apply(f.size(), f.vague(), post.effect()); }
            }
            int s = t.start(f.start()), e = t.end(last - 1);
            out.add(new Quantity(s, e, text.substring(s, e), size, f.vague()));
            i = last;
        }
        return out;
    }

    /** A figure starting at token i, with a qualifier in front if there is one. */
    Figure figure(Tokens t, int i, int limit) {
        if (i >= limit) return null;
        for (Qualifier q : QuantityLexicon.startingAt(lex.qualifiersByFirst, t, i)) {
            if (q.post()) continue;
            int e = QuantityLexicon.matchAt(t, i, q.tokens());
            if (e < 0 || e >= limit) continue;
            NumberParser.Match m = numbers.match(t, e);
            if (m != null && m.end() <= limit) return new Figure(i, m.end(), m.end(), apply(m.size(), m.vague(), q.effect()), m.vague());
        }
        NumberParser.Match m = numbers.match(t, i);
        if (m == null || m.end() > limit) return null;
        return new Figure(i, m.end(), m.end(), m.size(), m.vague());
    }

    /** A qualifier that follows a figure ("على الأقل", "تقريبا") at token j, or null. */
    Qualifier postQualifier(Tokens t, int j, int limit) {
        if (j >= limit) return null;
        for (Qualifier q : QuantityLexicon.startingAt(lex.qualifiersByFirst, t, j)) {
            if (!q.post()) continue;
            int e = QuantityLexicon.matchAt(t, j, q.tokens());
            if (e > 0 && e <= limit) return q;
        }
        return null;
    }

    /** The spec's qualifier rules. Vague figures keep their own bounds. */
    static Size apply(Size base, boolean vague, Effect effect) {
        if (vague || base == null || base.best() == null) return base;
        int n = base.best();
        return switch (effect) {
            case AT_LEAST -> new Size(n, n, null);
            case MORE_THAN -> new Size(n + 1, n + 1, null);
            case LESS_THAN -> new Size(null, n - 1, n - 1);
            case AT_MOST -> new Size(null, n, n);
            default -> new Size(null, n, null);
        };
    }
}
