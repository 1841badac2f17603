package org.marsad.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A place of an event, geocoded through the knowledge base (lat/lon null when unknown). */
@JsonPropertyOrder({"text", "name", "code", "lat", "lon"})
public record Location(String text, String name, String code, Double lat, Double lon) {}
