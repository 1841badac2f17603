package org.marsad.event;

import org.marsad.entity.Entity;

/** Coordinates of a place entity from the knowledge base: {lat, lon}, or null when unknown; and whether it is a capital. */
@FunctionalInterface
public interface PlaceLookup {
    double[] latLon(Entity place);

    /** Whether the place is its state's capital (which, as a party, stands for the state's government). */
    default boolean capital(Entity place) { return false; }

    PlaceLookup NONE = e -> null;
}
