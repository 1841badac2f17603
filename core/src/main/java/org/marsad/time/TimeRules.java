package org.marsad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFile;

/**
 * The rules of {@code time/rules.tsv}, compiled: each a pattern over the normalised text, the
 * resolver kind that reads its groups, and the TIMEX3 type it yields.
 */
final class TimeRules {
    /** {@code starts}: what the span (after any clitic) can begin with, null when anything (StartPrefixes). */
    record Rule(int index, String name, String kind, TimeType type, Pattern pattern, Set<String> starts) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("(?<!\\\\p)\\{([A-Z][A-Z_0-9]*)\\}");
    /** Start at a word boundary, allow clitics و ف ب ل ك outside the span, end at a boundary. */
    private static final String OPEN = "(?<![\\p{L}\\p{N}])(?:[وف]?[بلك]?)(?<x>";
    private static final String CLOSE = ")(?![\\p{L}\\p{N}])";
    /** The number of group x: OPEN opens no capturing group before it. */
    static final int SPAN_GROUP = 1;

    private final List<Rule> rules = new ArrayList<>();

    TimeRules(String resource, TimeLexicon lexicon) {
        Map<String, String> defs = new HashMap<>();
        List<String[]> ruleRows = new ArrayList<>();
        DataFile.forEachRow(resource, c -> {
            if (c.length != 5) throw new IllegalStateException("expected 5 columns");
            String pattern = ArabicNormalizer.normalize(c[4]);
            if (c[0].equals("DEF")) defs.put(c[1], pattern);
            else if (c[0].equals("RULE")) ruleRows.add(new String[] {c[1], c[2], c[3], pattern});
            else throw new IllegalStateException("unknown record " + c[0]);
        });
        for (String[] row : ruleRows) {
            String body = expand(row[3], defs, lexicon, 0);
            String regex = OPEN + body + CLOSE;
            try {
                Pattern compiled = Pattern.compile(regex);
                rules.add(new Rule(rules.size(), row[0], row[1], TimeType.valueOf(row[2]), compiled, StartPrefixes.of(body)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("time rule " + row[0] + ": " + e.getMessage(), e);
            }
        }
    }

    private static String expand(String p, Map<String, String> defs, TimeLexicon lex, int depth) {
        if (depth > 8) throw new IllegalStateException("time rules: DEF nesting too deep");
        Matcher m = PLACEHOLDER.matcher(p);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String rep;
            if (defs.containsKey(name)) rep = expand(defs.get(name), defs, lex, depth + 1);
            else if (name.equals("CARD")) rep = lex.cardinalPattern();
            else if (lex.hasCategory(name)) rep = lex.alternation(name);
            else throw new IllegalStateException("time rules: unknown placeholder {" + name + "}");
            m.appendReplacement(sb, Matcher.quoteReplacement(rep));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    List<Rule> all() {
        return rules;
    }
}
