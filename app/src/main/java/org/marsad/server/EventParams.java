package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.store.EventQuery;

/**
 * Reads the filters, paging and sort of {@code /api/events} (and of the exports, which take the same
 * filters) from the query string into an {@link EventQuery}. Every malformed value is a
 * {@link BadRequest} naming the parameter, never a silent default: an analyst who typed a bad date
 * must not get an unfiltered answer that looks filtered.
 */
public final class EventParams {
    static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
    static final Set<String> STATUSES = Set.of("asserted", "claimed", "planned", "hypothetical", "negated");
    private static final Set<String> KNOWN = Set.of("from", "to", "type", "mode", "party", "location", "bbox", "q",
            "status", "min_killed", "cluster", "article", "limit", "offset", "sort");

    private EventParams() {}

    /** The query of one request; {@code defaultLimit} and {@code maxLimit} bound {@code limit}. */
    public static EventQuery parse(Context ctx, int defaultLimit, int maxLimit) {
        return filters(ctx).limit(intParam(ctx, "limit", defaultLimit, 1, Math.min(maxLimit, EventQuery.MAX_LIMIT)))
                .offset(intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE));
    }

    /** The filters and sort only (exports page through every match themselves). */
    public static EventQuery filters(Context ctx) {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!KNOWN.contains(k)) throw new BadRequest("unknown parameter '" + k + "'");
        }
        EventQuery q = EventQuery.all();
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) throw new BadRequest("'to' is before 'from'");
        q = q.from(from).to(to);
        List<String> types = list(ctx, "type", true);
        for (String t : types) if (!TYPES.contains(t)) throw new BadRequest("unknown event type '" + t + "'");
        List<String> statuses = list(ctx, "status", false);
        for (String s : statuses) if (!STATUSES.contains(s)) throw new BadRequest("unknown status '" + s + "'");
        q = q.types(types).statuses(statuses).modes(list(ctx, "mode", false)).partyCodes(list(ctx, "party", true));
        String location = ctx.queryParam("location");
        if (location != null) q = q.location(location.strip());
        String bbox = ctx.queryParam("bbox");
        if (bbox != null) {
            try {
                q = q.bbox(EventQuery.BoundingBox.parse(bbox));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        }
        String text = ctx.queryParam("q");
        if (text != null) q = q.text(text.strip());
        if (ctx.queryParam("min_killed") != null) q = q.minKilled(intParam(ctx, "min_killed", 0, 0, Integer.MAX_VALUE));
        if (ctx.queryParam("cluster") != null) q = q.clusterId(longParam(ctx, "cluster"));
        if (ctx.queryParam("article") != null) q = q.articleId(longParam(ctx, "article"));
        String sort = ctx.queryParam("sort");
        if (sort != null) {
            try {
                q = q.sort(EventQuery.Sort.parse(sort.strip()));
            } catch (IllegalArgumentException e) {
                throw new BadRequest(e.getMessage());
            }
        }
        return q;
    }

    /** An integer parameter within {@code [min, max]}, or {@code dflt} when absent. */
    public static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new BadRequest("'" + name + "' must be between " + min + " and " + max + ": " + v);
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be an integer: " + v);
        }
    }

    static long longParam(Context ctx, String name) {
        String v = ctx.queryParam(name);
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be an integer: " + v);
        }
    }

    /** A path id: a positive integer, else 400 (not 404: the request itself is malformed). */
    static long pathId(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            long id = Long.parseLong(v);
            if (id < 0) throw new NumberFormatException();
            return id;
        } catch (NumberFormatException e) {
            throw new BadRequest("id must be a non-negative integer: " + v);
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("'" + name + "' must be a date YYYY-MM-DD: " + v);
        }
    }

    /** Comma-separated values, repeated parameters allowed ({@code type=A,B} or {@code type=A&type=B}). */
    private static List<String> list(Context ctx, String name, boolean upper) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                String s = part.strip();
                if (s.isEmpty()) continue;
                out.add(upper && !s.startsWith("IGO:") ? s.toUpperCase(Locale.ROOT) : upper ? "IGO:" + s.substring(4).toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
