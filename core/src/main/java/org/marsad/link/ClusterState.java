package org.marsad.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The growing state of one cluster inside the linker; published as an immutable {@link Cluster}. */
final class ClusterState {
    final String id, type;
    final Set<String> docs = new HashSet<>();
    final Set<String> codes = new TreeSet<>();
    final Set<String> modes = new HashSet<>();
    final Set<String> names = new HashSet<>();
    final List<double[]> points = new ArrayList<>();
    final Set<String> outlets = new LinkedHashSet<>();
    final List<Cluster.Member> members = new ArrayList<>();
    DateRange range;
    /** The founding report's dates: later reports are compared with it, so a chain of reports a day
     *  apart each cannot drag one cluster across weeks. */
    DateRange anchor;
    String firstReport, lastReport;
    /** Arrival number (in the linker) of each member, and of the first: the linker's tie-break. */
    long[] arrivals = new long[2];
    long first = Long.MAX_VALUE;

    ClusterState(String id, String type) { this.id = id; this.type = type; }

    void add(EventLinker.Candidate e, LinkInput in, long arrival) {
        if (members.size() == arrivals.length) arrivals = java.util.Arrays.copyOf(arrivals, arrivals.length * 2);
        arrivals[members.size()] = arrival;
        if (members.isEmpty()) first = arrival;
        docs.add(e.doc());
        codes.addAll(e.codes());
        if (e.mode() != null) modes.add(e.mode());
        names.addAll(e.names());
        if (points.size() < 16) points.addAll(e.points());   // enough to compare; bounded memory
        if (in.outlet() != null) outlets.add(in.outlet());
        members.add(new Cluster.Member(in.doc(), in.event().id(), in.outlet(), in.published()));
        if (e.range() != null) { range = range == null ? e.range() : range.union(e.range()); }
        if (anchor == null) anchor = e.range();
        String p = in.published();
        if (p != null) {
            if (firstReport == null || p.compareTo(firstReport) < 0) firstReport = p;
            if (lastReport == null || p.compareTo(lastReport) > 0) lastReport = p;
        }
    }

    Cluster toCluster() {
        String date = null, end = null;
        if (range != null) {
            date = range.firstIso();
            end = range.last() == range.first() ? null : range.lastIso();
        }
        return new Cluster(id, type, date, end, List.copyOf(codes), members.size(), List.copyOf(outlets),
                firstReport, lastReport, List.copyOf(members));
    }
}
