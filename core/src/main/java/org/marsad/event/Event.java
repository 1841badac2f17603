package org.marsad.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One PLOVER event exactly as spec §1 prints it. */
@JsonPropertyOrder({"id", "event_type", "mode", "context", "date", "date_end", "actor", "recipient", "locations",
        "size", "claimed_by", "status", "evidence"})
public record Event(String id,
                    @JsonProperty("event_type") String eventType,
                    String mode,
                    List<String> context,
                    String date,
                    @JsonProperty("date_end") String dateEnd,
                    List<Party> actor,
                    List<Party> recipient,
                    List<Location> locations,
                    Sizes size,
                    @JsonProperty("claimed_by") List<Party> claimedBy,
                    String status,
                    Evidence evidence) {
    public Event {
        context = List.copyOf(context);
        actor = List.copyOf(actor);
        recipient = List.copyOf(recipient);
        locations = List.copyOf(locations);
        claimedBy = List.copyOf(claimedBy);
        if (size == null) size = Sizes.NONE;
    }
}
