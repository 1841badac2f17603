package org.marsad.time;

import java.util.HashSet;
import java.util.Set;

/**
 * The strings of up to {@link #LENGTH} characters a regular expression's match can begin with,
 * computed from its source so that the tagger tries a rule only at word starts where it could
 * match. A string shorter than LENGTH is a whole match; one of LENGTH characters, or one ending in
 * {@link #OPEN}, a prefix. The analysis over-approximates: lookarounds count as absent, a bounded
 * repeat as an unbounded one, and what it does not model (back-references, \p and negated
 * classes, ".") as any string from there on; a rule that can then start with anything, or whose
 * set grows too large, yields null. So skipping a rule
 * whose prefixes miss the text never changes what the rules find.
 */
final class StartPrefixes {
    static final int LENGTH = 4;
    private static final int MAX = 50_000;
    /**
     * Ends a string after which anything may follow (a back-reference, a \\p class, "."): the string
     * is then a prefix, however short, and nothing more is appended to it.
     */
    static final char OPEN = '\uFFFF';

    private StartPrefixes() {}

    /**
     * The start strings of {@code regex} over a {@link NormalizedText} (whose only whitespace is the
     * space), or null when unbounded or the empty string can match.
     */
    static Set<String> of(String regex) {
        try {
            Parser p = new Parser(regex);
            Set<String> out = p.alternation();
            if (p.pos != regex.length() || out == null || out.contains("") || out.contains(String.valueOf(OPEN))) return null;
            return out;
        } catch (RuntimeException notModelled) {
            return null;
        }
    }

    /** Every a·b cut to LENGTH; a null (anything) a absorbs, a null b opens each string of a. */
    private static Set<String> concat(Set<String> a, Set<String> b) {
        if (a == null) return null;
        Set<String> out = new HashSet<>();
        // x·y cut to LENGTH is x·(y cut to LENGTH − |x|): the cut strings of b, one set per room
        // left, are far fewer than b's (ten thousand digit strings are a hundred of two digits).
        @SuppressWarnings("unchecked") Set<String>[] cut = new Set[LENGTH + 1];
        for (String x : a) {
            if (done(x)) {
                out.add(x);
                continue;
            }
            if (b == null) {
                out.add(x + OPEN);
                continue;
            }
            int room = LENGTH - x.length();
            if (cut[room] == null) {
                cut[room] = new java.util.LinkedHashSet<>();
                for (String y : b) cut[room].add(y.length() > room ? y.substring(0, room) : y);
            }
            for (String y : cut[room]) out.add(x + y);
            if (out.size() > MAX) return null;
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (a == null || b == null) return null;
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out.size() > MAX ? null : out;
    }

    /** x+ (which covers every x{n,m} with n ≥ 1): LENGTH rounds of concatenation reach a fixpoint. */
    private static Set<String> plus(Set<String> x) {
        Set<String> out = x;
        for (int i = 1; i < LENGTH && out != null; i++) out = union(out, concat(out, x));
        return out;
    }

    /** A string nothing more is appended to: LENGTH characters long, or open. */
    static boolean done(String x) {
        return x.length() >= LENGTH || (!x.isEmpty() && x.charAt(x.length() - 1) == OPEN);
    }

    /** The characters the text must start with: the string less its OPEN mark. */
    static String text(String x) {
        return !x.isEmpty() && x.charAt(x.length() - 1) == OPEN ? x.substring(0, x.length() - 1) : x;
    }

    private static Set<String> chars(String cs) {
        Set<String> out = new HashSet<>();
        for (char c : cs.toCharArray()) out.add(String.valueOf(c));
        return out;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Set<String> alternation() {
            // Accumulated in place: the lexicon alternations have hundreds of branches.
            Set<String> out = sequence();
            if (out != null) out = new HashSet<>(out);
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                Set<String> branch = sequence();
                if (out == null || branch == null) out = null;
                else out.addAll(branch);
                if (out != null && out.size() > MAX) out = null;
            }
            return out;
        }

        Set<String> sequence() {
            Set<String> out = new HashSet<>(Set.of(""));
            boolean saturated = false; // every string has LENGTH characters: later atoms change nothing
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                Set<String> a = quantified(atom());
                if (saturated) continue;
                out = concat(out, a);
                saturated = out == null || out.stream().allMatch(StartPrefixes::done);
            }
            return out;
        }

