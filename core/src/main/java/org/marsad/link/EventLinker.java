package org.marsad.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.event.Event;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.text.ArabicNormalizer;

/**
 * Groups events about the same real-world event across documents: same PLOVER type, overlapping
 * parties (Jaccard ≥ 0.5 of actor ∪ recipient codes), dates within a window, compatible places.
 * Online and incremental: {@link #add} assigns each event to the best compatible cluster seen so
 * far or founds a new one, so the same code serves a batch file and a running ingest.
 *
 * <p>Near-linear through blocking: a cluster is indexed under (type, party code, day) keys — or
 * (type, code, month/year) for coarse dates — and an event is compared only with the clusters under
 * the keys of its own codes and the days of its window. Not thread-safe.
 */
public final class EventLinker {
    private final LinkOptions opts;
    private final List<ClusterState> clusters = new ArrayList<>();
    // blocking index: "type|code" → bucket ({@link Buckets}: a day, month, year or "undated") → clusters
    // in the order they were filed. Two levels so that an event builds one string per code, not one per
    // code and day: the key strings were a fifth of a stored event's cost.
    private final Map<String, Map<Long, List<ClusterState>>> index = new HashMap<>();
    private final Map<String, ClusterState> byId = new HashMap<>();
    // reports linked or restored so far: each report's arrival number, which breaks ties
    private long arrivals;

    public EventLinker(LinkOptions opts) { this.opts = opts; }

    public EventLinker() { this(LinkOptions.DEFAULT); }

    /** Links one reported event and returns the id of its cluster. */
    public String add(LinkInput in) {
        Candidate e = Candidate.of(in);
        ClusterState best = null;
        double bestScore = -1;
        Set<ClusterState> seen = new HashSet<>();
        long[] buckets = Buckets.query(e.range, opts.windowDays());
        Set<String> codes = blockingCodes(e.codes, e.names);
        codes.add("_");   // clusters founded by reports that named neither party nor place
        for (String code : codes) {
            Map<Long, List<ClusterState>> byBucket = index.get(e.type + '|' + code);
            if (byBucket == null) continue;
            for (long b : buckets) {
                List<ClusterState> list = byBucket.get(b);
                if (list == null) continue;
                for (ClusterState c : list) {
                    if (!seen.add(c)) continue;
                    double s = score(c, e);
                    // equal scores (common: the score is coarse) go to the cluster whose first report came
                    // first, not to whichever the blocking lists hold first: so the choice depends on the
                    // reports alone, and a rebuilt cluster (rebuild) is chosen as a restored one would be
                    if (s > bestScore || s == bestScore && best != null && c.first < best.first) { bestScore = s; best = c; }
                }
            }
        }
        if (best == null) {
            String id = clusterId(in);
            // another report with the same document and event ids (a document id is not an article's identity) founded one
            for (int k = 2; byId.containsKey(id); k++) id = clusterId(in) + "-" + k;
            best = new ClusterState(id, e.type);
            clusters.add(best);
            byId.put(best.id, best);
        }
        join(best, e, in, arrivals++);
        return best.id;
    }

    /** Re-adds an event to a cluster it was already assigned to (e.g. when a store reopens). */
    public void restore(String clusterId, LinkInput in) {
        Candidate e = Candidate.of(in);
        ClusterState c = byId.get(clusterId);
        if (c == null) {
            c = new ClusterState(clusterId, e.type);
            clusters.add(c);
            byId.put(clusterId, c);
        }
        join(c, e, in, arrivals++);
    }

    /**
     * Rebuilds one cluster from the reports it still has, given in the order they were linked or
     * restored: its state becomes what restoring just those reports would make, without rebuilding
     * every other cluster (a store whose article was replaced withdraws that article's reports). The
     * cluster keeps its place in the founding order and in the blocking lists it still belongs in,
     * and leaves the others; with no reports left it is gone.
     */
    public void rebuild(String clusterId, List<LinkInput> remaining) {
        ClusterState old = byId.get(clusterId);
        if (old == null) {
            for (LinkInput in : remaining) restore(clusterId, in);
            return;
        }
        ClusterState fresh = null;
        // where the rebuilt cluster is filed, worked out apart from the index
        Map<String, Map<Long, List<ClusterState>>> filed = new HashMap<>();
        if (!remaining.isEmpty()) {
            fresh = new ClusterState(clusterId, old.type);
            // each remaining report keeps its arrival: they are the old members less the withdrawn, in order
            int m = 0;
            for (LinkInput in : remaining) {
                while (m < old.members.size() && !(old.members.get(m).doc().equals(in.doc())
                        && java.util.Objects.equals(old.members.get(m).event(), in.event().id()))) m++;
                long arrival = m < old.members.size() ? old.arrivals[m++] : arrivals++;
                join(fresh, Candidate.of(in), in, filed, arrival);
            }
        }
        // the old cluster is filed only under its type and codes, names or "_" (codes and names only grow)
        Set<String> keys = blockingCodes(old.codes, old.names);
        keys.add("_");
        for (String code : keys) {
            String key = old.type + '|' + code;
            Map<Long, List<ClusterState>> byBucket = index.get(key);
            if (byBucket == null) continue;
            Map<Long, List<ClusterState>> now = filed.getOrDefault(key, Map.of());
            for (Map.Entry<Long, List<ClusterState>> b : byBucket.entrySet()) {
                int at = b.getValue().indexOf(old);
                if (at < 0) continue;
                if (fresh != null && now.containsKey(b.getKey())) b.getValue().set(at, fresh);
                else b.getValue().remove(at);
            }
        }
        if (fresh == null) {
            clusters.remove(old);
            byId.remove(clusterId);
            return;
        }
        clusters.set(clusters.indexOf(old), fresh);
        byId.put(clusterId, fresh);
        for (Map.Entry<String, Map<Long, List<ClusterState>>> k : filed.entrySet()) {
            for (Long b : k.getValue().keySet()) {
                List<ClusterState> l = index.computeIfAbsent(k.getKey(), x -> new HashMap<>(8)).computeIfAbsent(b, x -> new ArrayList<>(2));
                if (!l.contains(fresh)) l.add(fresh); // filed where the old one never was
            }
        }
    }

