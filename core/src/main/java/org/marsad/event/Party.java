package org.marsad.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An actor, recipient or claimant: the spec's PARTY. */
@JsonPropertyOrder({"text", "code", "sector", "name"})
public record Party(String text, String code, String sector, String name) {}
