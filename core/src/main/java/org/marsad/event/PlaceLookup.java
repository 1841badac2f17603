package org.marsad.event;

import org.marsad.entity.Entity;

/** Coordinates of a place entity from the knowledge base: {lat, lon}, or null when unknown. */
@FunctionalInterface
public interface PlaceLookup {
    double[] latLon(Entity place);

    PlaceLookup NONE = e -> null;
}
