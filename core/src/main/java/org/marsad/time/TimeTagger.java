package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.CharKinds;

/**
 * Finds temporal expressions in Arabic text and resolves them against the publication date
 * (spec §2). Rules and words are data: {@code time/rules.tsv}, {@code time/lexicon.tsv},
 * {@code time/numbers.tsv}. Matching runs over a normalised view of the text; spans point into the
 * original. Build one and share it: it is immutable and thread-safe.
 */
public final class TimeTagger {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private record CompiledRule(TimeRules.Rule rule, List<String> groups) {}

    private record Candidate(int start, int end, CompiledRule rule, Groups groups) {}

    private final List<CompiledRule> rules = new ArrayList<>();
    private final RuleStartIndex startIndex;
    private final TimeResolver resolver;
    private final List<String> futureMarkers;

    /** The tagger with the rules and lexicons shipped in {@code time/}. */
    public TimeTagger() {
        this("/time/rules.tsv", "/time/lexicon.tsv", "/time/numbers.tsv");
    }

    /** A tagger over other classpath resources in the same formats. */
    public TimeTagger(String rulesResource, String lexiconResource, String numbersResource) {
        TimeLexicon lex = new TimeLexicon(lexiconResource, numbersResource);
        for (TimeRules.Rule r : new TimeRules(rulesResource, lex).all()) {
            List<String> names = new ArrayList<>();
            Matcher m = GROUP_NAME.matcher(r.pattern().pattern());
            while (m.find()) if (!names.contains(m.group(1))) names.add(m.group(1));
            rules.add(new CompiledRule(r, names));
        }
        List<Set<String>> startStrings = new ArrayList<>();
        for (CompiledRule cr : rules) startStrings.add(cr.rule().starts());
        this.startIndex = new RuleStartIndex(startStrings);
        this.resolver = new TimeResolver(lex);
        this.futureMarkers = new ArrayList<>(lex.forms("FUTURE").keySet());
    }

    /**
     * True when the sentence before {@code offset} puts what follows in the future (spec §2: سوف،
     * من المقرر، المرتقب، a future verb such as سيعقد), so a bare weekday or day-month there takes
     * {@code futureValue}. The markers are the FUTURE row of {@code time/lexicon.tsv}.
     */
    public boolean isFutureContext(String text, int offset) {
        int s = offset;
        while (s > 0 && ".!?؟\n".indexOf(text.charAt(s - 1)) < 0 && offset - s < 200) s--;
        String clause = " " + NON_LETTERS.matcher(TimeLexicon.norm(text.substring(s, offset))).replaceAll(" ") + " ";
        for (String m : futureMarkers) {
            if (clause.contains(" " + m + " ") || clause.contains(" و" + m + " ") || clause.contains(" ف" + m + " ")) return true;
        }
        return false;
    }

