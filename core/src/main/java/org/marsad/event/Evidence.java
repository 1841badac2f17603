package org.marsad.event;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The sentence an event was read from, with its offsets into the document text. */
@JsonPropertyOrder({"sentence", "start", "end"})
public record Evidence(String sentence, int start, int end) {}
