package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.entity.Entity;
import org.marsad.event.Event;

/** Cities of talks and datelines outside the conflict theatres (kb/places/venues.tsv) are places with coordinates. */
class VenuePlacesTest {
    @Test
    void talksInGenevaArePlacedThere() {
        List<Event> evs = EventFixture.events("وقال مصدر مطلع للصحفيين. والتقى وزيرا خارجية روسيا وتركيا في جنيف أمس لبحث الهدنة.");
        Event consult = EventFixture.first(evs, "CONSULT");
        assertTrue(consult != null && consult.locations().stream().anyMatch(l -> "CHE".equals(l.code()) && l.lat() != null), evs.toString());
    }

    @Test
    void aDatelineCityIsAnEntity() {
        Document d = Document.of("d", null, "أتلانتا، الولايات المتحدة (CNN)-- قال مسؤولون إن الاجتماع انتهى دون اتفاق.", LocalDate.of(2024, 3, 10));
        List<Entity> es = EventFixture.pipeline().process(d).entities();
        assertTrue(es.stream().anyMatch(e -> "Atlanta".equals(e.name()) && "USA".equals(e.code())), es.toString());
    }
}
