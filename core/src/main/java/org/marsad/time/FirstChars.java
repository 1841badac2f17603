package org.marsad.time;

import java.util.BitSet;

/**
 * The characters a regular expression's match can begin with, computed from its source so that
 * the tagger tries a rule only at word starts where it could match. The analysis is conservative:
 * lookarounds are treated as if absent, and anything it does not model (back-references, \p
 * classes, inline flags, negated classes) makes the answer "any character" — so skipping a rule
 * whose first set misses the current character never changes what the rules find.
 */
final class FirstChars {
    /** Possible first characters; meaningless when {@link #any}. */
    final BitSet chars;
    /** True when the set could not be bounded, or the pattern can match the empty string. */
    final boolean any;

    private FirstChars(BitSet chars, boolean any) {
        this.chars = chars;
        this.any = any;
    }

    /** The first-character set of {@code regex} (a java.util.regex source without flags). */
    static FirstChars of(String regex) {
        try {
            Parser p = new Parser(regex);
            Node n = p.alternation();
            if (p.pos != regex.length()) return new FirstChars(new BitSet(), true);
            return new FirstChars(n.chars, n.any || n.nullable);
        } catch (RuntimeException notModelled) {
            return new FirstChars(new BitSet(), true);
        }
    }

    boolean mayStartWith(char c) {
        return any || chars.get(c);
    }

    /** First set, whether the set is unbounded, and whether the element can match nothing. */
    private static final class Node {
        final BitSet chars = new BitSet();
        boolean any;
        boolean nullable;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Node alternation() {
            Node out = sequence();
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                Node n = sequence();
                out.chars.or(n.chars);
                out.any |= n.any;
                out.nullable |= n.nullable;
            }
            return out;
        }

        Node sequence() {
            Node out = new Node();
            out.nullable = true;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                Node a = atom();
                if (quantifierAllowsZero()) a.nullable = true;
                if (out.nullable) {
                    out.chars.or(a.chars);
                    out.any |= a.any;
                    out.nullable = a.nullable;
                }
            }
            return out;
        }

        /** Consumes a quantifier after an atom, if any; true when it permits zero repetitions. */
        boolean quantifierAllowsZero() {
            if (pos >= s.length()) return false;
            char c = s.charAt(pos);
            boolean zero;
            if (c == '?' || c == '*') {
                zero = true;
                pos++;
            } else if (c == '+') {
                zero = false;
                pos++;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                String body = s.substring(pos + 1, close);
                int comma = body.indexOf(',');
                String min = comma < 0 ? body : body.substring(0, comma);
                zero = Integer.parseInt(min.trim()) == 0;
                pos = close + 1;
            } else {
                return false;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) pos++;
            return zero;
        }

        Node atom() {
            char c = s.charAt(pos);
            Node n = new Node();
            switch (c) {
                case '(' -> {
                    pos++;
                    boolean zeroWidth = false;
                    if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) pos += 2;
                    else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) { pos += 2; zeroWidth = true; }
                    else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) { pos += 3; zeroWidth = true; }
                    else if (s.startsWith("?<", pos)) pos = s.indexOf('>', pos) + 1;
                    else if (s.startsWith("?", pos)) throw new IllegalStateException("inline flags not modelled");
                    Node inner = alternation();
                    if (pos >= s.length() || s.charAt(pos) != ')') throw new IllegalStateException("unbalanced group");
                    pos++;
                    if (zeroWidth) n.nullable = true; // lookarounds only narrow a match: ignore them
                    else return inner;
                }
                case '[' -> characterClass(n);
                case '\\' -> escape(n, false);
                case '.' -> { pos++; n.any = true; }
                case '^', '$' -> { pos++; n.nullable = true; }
                default -> { pos++; n.chars.set(c); }
            }
            return n;
        }

        /** An escape outside (inClass false) or inside a class; adds its characters to {@code n}. */
        void escape(Node n, boolean inClass) {
            pos++;
            char e = s.charAt(pos++);
            switch (e) {
                case 's' -> { for (char w : " \t\n\u000B\f\r".toCharArray()) n.chars.set(w); }
                case 'd' -> n.chars.set('0', '9' + 1);
                case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
                    if (inClass) n.any = true; else n.nullable = true;
                }
                case 't' -> n.chars.set('\t');
                case 'n' -> n.chars.set('\n');
                case 'r' -> n.chars.set('\r');
                case 'f' -> n.chars.set('\f');
                case 'u' -> { n.chars.set(Integer.parseInt(s.substring(pos, pos + 4), 16)); pos += 4; }
                case 'p', 'P' -> {
                    if (pos < s.length() && s.charAt(pos) == '{') pos = s.indexOf('}', pos) + 1;
                    else pos++;
                    n.any = true;
                }
                case 'k' -> { pos = s.indexOf('>', pos) + 1; n.any = true; }
                default -> {
                    if (Character.isLetterOrDigit(e)) n.any = true; // \w, \S, \1, \x…: not modelled
                    else n.chars.set(e);
                }
            }
        }

        void characterClass(Node n) {
            pos++;
            if (s.charAt(pos) == '^') n.any = true;
            boolean first = true;
            while (first || s.charAt(pos) != ']') {
                first = false;
                char c = s.charAt(pos);
                if (c == '[' || s.startsWith("&&", pos)) throw new IllegalStateException("nested class not modelled");
                if (c == '\\') {
                    escape(n, true);
                    continue;
                }
                pos++;
                if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
                    char hi = s.charAt(pos + 1);
                    if (hi == '\\') throw new IllegalStateException("escaped range end not modelled");
                    n.chars.set(c, hi + 1);
                    pos += 2;
                } else {
                    n.chars.set(c);
                }
            }
            pos++;
        }
    }
}
