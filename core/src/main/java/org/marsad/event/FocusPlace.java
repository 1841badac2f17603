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

    /**
     * Places each placeless act on the ground in the scene being told: the place of the nearest
     * candidate before it that names a town or site (a report moves from scene to scene, "وفي شمال
     * البلاد …" opening the next, and a toll or clash told without a place belongs to the scene it
     * follows), else the nearest before it that names only a state, else the article's focus. A
     * scene is left when the dates part by more than a week: a past attack recalled in passing ("وفي
     * تشرين الأول 2019 قتل 40 شخصا في غارة …") is not where today's was.
     */
    static List<Event> fill(List<Event> evs, List<Candidate> all, PlaceScope scope) {
        Location focus = of(all);
        if (focus == null) return evs;
        List<Event> out = new java.util.ArrayList<>(evs.size());
        for (Event e : evs) {
            // only acts on the ground: a phone call or an appeal is not where the article's fighting is
            if (!e.locations().isEmpty() || !ON_THE_GROUND.contains(e.eventType())) { out.add(e); continue; }
            out.add(new Event(e.id(), e.eventType(), e.mode(), e.context(), e.date(), e.dateEnd(), e.actor(), e.recipient(),
                    scene(all, e, scope, focus), e.size(), e.claimedBy(), e.status(), e.evidence()));
        }
        return out;
    }

    /** Both dates known (YYYY-MM-DD, or coarser: then the first day) and at most seven days apart. */
    private static boolean near(String a, String b) {
        java.time.LocalDate x = day(a), y = day(b);
        return x != null && y != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(x, y)) <= 7;
    }

    private static java.time.LocalDate day(String d) {
        if (d == null) return null;
        try {
            if (d.length() == 10) return java.time.LocalDate.parse(d);
            if (d.length() == 7) return java.time.LocalDate.parse(d + "-01");
            if (d.length() == 4) return java.time.LocalDate.parse(d + "-01-01");
        } catch (java.time.format.DateTimeParseException ex) { return null; }
        return null;
    }

    /** The places of the scene an event told at character {@code at} belongs to (see {@link #fill}). */
    private static List<Location> scene(List<Candidate> all, Event e, PlaceScope scope, Location focus) {
        int at = e.evidence() == null ? -1 : e.evidence().start();
        Candidate fine = null, coarse = null;
        for (Candidate c : all) {
            if (c.evStart >= at || c.evStart < 0 || !near(c.date, e.date())) continue;
            boolean hasFine = false, hasAny = false;
            for (Location l : c.locations) {
                if (l.lat() == null || l.code() == null || l.code().startsWith("IGO")) continue;
                hasAny = true;
                hasFine |= !scope.isState(l);
            }
            if (hasFine && (fine == null || c.evStart > fine.evStart)) fine = c;
            if (hasAny && (coarse == null || c.evStart > coarse.evStart)) coarse = c;
        }
        Candidate from = fine != null ? fine : coarse;
        if (from == null) return List.of(focus);
        List<Location> out = new java.util.ArrayList<>();
        for (Location l : from.locations)
            if (l.lat() != null && l.code() != null && !l.code().startsWith("IGO") && (fine == null || !scope.isState(l))) out.add(l);
        return out;
    }

}
