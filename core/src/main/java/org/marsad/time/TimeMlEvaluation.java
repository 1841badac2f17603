package org.marsad.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the tagger on TimeML files (TIMEX3 tags inline, no document creation time): DATE span F1,
 * exact and overlapping, and value accuracy on the DATE expressions whose value does not depend on
 * the document date (an explicit year, a named decade or an ordinal century). A document date is
 * inferred per document from its annotated "اليوم"/"أمس"/"غدا" values, and the value accuracy of
 * date-dependent expressions is reported separately for the documents where one could be inferred.
 */
public final class TimeMlEvaluation {
    private static final Pattern TIMEX = Pattern.compile("<TIMEX3([^>]*)>([^<]*)</TIMEX3>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    /** Gold expressions that fix their own value: a year in digits, a decade word, an ordinal century. */
    private static final Pattern INDEPENDENT = Pattern.compile(
            "[0-9]{4}|ينيات|ينات|القرن\\s+(?!الماضي|المنصرم|الحالي|الجاري|المقبل|القادم|السابق)ال");
    private static final Map<String, Integer> ANCHORS = Map.of("اليوم", 0, "امس", -1, "الامس", -1, "غدا", 1, "الغد", 1);

    record Gold(int start, int end, String text, String type, String value) {}

    /** The figures printed by {@code marsad eval-times}. */
    public record Report(int documents, int datedDocuments, int goldDates, int systemDates, int exactMatches,
                         int overlapMatches, int independentGold, int independentCorrect, int dependentGold,
                         int dependentCorrect) {
        public double exactF1() { return f1(exactMatches); }
        public double overlapF1() { return f1(overlapMatches); }
        public double independentAccuracy() { return independentGold == 0 ? 0 : (double) independentCorrect / independentGold; }
        public double dependentAccuracy() { return dependentGold == 0 ? 0 : (double) dependentCorrect / dependentGold; }

        private double f1(int matched) {
            double p = systemDates == 0 ? 0 : (double) matched / systemDates, r = goldDates == 0 ? 0 : (double) matched / goldDates;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public List<String> lines() {
            return List.of(
                    String.format("documents %d (document date inferred for %d)", documents, datedDocuments),
                    String.format("DATE spans: gold %d, system %d", goldDates, systemDates),
                    String.format("DATE span F1 exact   %.3f (P %.3f R %.3f)", exactF1(),
                            (double) exactMatches / Math.max(1, systemDates), (double) exactMatches / Math.max(1, goldDates)),
                    String.format("DATE span F1 overlap %.3f (P %.3f R %.3f)", overlapF1(),
                            (double) overlapMatches / Math.max(1, systemDates), (double) overlapMatches / Math.max(1, goldDates)),
                    String.format("value accuracy, date-independent DATE: %.3f (%d/%d)", independentAccuracy(), independentCorrect, independentGold),
                    String.format("value accuracy, date-dependent DATE in dated documents: %.3f (%d/%d)", dependentAccuracy(),
                            dependentCorrect, dependentGold));
        }
    }

    private TimeMlEvaluation() {}

    public static Report run(Path dir, TimeTagger tagger) throws IOException {
        return run(dir, tagger, line -> {});
    }

    /** As {@link #run(Path, TimeTagger)}, telling {@code details} each miss, false alarm and wrong value. */
    public static Report run(Path dir, TimeTagger tagger, java.util.function.Consumer<String> details) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        int docs = 0, dated = 0, gold = 0, sys = 0, exact = 0, overlap = 0, indep = 0, indepOk = 0, dep = 0, depOk = 0;
        for (Path f : files) {
            String xml = Files.readString(f, StandardCharsets.UTF_8);
            List<Gold> golds = new ArrayList<>();
            String text = plainText(xml, golds);
            LocalDate dct = inferDocumentDate(golds);
            docs++;
            if (dct != null) dated++;
            List<TimeExpr> found = tagger.tag(text, dct);
            List<Gold> gd = golds.stream().filter(g -> g.type().equals("DATE")).toList();
            List<TimeExpr> sd = found.stream().filter(e -> e.type() == TimeType.DATE).toList();
            String doc = f.getFileName().toString();
            for (Gold g : gd) if (sd.stream().noneMatch(e -> e.start() == g.start() && e.end() == g.end()))
                details.accept(doc + "\tmissed\t" + g.text() + "\t" + g.value() + "\t" + sd.stream()
                        .filter(e -> e.start() < g.end() && g.start() < e.end()).map(TimeExpr::text).findFirst().orElse(""));
            for (TimeExpr e : sd) if (gd.stream().noneMatch(g -> e.start() == g.start() && e.end() == g.end()))
                details.accept(doc + "\textra\t" + e.text() + "\t" + e.value());
            gold += gd.size();
            sys += sd.size();
            exact += match(gd, sd, true);
            overlap += match(gd, sd, false);
            for (Gold g : gd) {
                boolean independent = INDEPENDENT.matcher(ArabicValue.norm(g.text())).find() && !g.value().contains("REF");
                if (!independent && dct == null) continue;
                boolean ok = found.stream().anyMatch(e -> e.start() < g.end() && g.start() < e.end() && g.value().equals(e.value()));
                if (independent) { indep++; if (ok) indepOk++; } else { dep++; if (ok) depOk++; }
                if (!ok) details.accept(doc + "\tvalue\t" + g.text() + "\t" + g.value() + "\t" + found.stream()
                        .filter(e -> e.start() < g.end() && g.start() < e.end()).map(e -> String.valueOf(e.value())).findFirst().orElse("-"));
            }
        }
        return new Report(docs, dated, gold, sys, exact, overlap, indep, indepOk, dep, depOk);
    }

    /** The document text without tags, collecting each TIMEX3 with its offsets in that text. */
    static String plainText(String xml, List<Gold> out) {
        int open = xml.indexOf("<TimeML>"), close = xml.lastIndexOf("</TimeML>");
        String body = open >= 0 && close > open ? xml.substring(open + 8, close) : xml;
        StringBuilder sb = new StringBuilder();
        Matcher m = TIMEX.matcher(body);
        int last = 0;
        while (m.find()) {
            sb.append(unescape(TAG.matcher(body.substring(last, m.start())).replaceAll("")));
            String inner = unescape(m.group(2));
            Map<String, String> a = new HashMap<>();
            Matcher am = ATTR.matcher(m.group(1));
            while (am.find()) a.put(am.group(1), am.group(2));
            out.add(new Gold(sb.length(), sb.length() + inner.length(), inner, a.getOrDefault("type", ""), a.getOrDefault("value", "")));
            sb.append(inner);
            last = m.end();
        }
        sb.append(unescape(TAG.matcher(body.substring(last)).replaceAll("")));
        return sb.toString();
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    /** The date most annotated "today/yesterday/tomorrow" values agree on, or null. */
    static LocalDate inferDocumentDate(List<Gold> golds) {
        Map<LocalDate, Integer> votes = new HashMap<>();
        for (Gold g : golds) {
            Integer off = ANCHORS.get(ArabicValue.norm(g.text()));
            if (off == null || !g.value().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) continue;
            votes.merge(LocalDate.parse(g.value()).minusDays(off), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** One-to-one matches between gold and system spans, exact or overlapping, in text order. */
    private static int match(List<Gold> gold, List<TimeExpr> sys, boolean exact) {
        boolean[] used = new boolean[sys.size()];
        int n = 0;
        for (Gold g : gold) {
            for (int i = 0; i < sys.size(); i++) {
                TimeExpr e = sys.get(i);
                if (used[i]) continue;
                boolean hit = exact ? e.start() == g.start() && e.end() == g.end() : e.start() < g.end() && g.start() < e.end();
                if (hit) { used[i] = true; n++; break; }
            }
        }
        return n;
    }

    /** Normalisation for comparing annotated texts. */
    private static final class ArabicValue {
        static String norm(String s) {
            return org.marsad.text.ArabicNormalizer.normalize(s).trim();
        }
    }
}
