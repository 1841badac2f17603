package org.marsad.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.event.Party;

/** One pipeline with the shipped knowledge base for the tests that run sentences end to end (loaded once per JVM). */
final class EventFixture {
    private EventFixture() {}

    private static Pipeline pipeline;

    static synchronized Pipeline pipeline() {
        if (pipeline == null) pipeline = new Pipeline();
        return pipeline;
    }

    /** Events of a one-text document published on 2024-03-10. */
    static List<Event> events(String text) {
        return pipeline().process(Document.of("t", null, text, LocalDate.of(2024, 3, 10))).events();
    }

    /** Events of a one-text document published on {@code published}. */
    static List<Event> eventsOn(String text, LocalDate published) {
        return pipeline().process(Document.of("t", null, text, published)).events();
    }

    /** Events of {@code sentence} read as body text: it follows a neutral opening sentence. */
    static List<Event> inBody(String sentence) { return events("وقال مصدر مطلع للصحفيين. " + sentence); }

    /** The first event of {@code type} that {@code sentence} gives as body text; fails the test when there is none. */
    static Event firstInBody(String sentence, String type) {
        List<Event> evs = inBody(sentence);
        Event e = first(evs, type);
        org.junit.jupiter.api.Assertions.assertNotNull(e, "no " + type + " in " + evs);
        return e;
    }

    /** The first event of {@code type} of a one-text document published on {@code published}; fails the test when there is none. */
    static Event firstOn(String text, LocalDate published, String type) {
        List<Event> evs = eventsOn(text, published);
        Event e = first(evs, type);
        org.junit.jupiter.api.Assertions.assertNotNull(e, "no " + type + " in " + evs);
        return e;
    }

    static Event first(List<Event> evs, String type) {
        for (Event e : evs) if (e.eventType().equals(type)) return e;
        return null;
    }

    static Set<String> codes(List<Party> ps) {
        Set<String> s = new TreeSet<>();
        for (Party p : ps) if (p.code() != null) s.add(p.code());
        return s;
    }
}
