package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.event.Evidence;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.event.Sizes;
import org.marsad.quantity.Size;

/**
 * Random articles whose events exercise every filter column (missing dates and figures, month and
 * year dates, places with and without coordinates, several parties), and random queries whose
 * answer from the in-memory filter index must equal the SQL answer over the tables: same total,
 * same ids in the same order.
 */
final class FilterAgreement {
    private static final String[] TYPES = {"ASSAULT", "ASSAULT", "ACCUSE", "AGREE", "PROTEST"};
    private static final String[] MODES = {"aerial", "heavy-weapons", null};
    private static final String[] STATUSES = {"asserted", "claimed", "negated"};
    private static final String[] CODES = {"ARM", "AZE", "RUS", "IGO:CSTO", null};
    private static final String[][] PLACES = {{"غوريس", "Goris"}, {"جرموك", "Jermuk"}, {"كابان", null}, {"سوتك", "Sotk"}};
    private static final double[][] POINTS = {{39.51, 46.34}, {39.84, 45.67}, {39.21, 46.41}, {40.20, 45.95}};

    private FilterAgreement() {}

    static MarsadStore.Article article(Random rnd, int i, int version) {
        StringBuilder text = new StringBuilder("تقرير " + (rnd.nextBoolean() ? "عاجل" : "ميداني") + " رقم " + i + ".\n");
        List<Event> events = new ArrayList<>();
        LocalDate base = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(90));
        for (int k = 0, n = 1 + rnd.nextInt(4); k < n; k++) {
            int p = rnd.nextInt(PLACES.length);
            String s = "حادثة " + k + " قرب " + PLACES[p][0] + " (نسخة " + version + ").";
            int start = text.length();
            text.append(s).append(' ');
            String date = switch (rnd.nextInt(6)) {
                case 0 -> null;
                case 1 -> base.toString().substring(0, 7);
                case 2 -> "2026";
                default -> base.plusDays(rnd.nextInt(5)).toString();
            };
            List<Location> locs = rnd.nextInt(5) == 0 ? List.of() : List.of(new Location(PLACES[p][0], PLACES[p][1], "ARM",
                    rnd.nextBoolean() ? POINTS[p][0] : null, rnd.nextBoolean() ? POINTS[p][1] : null));
            Integer killed = rnd.nextInt(3) == 0 ? null : rnd.nextInt(12);
            events.add(new Event("r" + i + "-" + k, TYPES[rnd.nextInt(TYPES.length)], MODES[rnd.nextInt(MODES.length)], List.of(),
                    date, null, parties(rnd), parties(rnd), locs,
                    killed == null ? Sizes.NONE : new Sizes(Size.exactly(killed), null, null), List.of(),
                    STATUSES[rnd.nextInt(STATUSES.length)], rnd.nextInt(6) == 0 ? null : new Evidence(s, start, start + s.length())));
        }
        Document doc = new Document("r-" + i, "تقرير " + i, text.toString(), base, "وكالة", "https://news.example/r/" + i,
                List.of(), "ar", List.of());
        return new MarsadStore.Article(doc, Fixtures.record(doc, List.of(), events));
    }

    private static List<Party> parties(Random rnd) {
        List<Party> out = new ArrayList<>();
        for (int j = 0, n = rnd.nextInt(3); j < n; j++) out.add(new Party("طرف", CODES[rnd.nextInt(CODES.length)], "MIL", null));
        return out;
    }

    static EventQuery query(Random rnd) {
        EventQuery q = EventQuery.all().limit(1 + rnd.nextInt(30)).offset(rnd.nextInt(4) == 0 ? rnd.nextInt(40) : 0)
                .sort(EventQuery.Sort.values()[rnd.nextInt(EventQuery.Sort.values().length)]);
        LocalDate d = LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(100));
        if (rnd.nextInt(3) == 0) q = q.from(d);
        if (rnd.nextInt(3) == 0) q = q.to(d.plusDays(rnd.nextInt(40)));
        if (rnd.nextInt(3) == 0) q = q.types(List.of(TYPES[rnd.nextInt(TYPES.length)], rnd.nextBoolean() ? "AGREE" : "NO_SUCH"));
        if (rnd.nextInt(5) == 0) q = q.modes(List.of("aerial"));
        if (rnd.nextInt(4) == 0) q = q.statuses(List.of(STATUSES[rnd.nextInt(STATUSES.length)]));
        if (rnd.nextInt(3) == 0) q = q.partyCodes(List.of(rnd.nextBoolean() ? "ARM" : "IGO:CSTO"));
        if (rnd.nextInt(4) == 0) q = q.location(rnd.nextBoolean() ? "Goris" : rnd.nextBoolean() ? "جرموك" : "nowhere");
        if (rnd.nextInt(4) == 0) q = q.bbox(new EventQuery.BoundingBox(46.0, 39.0, 46.5, 39.9));
        if (rnd.nextInt(4) == 0) q = q.minKilled(rnd.nextInt(10));
        if (rnd.nextInt(6) == 0) q = q.text(rnd.nextBoolean() ? "عاجل" : "غوريس");
        return q;
    }

    /** Asserts that {@code n} random queries get the same answer from the filter index as from SQL. */
    static void check(MarsadStore store, Random rnd, int n) {
        for (int i = 0; i < n; i++) {
            EventQuery q = query(rnd);
            EventPage fast = store.events(q), sql = store.eventsBySql(q);
            assertEquals(sql.total(), fast.total(), "total of " + q);
            assertEquals(sql.events().stream().map(StoredEvent::id).toList(), fast.events().stream().map(StoredEvent::id).toList(),
                    "page of " + q);
            if (i % 5 == 0) assertEquals(store.timelineBySql(q), store.timeline(q), "timeline of " + q);
        }
        assertReportCountsCounted(store);
        assertEquals(store.statsBySql(), store.stats(), "stats from the filter index");
    }

    /** Every event's report count (kept in its cluster's row) is its cluster's mentions as counted now. */
    static void assertReportCountsCounted(MarsadStore store) {
        java.util.Map<Long, Long> counted = store.countedReportsBySql();
        for (StoredEvent e : store.events(EventQuery.all().limit(EventQuery.MAX_LIMIT)).events())
            assertEquals(counted.get(e.clusterId()), (Long) (long) e.reportCount(), "report count of cluster " + e.clusterId());
    }
}