        /** Applies a quantifier after an atom, if there is one. */
        Set<String> quantified(Set<String> a) {
            if (pos >= s.length()) return a;
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
                zero = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).trim()) == 0;
                pos = close + 1;
            } else {
                return a;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) pos++;
            if (c == '?') return union(a, Set.of(""));
            Set<String> more = plus(a);
            return zero ? union(more, Set.of("")) : more;
        }

        Set<String> atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(' -> {
                    pos++;
                    boolean zeroWidth = false;
                    if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) pos += 2;
                    else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) { pos += 2; zeroWidth = true; }
                    else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) { pos += 3; zeroWidth = true; }
                    else if (s.startsWith("?<", pos)) pos = s.indexOf('>', pos) + 1;
                    else if (s.startsWith("?", pos)) throw new IllegalStateException("inline flags not modelled");
                    Set<String> inner = alternation();
                    if (pos >= s.length() || s.charAt(pos) != ')') throw new IllegalStateException("unbalanced group");
                    pos++;
                    // A lookaround only narrows a match: treat it as matching the empty string.
                    return zeroWidth ? new HashSet<>(Set.of("")) : inner;
                }
                case '[' -> { return characterClass(); }
                case '\\' -> { return escape(false); }
                case '.' -> { pos++; return null; }
                case '^', '$' -> { pos++; return new HashSet<>(Set.of("")); }
                default -> { pos++; return chars(String.valueOf(c)); }
            }
        }

        /** The characters of an escape; a zero-width one matches "" outside a class. */
        Set<String> escape(boolean inClass) {
            pos++;
            char e = s.charAt(pos++);
            switch (e) {
                // NormalizedText turns every whitespace into a space, so that is all \s can meet.
                case 's': return chars(" ");
                case 'd': return chars("0123456789");
                case 't': return chars("\t");
                case 'n': return chars("\n");
                case 'r': return chars("\r");
                case 'f': return chars("\f");
                case 'u': {
                    char u = (char) Integer.parseInt(s.substring(pos, pos + 4), 16);
                    pos += 4;
                    return chars(String.valueOf(u));
                }
                case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                    if (inClass) throw new IllegalStateException("not modelled");
                    return new HashSet<>(Set.of(""));
                case 'p': case 'P':
                    if (pos < s.length() && s.charAt(pos) == '{') pos = s.indexOf('}', pos) + 1;
                    else pos++;
                    return null;
                case 'k':
                    pos = s.indexOf('>', pos) + 1;
                    return null;
                default:
                    // \w, \S, \1, \x…: not modelled, so parsing stops (the rule is always tried).
                    if (Character.isLetterOrDigit(e)) throw new IllegalStateException("not modelled");
                    return chars(String.valueOf(e));
            }
        }

        Set<String> characterClass() {
            pos++;
            boolean negated = s.charAt(pos) == '^';
            if (negated) pos++;
            Set<String> out = new HashSet<>();
            boolean first = true;
            while (first || s.charAt(pos) != ']') {
                first = false;
                char c = s.charAt(pos);
                if (c == '[' || s.startsWith("&&", pos)) throw new IllegalStateException("nested class not modelled");
                if (c == '\\') {
                    Set<String> e = escape(true);
                    if (e == null) negated = true; // a \p class: the whole class is "anything"
                    else out.addAll(e);
                    continue;
                }
                pos++;
                if (pos + 1 < s.length() && s.charAt(pos) == '-' && s.charAt(pos + 1) != ']') {
                    char hi = s.charAt(pos + 1);
                    if (hi == '\\' || hi < c || hi - c > 200) throw new IllegalStateException("range not modelled");
                    for (char x = c; x <= hi; x++) out.add(String.valueOf(x));
                    pos += 2;
                } else {
                    out.add(String.valueOf(c));
                }
            }
            pos++;
            return negated ? null : out;
        }
    }
}
