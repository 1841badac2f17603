package org.marsad.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.event.Evidence;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.event.Sizes;

class EventLinkerTest {
    private static Event ev(String id, String type, String date, List<String> actors, List<String> recipients,
                            Location... places) {
        List<Party> a = new ArrayList<>(), r = new ArrayList<>();
        for (String c : actors) a.add(new Party(null, c, null, null));
        for (String c : recipients) r.add(new Party(null, c, null, null));
        return new Event(id, type, null, List.of(), date, null, a, r, List.of(places), Sizes.NONE, List.of(), "asserted",
                new Evidence("", 0, 0));
    }

    private static final Location GORIS = new Location("غوريس", "Goris", "ARM", 39.51, 46.34);
    private static final Location JERMUK = new Location("جرموك", "Jermuk", "ARM", 39.84, 45.67);
    private static final Location IJEVAN = new Location("إيجيفان", "Ijevan", "ARM", 40.88, 45.15);

    @Test
    void twoOutletsReportingOneShellingFormOneCluster() {
        EventLinker l = new EventLinker();
        String c1 = l.add(new LinkInput("a1", "Outlet A", "2022-09-13", ev("e1", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), GORIS)));
        // The second outlet published a day later, dates the attack by "yesterday" and names a nearby town.
        String c2 = l.add(new LinkInput("b7", "Outlet B", "2022-09-14", ev("e9", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), JERMUK)));
        assertEquals(c1, c2);
        Cluster c = l.clusters().get(0);
        assertEquals(2, c.reports());
        assertEquals(List.of("Outlet A", "Outlet B"), c.outlets());
        assertEquals("2022-09-13", c.firstReport());
        assertEquals("2022-09-14", c.lastReport());
    }

    @Test
    void differentTypePartiesDatesOrFarPlacesStayApart() {
        EventLinker l = new EventLinker();
        String base = l.add(new LinkInput("a", "A", "2022-09-13", ev("e1", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), GORIS)));
        assertNotEquals(base, l.add(new LinkInput("b", "B", "2022-09-13", ev("e2", "ACCUSE", "2022-09-13", List.of("ARM"), List.of("AZE")))));
        assertNotEquals(base, l.add(new LinkInput("c", "C", "2022-09-13", ev("e3", "ASSAULT", "2022-09-13", List.of("RUS"), List.of("UKR"), GORIS))));
        assertNotEquals(base, l.add(new LinkInput("d", "D", "2022-09-20", ev("e4", "ASSAULT", "2022-09-20", List.of("AZE"), List.of("ARM"), GORIS))));
        assertNotEquals(base, l.add(new LinkInput("e", "E", "2022-09-13", ev("e5", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), IJEVAN))));
        assertEquals(5, l.size());
    }

    @Test
    void reportsADayApartEachDoNotChainAcrossWeeks() {
        EventLinker l = new EventLinker();
        String first = l.add(new LinkInput("d0", "A", "2022-09-01", ev("e0", "ASSAULT", "2022-09-01", List.of("AZE"), List.of("ARM"), GORIS)));
        String last = first;
        for (int i = 1; i <= 10; i++) {
            String day = "2022-09-" + String.format("%02d", 1 + i);
            last = l.add(new LinkInput("d" + i, "A", day, ev("e" + i, "ASSAULT", day, List.of("AZE"), List.of("ARM"), GORIS)));
        }
        assertNotEquals(first, last);
        for (Cluster c : l.clusters()) assertTrue(c.dateEnd() == null || java.time.LocalDate.parse(c.dateEnd())
                .toEpochDay() - java.time.LocalDate.parse(c.date()).toEpochDay() <= 2 * 2, c.toString());
    }

    @Test
    void eventsOfOneDocumentAreNeverMerged() {
        EventLinker l = new EventLinker();
        String a = l.add(new LinkInput("a", "A", "2022-09-13", ev("e1", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), GORIS)));
        String b = l.add(new LinkInput("a", "A", "2022-09-13", ev("e2", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), GORIS)));
        assertNotEquals(a, b);
    }

    @Test
    void reportWithoutPartiesJoinsOnlyWhenThePlaceAgrees() {
        EventLinker l = new EventLinker();
        String a = l.add(new LinkInput("a", "A", "2022-09-13", ev("e1", "ASSAULT", "2022-09-13", List.of("AZE"), List.of("ARM"), GORIS)));
        assertEquals(a, l.add(new LinkInput("b", "B", "2022-09-13", ev("e2", "ASSAULT", "2022-09-13", List.of(), List.of(),
                new Location("غوريس", null, null, null, null)))));
        assertNotEquals(a, l.add(new LinkInput("c", "C", "2022-09-13", ev("e3", "ASSAULT", "2022-09-13", List.of(), List.of()))));
    }

    @Test
    void monthDatedReportLinksToDayDatedOneInThatMonth() {
        EventLinker l = new EventLinker();
        String a = l.add(new LinkInput("a", "A", "2022-09-13", ev("e1", "AGREE", "2022-09-13", List.of("ARM", "AZE"), List.of())));
        assertEquals(a, l.add(new LinkInput("b", "B", "2022-10-02", ev("e2", "AGREE", "2022-09", List.of("ARM", "AZE"), List.of()))));
    }

    @Test
    void clusterIdsDoNotDependOnLaterReports() {
        List<LinkInput> in = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String date = "2022-09-" + (10 + i % 5);
            in.add(new LinkInput("d" + i, "O" + (i % 4), date, ev("e" + i, i % 2 == 0 ? "ASSAULT" : "CONSULT", date,
                    List.of(i % 3 == 0 ? "ARM" : "AZE"), List.of("ARM"))));
        }
        EventLinker first = new EventLinker();
        String founding = first.add(in.get(0));
        for (LinkInput x : in.subList(1, in.size())) first.add(x);
        assertEquals(founding, first.clusters().get(0).id());
        // The same founding report gives the same id in another run with other reports after it.
        List<LinkInput> rest = new ArrayList<>(in.subList(1, in.size()));
        Collections.shuffle(rest, new Random(7));
        EventLinker second = new EventLinker();
        assertEquals(founding, second.add(in.get(0)));
        for (LinkInput x : rest) second.add(x);
        assertEquals(founding, second.clusters().get(0).id());
    }

    /** Random reports over a few weeks, types, parties and places, with coarse and missing dates. */
    private static List<LinkInput> reports(Random rnd, int n, String prefix) {
        String[] types = {"ASSAULT", "ASSAULT", "ACCUSE", "CONSULT"}, codes = {"ARM", "AZE", "RUS", "TUR"};
        Location[] places = {GORIS, JERMUK, IJEVAN};
        List<LinkInput> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String day = "2022-09-" + (10 + rnd.nextInt(15));
            String date = switch (rnd.nextInt(8)) {
                case 0 -> null;
                case 1 -> "2022-09";
                default -> day;
            };
            List<String> actors = rnd.nextInt(4) == 0 ? List.of() : List.of(codes[rnd.nextInt(codes.length)]);
            Location[] at = rnd.nextBoolean() ? new Location[] {places[rnd.nextInt(places.length)]} : new Location[0];
            // a few events per document, so that a withdrawn document takes several reports with it
            out.add(new LinkInput(prefix + (i / 3), "O" + rnd.nextInt(5), day,
                    ev(prefix + i, types[rnd.nextInt(types.length)], date, actors, List.of(codes[rnd.nextInt(codes.length)]), at)));
        }
        return out;
    }

    @Test
    void rebuildingTheClustersOfWithdrawnReportsEqualsRestoringWhatRemains() {
        Random rnd = new Random(3);
        List<LinkInput> all = reports(rnd, 600, "d");
        EventLinker live = new EventLinker();
        List<String> clusterOf = new ArrayList<>();
        for (LinkInput in : all) clusterOf.add(live.add(in));
        // withdraw every seventh document's reports and rebuild the clusters they were in
        java.util.Set<String> gone = new java.util.HashSet<>(), touched = new java.util.TreeSet<>();
        for (int i = 0; i < all.size(); i++) {
            if (Integer.parseInt(all.get(i).doc().substring(1)) % 7 == 0) { gone.add(all.get(i).event().id()); touched.add(clusterOf.get(i)); }
        }
        for (String c : touched) {
            List<LinkInput> left = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) if (clusterOf.get(i).equals(c) && !gone.contains(all.get(i).event().id())) left.add(all.get(i));
            live.rebuild(c, left);
        }
        EventLinker restored = new EventLinker();
        for (int i = 0; i < all.size(); i++) if (!gone.contains(all.get(i).event().id())) restored.restore(clusterOf.get(i), all.get(i));
        assertTrue(touched.size() > 20, "many clusters touched: " + touched.size());
        assertEquals(byId(restored.clusters()), byId(live.clusters()));
        // and new reports link alike in both
        for (LinkInput in : reports(new Random(4), 300, "n")) assertEquals(restored.add(in), live.add(in), in.event().id());
        assertEquals(byId(restored.clusters()), byId(live.clusters()));
    }

    private static java.util.Map<String, Cluster> byId(List<Cluster> cs) {
        java.util.Map<String, Cluster> m = new java.util.HashMap<>();
        for (Cluster c : cs) m.put(c.id(), c);
        return m;
    }
}
