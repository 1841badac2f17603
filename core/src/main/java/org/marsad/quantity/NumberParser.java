package org.marsad.quantity;

/**
 * Reads Arabic figures: digits in either script with Arabic or Latin separators ("1,200", "١٬٢٠٠",
 * "2.5 مليون"), number words in every gender and case with compounds ("ثلاثة وعشرين", "خمسة عشر",
 * "مئتان وخمسون ألفا"), and vague quantities ("عشرات", "مئات الآلاف"). Words are data:
 * {@code quantity/numbers.tsv}, {@code quantity/vague.tsv}. Thread-safe.
 */
public final class NumberParser {
    /** A figure read at a token: its Size before any qualifier, and the token after it. */
    record Match(Size size, boolean vague, int end) {}

    private static final java.util.regex.Pattern COMMA_THOUSANDS = java.util.regex.Pattern.compile("[0-9]{1,3}(,[0-9]{3})+"),
            POINT_THOUSANDS = java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");

    private final QuantityLexicon lex;

    public NumberParser() {
        this(QuantityLexicon.defaults());
    }

    NumberParser(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** The value of a whole phrase that is one figure ("ثلاثة آلاف", "1٬200", "عشرات"), or null. */
    public Long parse(String phrase) {
        if (phrase == null) return null;
        Tokens t = new Tokens(phrase);
        if (t.size() == 0) return null;
        Match m = match(t, 0);
        if (m == null || m.end() != t.size() || m.size().best() == null) return null;
        return m.size().best().longValue();
    }

    /** The figure that starts at token {@code i}, or null. */
    Match match(Tokens t, int i) {
        if (i >= t.size()) return null;
        if (t.isDigits(i)) {
            int end = i + 1;
            QuantityLexicon.NumberWord s = end < t.size() ? lex.numberWords.get(t.text(end)) : null;
            boolean scaled = s != null && (s.kind().equals("SCALE") || s.kind().equals("HUNDRED"));
            Double v = digits(t.text(i), scaled);
            if (v == null) return null;
            if (scaled) { v *= s.value(); end++; }
            if (v > Integer.MAX_VALUE || v != Math.floor(v)) return null;
            return new Match(Size.exactly(v.intValue()), false, end);
        }
        Size vg = QuantityLexicon.lookup(lex.vague, t, i);
        if (vg != null) {
            int end = i + 1;
            // "عشرات الآلاف" = tens of thousands: the scale multiplies the vague figure.
            QuantityLexicon.NumberWord s = end < t.size() ? QuantityLexicon.lookup(lex.numberWords, t, end) : null;
            if (s != null && s.kind().equals("SCALE") && !t.text(i).contains("لاف")) {
                vg = new Size(mul(vg.low(), s.value()), mul(vg.best(), s.value()), mul(vg.high(), s.value()));
                end++;
            }
            return new Match(vg, true, end);
        }
        return words(t, i);
    }

    private static Integer mul(Integer a, long b) {
        return a == null ? null : (int) Math.min(Integer.MAX_VALUE, a * b);
    }

    /**
     * Digits with separators. A comma before groups of three separates thousands; so does a point
     * ("10.000", as many outlets print it) unless a scale word follows ("2.5 مليون").
     */
    private static Double digits(String s, boolean scaled) {
        String d = s;
        if (COMMA_THOUSANDS.matcher(d).matches()) d = d.replace(",", "");
        else if (!scaled && POINT_THOUSANDS.matcher(d).matches()) d = d.replace(".", "");
        else d = d.replace(',', '.');
        try {
            return Double.parseDouble(d);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Number words: parts are added, مئة multiplies what precedes, ألف/مليون multiply and close a group. */
    private Match words(Tokens t, int i) {
        long total = 0, current = 0;
        int j = i, end = -1;
        while (j < t.size()) {
            String w = t.text(j);
            if (j > i && w.equals("و")) { j++; continue; }
            QuantityLexicon.NumberWord nw = lex.numberWords.get(w);
            if (nw == null && j > i && w.startsWith("و")) nw = lex.numberWords.get(w.substring(1));
            if (nw == null) break;
            switch (nw.kind()) {
                case "HUNDRED" -> current = (current == 0 ? 1 : current) * nw.value();
                case "SCALE" -> { total += (current == 0 ? 1 : current) * nw.value(); current = 0; }
                default -> current += nw.value();
            }
            end = ++j;
        }
        if (end < 0) return null;
        long v = total + current;
        if (v <= 0 || v > Integer.MAX_VALUE) return null;
        return new Match(Size.exactly((int) v), false, end);
    }
}
