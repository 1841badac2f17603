package org.marsad.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.link.EventLinker;
import org.marsad.link.LinkInput;
import org.marsad.link.LinkOptions;

/**
 * Clusters by cross-document linking: {@link EventLinker} (same type, overlapping parties, dates
 * within a window, compatible places) decides whether a new event reports an incident already
 * stored. The linker works in memory; it is rebuilt from the stored events before the first
 * ingest of a session and whenever the store's events changed under it, so its clusters are
 * always those in the database. Linker cluster ids are mapped to store cluster ids.
 */
public final class LinkingClusterAssigner implements ClusterAssigner {
    private final LinkOptions options;
    private EventLinker linker;
    private final Map<String, Long> storeIds = new HashMap<>();
    private final Map<Long, String> linkerIds = new HashMap<>();
    private String lastFounded;

    public LinkingClusterAssigner() {
        this(LinkOptions.DEFAULT);
    }

    public LinkingClusterAssigner(LinkOptions options) {
        this.options = options;
        this.linker = new EventLinker(options);
    }

    @Override
    public boolean stateful() {
        return true;
    }

    @Override
    public void restore(List<Restored> stored) {
        linker = new EventLinker(options);
        storeIds.clear();
        linkerIds.clear();
        for (Restored r : stored) {
            String id = "s" + r.clusterId();
            linker.restore(id, input(r));
            storeIds.put(id, r.clusterId());
            linkerIds.put(r.clusterId(), id);
        }
    }

    /**
     * Rebuilds just the clusters that lost events ({@link EventLinker#rebuild}): a replaced article in
     * a store of 100k events cost a full restore (every event's JSON read and linked again, ≈ 10 CPU s)
     * where its handful of clusters take milliseconds.
     */
    @Override
    public boolean removed(Map<Long, List<Restored>> remaining) {
        for (Map.Entry<Long, List<Restored>> c : remaining.entrySet()) {
            String id = linkerIds.get(c.getKey());
            if (id == null) return false; // a cluster the linker never saw: it is not in step
            List<LinkInput> left = new java.util.ArrayList<>(c.getValue().size());
            for (Restored r : c.getValue()) left.add(input(r));
            linker.rebuild(id, left);
            if (left.isEmpty()) {
                linkerIds.remove(c.getKey());
                storeIds.remove(id);
            }
        }
        return true;
    }

    private static LinkInput input(Restored r) {
        return new LinkInput(r.doc(), r.outlet(), date(r.published()), r.event());
    }

    @Override
    public Long assign(Event event, Document doc, Candidates candidates) {
        String id = linker.add(new LinkInput(doc.id(), doc.outlet(), date(doc.published()), event));
        Long known = storeIds.get(id);
        lastFounded = known == null ? id : null;
        return known;
    }

    @Override
    public void founded(long clusterId) {
        if (lastFounded != null) {
            storeIds.put(lastFounded, clusterId);
            linkerIds.put(clusterId, lastFounded);
        }
        lastFounded = null;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
