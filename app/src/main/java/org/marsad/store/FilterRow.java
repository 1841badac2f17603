package org.marsad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link EventFilterIndex} keeps of one stored event: its filter columns exactly as the writer
 * stored them (capped, normalised), so that the index and the tables answer a query alike.
 *
 * @param dateFrom  first day (epoch day), or {@link EventFilterIndex#NO_DAY}
 * @param dateTo    last day (epoch day), or {@link EventFilterIndex#NO_DAY}
 * @param killed    best (else low) killed figure, or {@link EventFilterIndex#NO_KILLED}
 * @param day       the extracted date's first 10 characters (the timeline's day), or null
 * @param parties   codes of its actors and recipients
 * @param places    its locations
 */
record FilterRow(long id, long articleId, long clusterId, String type, String mode, String status, int dateFrom,
                 int dateTo, int killed, String day, List<String> parties, List<Place> places) {

    /** One location: normalised name and text keys (either may be null) and coordinates (NaN when absent). */
    record Place(String nameKey, String textKey, double lat, double lon) {}

    static int day(LocalDate d) {
        return d == null ? EventFilterIndex.NO_DAY : (int) d.toEpochDay();
    }

    static String dayKey(String dateText) {
        return dateText == null ? null : dateText.length() <= 10 ? dateText : dateText.substring(0, 10);
    }
}