    public int size() { return clusters.size(); }

    /** Every cluster, in the order they were founded. */
    public List<Cluster> clusters() {
        List<Cluster> out = new ArrayList<>(clusters.size());
        for (ClusterState c : clusters) out.add(c.toCluster());
        return out;
    }

    /** Stable: the founding report's document and event id decide it, whatever comes later. */
    static String clusterId(LinkInput in) {
        String basis = in.doc() + "\u0000" + in.event().id();
        long h = 1125899906842597L;
        for (int i = 0; i < basis.length(); i++) h = 31 * h + basis.charAt(i);
        return "c-" + Long.toHexString(h & 0xFFFFFFFFFFFFL);
    }

    private double score(ClusterState c, Candidate e) {
        if (!c.type.equals(e.type) || c.docs.contains(e.doc)) return -1;
        if (c.anchor == null || e.range == null) {
            if (c.anchor != e.range) return -1;          // one dated, one not: do not guess
        } else if (c.anchor.gap(e.range) > opts.windowDays()) return -1;
        double placeScore = placeScore(c, e);
        if (placeScore < 0) return -1;
        double s;
        if (!c.codes.isEmpty() && !e.codes.isEmpty()) {
            double j = jaccard(c.codes, e.codes);
            if (j < opts.minJaccard()) return -1;
            s = j;
        } else {
            if (placeScore == 0) return -1;              // no parties on one side: the place must agree
            s = 0.5;
        }
        s += placeScore * 0.5;
        if (c.anchor != null) s += 0.3 * (1.0 - (double) c.anchor.gap(e.range) / (opts.windowDays() + 1));
        if (e.mode != null && c.modes.contains(e.mode)) s += 0.1;
        return s;
    }

    /** 1 when some place agrees, 0 when unknown on a side, -1 when both are located and far apart. */
    private double placeScore(ClusterState c, Candidate e) {
        if (c.names.isEmpty() && c.points.isEmpty() || e.names.isEmpty() && e.points.isEmpty()) return 0;
        for (String n : e.names) if (c.names.contains(n)) return 1;
        if (c.points.isEmpty() || e.points.isEmpty()) return 0;
        double min = Double.MAX_VALUE;
        for (double[] p : e.points) for (double[] q : c.points) min = Math.min(min, Geo.km(p[0], p[1], q[0], q[1]));
        return min <= opts.maxKm() ? 1 : -1;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String x : a) if (b.contains(x)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }

    private void join(ClusterState c, Candidate e, LinkInput in, long arrival) {
        join(c, e, in, index, arrival);
    }

    private static void join(ClusterState c, Candidate e, LinkInput in, Map<String, Map<Long, List<ClusterState>>> index,
                             long arrival) {
        DateRange before = c.range;
        c.add(e, in, arrival);
        file(c, blockingCodes(e.codes, e.names), index);
        if (before != null && c.range != null && (c.range.first() != before.first() || c.range.last() != before.last())) {
            file(c, blockingCodes(c.codes, c.names), index);
        }
    }

    /** Files the cluster under each code's buckets of its date range (once per list). */
    private static void file(ClusterState c, Set<String> codes, Map<String, Map<Long, List<ClusterState>>> index) {
        long[] buckets = Buckets.index(c.range);
        for (String code : codes) {
            Map<Long, List<ClusterState>> byBucket = index.computeIfAbsent(c.type + '|' + code, x -> new HashMap<>(8));
            for (long b : buckets) {
                List<ClusterState> l = byBucket.computeIfAbsent(b, x -> new ArrayList<>(2));
                // the cluster just filed is most often the last one here: skip the scan then
                if (l.isEmpty() || l.get(l.size() - 1) != c && !l.contains(c)) l.add(c);
            }
        }
    }

    /** Party codes, and place names so that a report naming no party still meets its cluster. */
    private static Set<String> blockingCodes(Set<String> codes, Set<String> names) {
        Set<String> out = new TreeSet<>(codes);
        for (String n : names) out.add("@" + n);
        if (out.isEmpty()) out.add("_");
        return out;
    }

    /** An event reduced to what linking compares. */
    record Candidate(String doc, String type, String mode, Set<String> codes, DateRange range,
                     Set<String> names, List<double[]> points) {
        static Candidate of(LinkInput in) {
            Event ev = in.event();
            Set<String> codes = new TreeSet<>();
            for (Party p : ev.actor()) if (p.code() != null) codes.add(p.code());
            for (Party p : ev.recipient()) if (p.code() != null) codes.add(p.code());
            String date = ev.date() != null ? ev.date() : in.published();
            DateRange r = DateRange.parse(date, ev.date() != null ? ev.dateEnd() : null);
            Set<String> names = new HashSet<>();
            List<double[]> pts = new ArrayList<>();
            for (Location l : ev.locations()) {
                if (l.name() != null) names.add(l.name().toLowerCase(java.util.Locale.ROOT));
                if (l.text() != null) names.add(ArabicNormalizer.normalize(l.text()));
                if (l.lat() != null && l.lon() != null) pts.add(new double[] {l.lat(), l.lon()});
            }
            return new Candidate(in.doc(), ev.eventType(), ev.mode(), codes, r, names, pts);
        }
    }
}
