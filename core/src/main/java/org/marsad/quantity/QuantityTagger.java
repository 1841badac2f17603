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
        // "ما بين 40 و60": the range opens before its first figure
        int opener = t.text(i).equals("ما") && i + 1 < limit && t.text(i + 1).equals("بين") ? 2 : t.text(i).equals("بين") ? 1 : 0;
        if (opener > 0) {
            NumberParser.Match first = numbers.match(t, i + opener);
            Figure r = first == null || first.end() > limit ? null : range(t, i + opener, first, limit);
            return r == null ? null : new Figure(i, r.numberEnd(), r.end(), r.size(), false);
        }
        NumberParser.Match m = numbers.match(t, i);
        if (m == null || m.end() > limit) return null;
        Figure range = range(t, i, m, limit);
        if (range != null) return range;
        return new Figure(i, m.end(), m.end(), m.size(), m.vague());
    }

    /**
     * A range of two figures is one figure: "بين 22 و33 قتيلا", "من 20 إلى 30", "بين 22 إلى 33",
     * "20-30 قتيلا" → low the first, best the first (the figure the source vouches for), high the
     * second. With و the range needs بين before it ("قتل 5 و10 جرحوا" is no range).
     */
    private Figure range(Tokens t, int i, NumberParser.Match m, int limit) {
        if (m.vague() || m.size().best() == null || m.end() + 1 >= limit) return null;
        String link = t.text(m.end());
        String before = i > 0 ? t.text(i - 1) : "";
        boolean between = before.equals("بين") || before.equals("وبين");
        boolean ok = switch (link) {
            case "-" -> true;
            case "الي", "حتي" -> between || before.equals("من");
            case "و" -> between;
            default -> false;
        };
        if (!ok) return null;
        NumberParser.Match m2 = numbers.match(t, m.end() + 1);
        if (m2 == null || m2.vague() || m2.end() > limit || m2.size().best() == null || m2.size().best() <= m.size().best()) return null;
        int lo = m.size().best();
        return new Figure(i, m2.end(), m2.end(), new Size(lo, lo, m2.size().best()), false);
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
