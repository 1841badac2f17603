package org.marsad.link;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One real-world event as told by one or more reports.
 *
 * @param id          stable id: derived from the event that founded the cluster, never renamed
 * @param eventType   PLOVER type shared by every member
 * @param date        earliest member date (YYYY-MM-DD, or coarser)
 * @param dateEnd     latest member date when it differs from {@code date}, else null
 * @param codes       party codes (actor ∪ recipient) over all members, sorted
 * @param reports     number of reports (member events, one per article)
 * @param outlets     distinct outlets, in order of first report
 * @param firstReport earliest publication date among the reports
 * @param lastReport  latest publication date among the reports
 * @param members     the reports
 */
@JsonPropertyOrder({"id", "event_type", "date", "date_end", "codes", "reports", "outlets", "first_report",
        "last_report", "members"})
public record Cluster(String id,
                      @JsonProperty("event_type") String eventType,
                      String date,
                      @JsonProperty("date_end") String dateEnd,
                      List<String> codes,
                      int reports,
                      List<String> outlets,
                      @JsonProperty("first_report") String firstReport,
                      @JsonProperty("last_report") String lastReport,
                      List<Member> members) {

    /** One report of the cluster: which article, which of its events. */
    @JsonPropertyOrder({"doc", "event", "outlet", "published"})
    public record Member(String doc, String event, String outlet, String published) {}
}
