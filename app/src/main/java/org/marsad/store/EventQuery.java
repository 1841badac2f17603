package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * Filters, paging and sort for {@link MarsadStore#events(EventQuery)}. Every filter is optional
 * (null or empty = no constraint); filters combine with AND, values within one list with OR.
 * Build one fluently: {@code EventQuery.all().types(List.of("ASSAULT")).from(d).limit(50)}.
 *
 * @param from       events whose date range ends on or after this day
 * @param to         events whose date range starts on or before this day
 * @param types      PLOVER event types
 * @param modes      PLOVER modes
 * @param partyCodes party codes (ISO3 or IGO:X) that some actor or recipient has
 * @param location   a place name: matches a location's English name or its text as written,
 *                   case-insensitive after Arabic normalisation
 * @param bbox       only events with a geocoded location inside this box
 * @param text       Lucene query over the reporting articles (same syntax as {@link MarsadStore#search})
 * @param statuses   asserted, claimed, planned, hypothetical, negated
 * @param minKilled  events whose best (else low) killed figure is at least this
 * @param clusterId  events of one cluster
 * @param articleId  events of one article
 * @param limit      page size, 1..10000 (default 50)
 * @param offset     rows to skip (default 0)
 * @param sort       order of the page (default newest first)
 */
public record EventQuery(LocalDate from, LocalDate to, List<String> types, List<String> modes,
                         List<String> partyCodes, String location, BoundingBox bbox, String text,
                         List<String> statuses, Integer minKilled, Long clusterId, Long articleId,
                         int limit, int offset, Sort sort) {

    public static final int MAX_LIMIT = 10_000;

    public EventQuery {
        types = types == null ? List.of() : List.copyOf(types);
        modes = modes == null ? List.of() : List.copyOf(modes);
        partyCodes = partyCodes == null ? List.of() : List.copyOf(partyCodes);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ": " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0: " + offset);
        if (sort == null) sort = Sort.DATE_DESC;
        if (location != null && location.isBlank()) location = null;
        if (text != null && text.isBlank()) text = null;
    }

    /** No filter, first 50 events, newest first. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, null, 50, 0, Sort.DATE_DESC);
    }

    /** Order of the events on a page; ties are broken by store id. */
    public enum Sort {
        DATE_DESC, DATE_ASC, KILLED_DESC, ID_ASC, ID_DESC;

        /** Parses {@code date}, {@code -date}, {@code killed}/{@code -killed}, {@code id}, {@code -id}. */
        public static Sort parse(String s) {
            return switch (s) {
                case "-date", "date_desc" -> DATE_DESC;
                case "date", "date_asc" -> DATE_ASC;
                case "killed", "-killed", "killed_desc" -> KILLED_DESC;
                case "id", "id_asc" -> ID_ASC;
                case "-id", "id_desc" -> ID_DESC;
                default -> throw new IllegalArgumentException("unknown sort '" + s + "' (date, -date, -killed, id, -id)");
            };
        }
    }

    /** A longitude/latitude box; {@code minLon <= lon <= maxLon} and {@code minLat <= lat <= maxLat}. */
    public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
        public BoundingBox {
            if (!(minLon <= maxLon && minLat <= maxLat)) throw new IllegalArgumentException("bbox needs minLon<=maxLon and minLat<=maxLat");
        }

        /** Parses {@code minLon,minLat,maxLon,maxLat}. */
        public static BoundingBox parse(String s) {
            String[] p = s.split(",");
            if (p.length != 4) throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat");
            try {
                return new BoundingBox(Double.parseDouble(p[0].trim()), Double.parseDouble(p[1].trim()),
                        Double.parseDouble(p[2].trim()), Double.parseDouble(p[3].trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox must be four numbers: " + s);
            }
        }
    }

    public EventQuery from(LocalDate v) { return new EventQuery(v, to, types, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery to(LocalDate v) { return new EventQuery(from, v, types, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery types(List<String> v) { return new EventQuery(from, to, v, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery modes(List<String> v) { return new EventQuery(from, to, types, v, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery partyCodes(List<String> v) { return new EventQuery(from, to, types, modes, v, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery location(String v) { return new EventQuery(from, to, types, modes, partyCodes, v, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery bbox(BoundingBox v) { return new EventQuery(from, to, types, modes, partyCodes, location, v, text, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery text(String v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, v, statuses, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery statuses(List<String> v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, v, minKilled, clusterId, articleId, limit, offset, sort); }
    public EventQuery minKilled(Integer v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, statuses, v, clusterId, articleId, limit, offset, sort); }
    public EventQuery clusterId(Long v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, statuses, minKilled, v, articleId, limit, offset, sort); }
    public EventQuery articleId(Long v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, v, limit, offset, sort); }
    public EventQuery limit(int v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, v, offset, sort); }
    public EventQuery offset(int v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, v, sort); }
    public EventQuery sort(Sort v) { return new EventQuery(from, to, types, modes, partyCodes, location, bbox, text, statuses, minKilled, clusterId, articleId, limit, offset, v); }
}
