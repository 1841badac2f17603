package org.marsad.link;

import org.marsad.event.Event;

/** One event as reported by one article: what the linker needs to know of its report. */
public record LinkInput(String doc, String outlet, String published, Event event) {}