    /**
     * All temporal expressions of {@code text} in text order. A list ("يومي 12 و19 أيار") gives one
     * TimeExpr per date, each spanning its own element; a range one TimeExpr with {@code endValue}.
     *
     * @param published the publication date, or null (then relative expressions get a null value)
     */
    public List<TimeExpr> tag(String text, LocalDate published) {
        if (text == null || text.isEmpty()) return List.of();
        NormalizedText nt = new NormalizedText(text);
        // Every rule starts at a word start (its clitics included), so only those positions are tried.
        String norm = nt.norm;
        char[] cs = nt.chars;
        int[] starts = new int[cs.length];
        int ns = 0;
        boolean inWord = false;
        for (int i = 0; i < cs.length; i++) {
            boolean w = CharKinds.isLetterOrDigit(cs[i]);
            if (w && !inWord) starts[ns++] = i;
            inWord = w;
        }
        // Bit r of may[k]: rule r can begin at starts[k] (RuleStartIndex), so only those are tried.
        long[] may = new long[ns];
        long anywhere = 0;
        for (int k = 0; k < ns; k++) anywhere |= may[k] = startIndex.candidates(cs, starts[k]);
        List<Candidate> cands = new ArrayList<>();
        // Word starts in text order, and at each only the rules its bits name (most words name
        // none); a rule does not match again inside its own last match (next[r]). The candidates
        // are sorted below on a key that tells any two apart, so the order they are found in is free.
        int indexed = Math.min(rules.size(), 64);
        Matcher[] matchers = new Matcher[indexed];
        int[] next = new int[indexed];
        for (int k = 0; k < ns; k++) {
            for (long bits = may[k] & (indexed == 64 ? -1L : (1L << indexed) - 1); bits != 0; bits &= bits - 1) {
                int r = Long.numberOfTrailingZeros(bits);
                if (starts[k] < next[r]) continue;
                Matcher m = matchers[r];
                if (m == null) matchers[r] = m = matcher(rules.get(r), norm);
                if (tryAt(m, rules.get(r), starts[k], norm, cands)) next[r] = m.end();
            }
        }
        for (int r = indexed; r < rules.size(); r++) { // rules past the 64th have no bit: tried at every word
            Matcher m = matcher(rules.get(r), norm);
            int after = 0;
            for (int k = 0; k < ns; k++) if (starts[k] >= after && tryAt(m, rules.get(r), starts[k], norm, cands)) after = m.end();
        }
        // Longest match first, then the earlier rule; keep those that overlap nothing kept.
        cands.sort(Comparator.comparingInt((Candidate c) -> c.start() - c.end())
                .thenComparingInt(c -> c.rule().rule().index()).thenComparingInt(Candidate::start));
        List<Candidate> kept = new ArrayList<>();
        boolean[] taken = new boolean[nt.norm.length() + 1];
        for (Candidate c : cands) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) free = !taken[i];
            if (!free) continue;
            for (int i = c.start(); i < c.end(); i++) taken[i] = true;
            kept.add(c);
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<TimeExpr> out = new ArrayList<>();
        for (Candidate c : kept) {
            TimeType type = c.rule().rule().type();
            for (TimeResolver.Piece p : resolver.resolve(c.rule().rule().kind(), c.groups(), published)) {
                int s = nt.start(p.start()), e = nt.end(p.end());
                out.add(new TimeExpr(s, e, text.substring(s, e), type, p.value(), p.future(), p.endValue()));
            }
        }
        return centuryForDecades(out);
    }

    private static Matcher matcher(CompiledRule cr, String norm) {
        Matcher m = cr.rule().pattern().matcher(norm);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        return m;
    }

    /** Rule {@code cr} matched at {@code start}: its candidate (when its span is not empty) goes to {@code cands}. */
    private static boolean tryAt(Matcher m, CompiledRule cr, int start, String norm, List<Candidate> cands) {
        m.region(start, norm.length());
        if (!m.lookingAt()) return false;
        // group x is group 1 (TimeRules.OPEN has no capturing group before it): no lookup by name
        int xs = m.start(TimeRules.SPAN_GROUP), xe = m.end(TimeRules.SPAN_GROUP);
        if (xe > xs) cands.add(new Candidate(xs, xe, cr, new Groups(m, cr.groups(), norm)));
        return true;
    }

    /** "الستينيات من القرن الماضي": a decade takes the century of a century expression right after it. */
    private static List<TimeExpr> centuryForDecades(List<TimeExpr> in) {
        List<TimeExpr> out = new ArrayList<>(in);
        for (int i = 0; i + 1 < out.size(); i++) {
            TimeExpr d = out.get(i), c = out.get(i + 1);
            if (d.value() == null || c.value() == null || d.value().length() != 3 || c.value().length() != 2) continue;
            if (c.start() - d.end() > 12) continue;
            String v = c.value() + d.value().charAt(2);
            out.set(i, new TimeExpr(d.start(), d.end(), d.text(), d.type(), v, v, d.endValue()));
        }
        return out;
    }
}
