package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Event matching of {@code ../shared/tools/score.py} (spec §3), ported line for line so that
 * {@code marsad eval} prints the same figures: per document, pairs of equal type, party-code
 * Jaccard ≥ 0.5 and dates within a day are matched one-to-one, best first.
 */
final class Scorer {
    private Scorer() {}

    static Set<String> codes(JsonNode parties) {
        Set<String> out = new HashSet<>();
        if (parties == null || !parties.isArray()) return out;
        for (JsonNode p : parties) {
            if (p.isObject() && p.hasNonNull("code") && !p.get("code").asText().isEmpty()) out.add(p.get("code").asText());
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1.0;
        Set<String> i = new HashSet<>(a);
        i.retainAll(b);
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return (double) i.size() / u.size();
    }

    /** An inclusive day interval of YYYY-MM-DD / YYYY-MM / YYYY (with an optional end), or null. */
    static LocalDate[] interval(String d, String dEnd) {
        LocalDate a = one(d, false);
        if (a == null) return null;
        LocalDate b = dEnd != null && !dEnd.isEmpty() ? one(dEnd, true) : one(d, true);
        return new LocalDate[] {a, b != null ? b : one(d, true)};
    }

    private static LocalDate one(String s, boolean end) {
        s = s == null ? "" : s.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(s);
            if (s.matches("\\d{4}-\\d{2}")) {
                int y = Integer.parseInt(s.substring(0, 4)), m = Integer.parseInt(s.substring(5));
                LocalDate first = LocalDate.of(y, m, 1);
                return end ? first.plusMonths(1).minusDays(1) : first;
            }
            if (s.matches("\\d{4}")) {
                int y = Integer.parseInt(s);
                return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    static double haversine(double la1, double lo1, double la2, double lo2) {
        double r = 6371.0;
        la1 = Math.toRadians(la1); lo1 = Math.toRadians(lo1); la2 = Math.toRadians(la2); lo2 = Math.toRadians(lo2);
        double h = Math.pow(Math.sin((la2 - la1) / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin((lo2 - lo1) / 2), 2);
        return 2 * r * Math.asin(Math.sqrt(Math.min(1.0, h)));
    }

    static boolean locMatch(JsonNode sysLocs, JsonNode goldLocs) {
        Set<String> gnames = new HashSet<>();
        List<double[]> gpts = new ArrayList<>();
        for (JsonNode g : goldLocs) {
            gnames.addAll(ScoreText.variants(text(g, "name")));
            for (JsonNode a : g.path("aliases")) gnames.addAll(ScoreText.variants(a.isTextual() ? a.asText() : null));
            if (g.hasNonNull("lat") && g.hasNonNull("lon")) gpts.add(new double[] {g.get("lat").asDouble(), g.get("lon").asDouble()});
        }
        if (sysLocs == null || !sysLocs.isArray()) return false;
        for (JsonNode s : sysLocs) {
            if (!s.isObject()) continue;
            Set<String> v = ScoreText.variants(text(s, "name"));
            v.addAll(ScoreText.variants(text(s, "text")));
            for (String x : v) if (gnames.contains(x)) return true;
            if (!s.hasNonNull("lat") || !s.hasNonNull("lon") || !s.get("lat").isNumber() || !s.get("lon").isNumber()) continue;
            for (double[] q : gpts) if (haversine(s.get("lat").asDouble(), s.get("lon").asDouble(), q[0], q[1]) <= 25.0) return true;
        }
        return false;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static Integer sizeBest(JsonNode ev, String key) {
        JsonNode s = ev.path("size").path(key);
        if (!s.isObject()) return null;
        JsonNode b = s.get("best");
        return b == null || b.isNull() ? null : b.asInt();
    }

    /** Match quality of a system event against a gold one, or null when they cannot match. */
    static Double candidate(JsonNode se, JsonNode ge) {
        if (!java.util.Objects.equals(text(se, "event_type"), text(ge, "event_type"))) return null;
        Set<String> gcodes = codes(ge.get("actor"));
        gcodes.addAll(codes(ge.get("recipient")));
        Set<String> scodes = codes(se.get("actor"));
        scodes.addAll(codes(se.get("recipient")));
        double j = gcodes.isEmpty() ? 1.0 : jaccard(scodes, gcodes);
        if (j < 0.5) return null;
        LocalDate[] gi = interval(text(ge, "date"), text(ge, "date_end"));
        LocalDate[] si = interval(text(se, "date"), text(se, "date_end"));
        if (gi == null || si == null) return null;
        if (si[1].isBefore(gi[0].minusDays(1)) || si[0].isAfter(gi[1].plusDays(1))) return null;
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(si[1], gi[0]), ChronoUnit.DAYS.between(gi[1], si[0])));
        JsonNode sevNode = se.get("evidence");
        String sev = sevNode == null || sevNode.isNull() ? null : sevNode.isObject() ? text(sevNode, "sentence") : sevNode.asText();
        String gev = text(ge, "evidence");
        double ev = sev != null && !sev.isEmpty() && gev != null && !gev.isEmpty() ? jaccard(ScoreText.words(sev), ScoreText.words(gev)) : 0.0;
        JsonNode gl = ge.get("locations");
        double loc = gl != null && gl.isArray() && gl.size() > 0 && locMatch(se.get("locations"), gl) ? 0.3 : 0.0;
        Integer kb = sizeBest(ge, "killed");
        double kill = kb != null && kb.equals(sizeBest(se, "killed")) ? 0.3 : 0.0;
        return j - 0.1 * gap + ev + loc + kill;
    }
}
