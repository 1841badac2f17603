package org.marsad.event;

import java.util.List;

/** The place an article is about, for its events that name none. */
final class FocusPlace {
    private FocusPlace() {}

    /**
     * An event whose sentence names no place happens where the article is: it takes the place the
     * article's events name most ("ومنذ الأحد يواصل سائقو الشاحنات الإضراب" in a report from Lagos).
     * Only acts on the ground (attacks, protests, coercion, deployments) are placed so.
     */
    private static final java.util.Set<String> ON_THE_GROUND = java.util.Set.of("ASSAULT", "PROTEST", "COERCE", "MOBILIZE");

    /** The geocoded place the article's candidates name most (ties: the first named), or null. */
    static Location of(List<Candidate> all) {
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        java.util.Map<String, Location> byKey = new java.util.HashMap<>();
        for (Candidate c : all) {
            for (Location l : c.locations) {
                if (l.lat() == null || l.code() == null || l.code().startsWith("IGO")) continue;
                String key = l.name() != null ? l.name() : l.text();
                n.merge(key, 1, Integer::sum);
                byKey.putIfAbsent(key, l);
            }
        }
        return n.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .map(e -> byKey.get(e.getKey())).orElse(null);
    }

    static List<Event> fill(List<Event> evs, List<Candidate> all) {
        Location focus = of(all);
        if (focus == null) return evs;
        List<Event> out = new java.util.ArrayList<>(evs.size());
        for (Event e : evs) {
            // only acts on the ground: a phone call or an appeal is not where the article's fighting is
            if (!e.locations().isEmpty() || !ON_THE_GROUND.contains(e.eventType())) { out.add(e); continue; }
            out.add(new Event(e.id(), e.eventType(), e.mode(), e.context(), e.date(), e.dateEnd(), e.actor(), e.recipient(),
                    List.of(focus), e.size(), e.claimedBy(), e.status(), e.evidence()));
        }
        return out;
    }

}
