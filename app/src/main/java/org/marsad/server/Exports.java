package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.event.Event;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.quantity.Size;
import org.marsad.store.EventPage;
import org.marsad.store.EventQuery;
import org.marsad.store.StoredEvent;

/**
 * The three exports, streamed page by page so that a large store never sits in memory:
 * PLOVER-style JSON lines (the spec's EVENT plus store ids), ACLED-style CSV, and a GeoJSON
 * FeatureCollection with one point per geocoded location of each event.
 */
public final class Exports {
    static final String[] CSV_COLUMNS = {"event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting",
            "iso3", "location", "latitude", "longitude", "notes", "fatalities", "plover_type", "plover_mode",
            "status", "claimed_by", "cluster_id", "report_count", "doc", "marsad_id"};

    private final ObjectMapper om;
    private final JsonViews views;
    private final Function<EventQuery, EventPage> events;

    public Exports(ObjectMapper om, Function<EventQuery, EventPage> events) {
        this.om = om;
        this.views = new JsonViews(om);
        this.events = events;
    }

    /** Calls {@code each} for every event matching {@code q}, at most {@code cap}, in the query's sort. */
    void forEach(EventQuery q, int cap, IoConsumer<StoredEvent> each) throws IOException {
        int done = 0;
        while (done < cap) {
            int n = Math.min(EventQuery.MAX_LIMIT, cap - done);
            EventPage page = events.apply(q.limit(n).offset(done));
            for (StoredEvent e : page.events()) each.accept(e);
            done += page.events().size();
            if (page.events().size() < n || done >= page.total()) break;
        }
    }

    public void jsonl(EventQuery q, int cap, Writer w) throws IOException {
        forEach(q, cap, e -> {
            w.write(om.writeValueAsString(views.event(e)));
            w.write('\n');
        });
    }

    public void csv(EventQuery q, int cap, Writer w) throws IOException {
        w.write(String.join(",", CSV_COLUMNS));
        w.write("\r\n");
        forEach(q, cap, se -> {
            Event e = se.event();
            AcledMapping.Acled a = AcledMapping.of(e);
            Location loc = e.locations().isEmpty() ? null : e.locations().get(0);
            String iso = loc != null && loc.code() != null ? loc.code() : firstCode(e);
            String date = e.date() == null ? "" : e.date();
            String[] row = {
                (iso == null ? "XXX" : iso.replace("IGO:", "")) + se.id(), date,
                date.length() >= 4 ? date.substring(0, 4) : "", precision(date), a.disorderType(), a.eventType(),
                a.subEventType(), party(e.actor(), 0), others(e.actor()), party(e.recipient(), 0), others(e.recipient()),
                AcledMapping.targetsCivilians(e.recipient()) ? "Civilian targeting" : "",
                iso, loc == null ? "" : nz(loc.name() != null ? loc.name() : loc.text()),
                loc == null || loc.lat() == null ? "" : loc.lat().toString(),
                loc == null || loc.lon() == null ? "" : loc.lon().toString(),
                e.evidence() == null ? "" : e.evidence().sentence(), Integer.toString(fatalities(e.size().killed())),
                e.eventType(), nz(e.mode()), nz(e.status()), joinParties(e.claimedBy()),
                Long.toString(se.clusterId()), Integer.toString(se.reportCount()), nz(se.doc()), Long.toString(se.id())};
            for (int i = 0; i < row.length; i++) {
                if (i > 0) w.write(',');
                w.write(csvField(row[i]));
            }
            w.write("\r\n");
        });
    }

    public void geojson(EventQuery q, int cap, Writer w) throws IOException {
        w.write("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean[] first = {true};
        forEach(q, cap, se -> {
            Event e = se.event();
            for (Location loc : e.locations()) {
                if (loc.lat() == null || loc.lon() == null) continue;
                ObjectNode f = om.createObjectNode();
                f.put("type", "Feature");
                ObjectNode g = f.putObject("geometry");
                g.put("type", "Point");
                ArrayNode c = g.putArray("coordinates");
                c.add(loc.lon());
                c.add(loc.lat());
                ObjectNode p = f.putObject("properties");
                p.put("id", se.id());
                p.put("event_type", e.eventType());
                p.put("mode", e.mode());
                p.put("date", e.date());
                p.put("status", e.status());
                p.put("place", loc.name() != null ? loc.name() : loc.text());
                p.put("place_text", loc.text());
                p.put("code", loc.code());
                Size k = e.size().killed();
                if (k != null) p.put("killed", fatalities(k));
                p.put("actors", joinParties(e.actor()));
                p.put("recipients", joinParties(e.recipient()));
                p.put("cluster_id", se.clusterId());
                p.put("report_count", se.reportCount());
                if (!first[0]) w.write(',');
                first[0] = false;
                w.write(om.writeValueAsString(f));
            }
        });
        w.write("]}");
    }

    /** ACLED time_precision: 1 a day, 3 a month (or a year: ACLED has no coarser class). */
    private static String precision(String date) {
        return date.length() == 10 ? "1" : date.isEmpty() ? "" : "3";
    }

    static int fatalities(Size s) {
        if (s == null) return 0;
        if (s.best() != null) return s.best();
        if (s.low() != null) return s.low();
        return s.high() == null ? 0 : s.high();
    }

    private static String firstCode(Event e) {
        for (Party p : e.actor()) if (p.code() != null) return p.code();
        for (Party p : e.recipient()) if (p.code() != null) return p.code();
        return null;
    }

    private static String label(Party p) {
        String n = p.name() != null ? p.name() : p.text();
        return p.code() == null ? nz(n) : nz(n) + " (" + p.code() + ")";
    }

    private static String party(List<Party> ps, int i) {
        return ps.size() > i ? label(ps.get(i)) : "";
    }

    private static String others(List<Party> ps) {
        return ps.size() <= 1 ? "" : joinParties(ps.subList(1, ps.size()));
    }

    private static String joinParties(List<Party> ps) {
        List<String> out = new ArrayList<>(ps.size());
        for (Party p : ps) out.add(label(p));
        return String.join("; ", out);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** RFC 4180: quote when the field holds a comma, quote, CR or LF; double inner quotes. */
    static String csvField(String s) {
        if (s == null) return "";
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T t) throws IOException;
    }
}
