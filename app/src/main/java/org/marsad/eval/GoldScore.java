package org.marsad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores system records against gold records and prints the report of {@code score.py}, figure
 * for figure; {@code details} adds every missed required and every extra event.
 */
public final class GoldScore {
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    private static final String[] FIELDS = {"claimed_by", "direction", "killed", "locations", "mode", "status"};

    public double precision, recall, f1, entityF1;
    public int nSys, tpSys, nReq, tpReq, badTypes;
    public final Map<String, List<Boolean>> fields = new TreeMap<>();
    public final Map<String, int[]> perType = new TreeMap<>();   // type → {required, found}
    public final List<String> details = new ArrayList<>();
    private final Map<String, int[]> ent = new LinkedHashMap<>();   // type → {sys, gold, hit}
    private final List<String> missing = new ArrayList<>();
    private int docs;

    /** @param gold doc id → gold record; @param system doc id → system record */
    public static GoldScore score(Map<String, JsonNode> gold, Map<String, JsonNode> system) {
        GoldScore g = new GoldScore();
        for (String t : new String[] {"PER", "ORG", "LOC"}) g.ent.put(t, new int[3]);
        for (String d : new TreeSet<>(gold.keySet())) {
            g.docs++;
            JsonNode s = system.get(d);
            if (s == null) g.missing.add(d);
            List<JsonNode> sev = new ArrayList<>();
            if (s != null) for (JsonNode e : s.path("events")) if (e.isObject()) sev.add(e);
            for (JsonNode e : sev) if (!PLOVER.contains(Scorer.text(e, "event_type"))) g.badTypes++;
            List<JsonNode> gev = new ArrayList<>();
            for (JsonNode e : gold.get(d).path("events")) gev.add(e);
            g.scoreDoc(sev, gev, d);
            g.scoreEntities(s == null ? null : s.get("entities"), gold.get(d).get("entities"));
        }
        double[] prf = prf(g.tpSys, g.nSys, g.tpReq, g.nReq);
        g.precision = prf[0]; g.recall = prf[1]; g.f1 = prf[2];
        int[] all = new int[3];
        for (int[] v : g.ent.values()) for (int i = 0; i < 3; i++) all[i] += v[i];
        g.entityF1 = prf(all[2], all[0], all[2], all[1])[2];
        return g;
    }

    private static boolean required(JsonNode ge) { return !ge.has("required") || ge.get("required").asBoolean(true); }

