package org.marsad.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.marsad.quantity.Size;

/** Casualty figures attached to an event; each null when the text gives none. */
@JsonPropertyOrder({"killed", "injured", "captured"})
public record Sizes(Size killed, Size injured, Size captured) {
    public static final Sizes NONE = new Sizes(null, null, null);
}