    private void scoreDoc(List<JsonNode> sys, List<JsonNode> gold, String doc) {
        record Pair(double q, boolean req, int i, int k) {}
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < sys.size(); i++) {
            for (int k = 0; k < gold.size(); k++) {
                Double q = Scorer.candidate(sys.get(i), gold.get(k));
                if (q != null) pairs.add(new Pair(q, required(gold.get(k)), i, k));
            }
        }
        pairs.sort((a, b) -> a.q != b.q ? Double.compare(b.q, a.q) : Boolean.compare(!a.req, !b.req));
        Set<Integer> usedS = new HashSet<>(), usedG = new HashSet<>();
        List<int[]> matched = new ArrayList<>();
        for (Pair p : pairs) {
            if (usedS.contains(p.i) || usedG.contains(p.k)) continue;
            usedS.add(p.i); usedG.add(p.k);
            matched.add(new int[] {p.i, p.k});
        }
        for (int[] m : matched) {
            JsonNode se = sys.get(m[0]), ge = gold.get(m[1]);
            add("direction", Scorer.codes(se.get("actor")).equals(Scorer.codes(ge.get("actor")))
                    && Scorer.codes(se.get("recipient")).equals(Scorer.codes(ge.get("recipient"))));
            add("mode", java.util.Objects.equals(emptyToNull(Scorer.text(se, "mode")), emptyToNull(Scorer.text(ge, "mode"))));
            add("status", java.util.Objects.equals(Scorer.text(se, "status"), Scorer.text(ge, "status")));
            add("claimed_by", Scorer.codes(se.get("claimed_by")).equals(Scorer.codes(ge.get("claimed_by"))));
            JsonNode gl = ge.get("locations");
            if (gl != null && gl.isArray() && gl.size() > 0) add("locations", Scorer.locMatch(se.get("locations"), gl));
            if (Scorer.sizeBest(ge, "killed") != null) add("killed", Scorer.sizeBest(ge, "killed").equals(Scorer.sizeBest(se, "killed")));
        }
        for (int k = 0; k < gold.size(); k++) {
            JsonNode g = gold.get(k);
            if (!required(g)) continue;
            nReq++;
            int[] pt = perType.computeIfAbsent(Scorer.text(g, "event_type"), x -> new int[2]);
            pt[0]++;
            if (usedG.contains(k)) { tpReq++; pt[1]++; }
            else details.add(doc + ": MISSED " + describe(g) + " «" + cut(Scorer.text(g, "evidence")) + "»");
        }
        for (int i = 0; i < sys.size(); i++) {
            if (!usedS.contains(i)) {
                JsonNode ev = sys.get(i).path("evidence");
                details.add(doc + ": EXTRA  " + describe(sys.get(i)) + " «" + cut(ev.isObject() ? Scorer.text(ev, "sentence") : null) + "»");
            }
        }
        nSys += sys.size();
        tpSys += usedS.size();
    }

    private static String describe(JsonNode e) {
        return Scorer.text(e, "event_type") + "/" + Scorer.text(e, "mode") + " " + new TreeSet<>(Scorer.codes(e.get("actor")))
                + "->" + new TreeSet<>(Scorer.codes(e.get("recipient"))) + " " + Scorer.text(e, "date");
    }

    private static String cut(String s) {
        if (s == null) return "";
        return s.length() > 90 ? s.substring(0, 90) : s;
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }

    private void add(String field, boolean ok) { fields.computeIfAbsent(field, x -> new ArrayList<>()).add(ok); }

    private void scoreEntities(JsonNode sysEnts, JsonNode goldEnts) {
        for (String typ : ent.keySet()) {
            List<JsonNode> gs = new ArrayList<>(), ss = new ArrayList<>();
            if (goldEnts != null) for (JsonNode g : goldEnts) if (typ.equals(Scorer.text(g, "type"))) gs.add(g);
            if (sysEnts != null) for (JsonNode s : sysEnts) if (s.isObject() && typ.equals(Scorer.text(s, "type"))) ss.add(s);
            Set<Integer> used = new HashSet<>();
            int hit = 0;
            for (JsonNode s : ss) {
                String sname = Scorer.text(s, "name") == null ? "" : Scorer.text(s, "name").strip().toLowerCase(Locale.ROOT);
                Set<String> sforms = ScoreText.variants(Scorer.text(s, "text"));
                for (int k = 0; k < gs.size(); k++) {
                    if (used.contains(k)) continue;
                    Set<String> gforms = new HashSet<>();
                    for (JsonNode a : gs.get(k).path("aliases")) gforms.addAll(ScoreText.variants(a.asText()));
                    String gname = Scorer.text(gs.get(k), "name") == null ? "" : Scorer.text(gs.get(k), "name").strip().toLowerCase(Locale.ROOT);
                    boolean share = false;
                    for (String f : sforms) share |= gforms.contains(f);
                    if ((!sname.isEmpty() && sname.equals(gname)) || share) { used.add(k); hit++; break; }
                }
            }
            int[] t = ent.get(typ);
            t[0] += ss.size(); t[1] += gs.size(); t[2] += hit;
        }
    }

    static double[] prf(int tpSys, int nSys, int tpGold, int nGold) {
        double p = nSys > 0 ? (double) tpSys / nSys : 0.0, r = nGold > 0 ? (double) tpGold / nGold : 0.0;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
    }

    /** Python's f"{x:.Nf}": round half to even on the exact binary value. */
    static String fmt(double x, int n) { return new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).toPlainString(); }

    /** The report exactly as score.py prints it (without --details). */
    public List<String> report(boolean withDetails) {
        List<String> out = new ArrayList<>();
        out.add("documents: " + docs + (missing.isEmpty() ? "" : " (no system output for " + missing.size() + ": "
                + String.join(", ", missing.subList(0, Math.min(8, missing.size()))) + ")"));
        out.add("events: precision " + fmt(precision, 3) + "  recall " + fmt(recall, 3) + "  F1 " + fmt(f1, 3) + "   (system " + nSys
                + ", matched " + tpSys + "; required gold " + nReq + ", found " + tpReq + "; unknown types " + badTypes + ")");
        List<String> fs = new ArrayList<>();
        for (Map.Entry<String, List<Boolean>> e : fields.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            fs.add(e.getKey() + " " + fmt(accuracy(e.getKey()), 2) + " (n=" + e.getValue().size() + ")");
        }
        out.add("fields on matched events: " + String.join("  ", fs));
        List<String> rt = new ArrayList<>();
        for (Map.Entry<String, int[]> e : perType.entrySet()) rt.add(e.getKey() + " " + e.getValue()[1] + "/" + e.getValue()[0]);
        out.add("recall by type: " + String.join("  ", rt));
        List<String> es = new ArrayList<>();
        for (Map.Entry<String, int[]> e : ent.entrySet()) {
            int[] v = e.getValue();
            double[] x = prf(v[2], v[0], v[2], v[1]);
            es.add(e.getKey() + " P " + fmt(x[0], 2) + " R " + fmt(x[1], 2) + " F1 " + fmt(x[2], 2));
        }
        out.add("entities: " + String.join("  ", es) + "   all F1 " + fmt(entityF1, 3));
        if (withDetails) out.addAll(details);
        out.add("SCORE event_f1=" + fmt(f1, 3) + " event_recall=" + fmt(recall, 3) + " event_precision=" + fmt(precision, 3)
                + " entity_f1=" + fmt(entityF1, 3));
        return out;
    }

    public double accuracy(String field) {
        List<Boolean> l = fields.get(field);
        if (l == null || l.isEmpty()) return Double.NaN;
        int n = 0;
        for (boolean b : l) if (b) n++;
        return (double) n / l.size();
    }

    static String[] fieldNames() { return FIELDS.clone(); }
}
