package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * An unqualified institution ("جيش النظام", "وزارة الداخلية") is the state the story is about, and a
 * story names that state through its places as much as by name: a Darfur report that names Sudan and
 * South Sudan once each, and Darfur's towns often, is about Sudan. Documents written for this test.
 */
class StoryStateTest {
    private static Event shelling(String text) {
        Event e = EventFixture.first(EventFixture.events(text), "ASSAULT");
        assertNotNull(e, text);
        return e;
    }

    @Test
    void theStateOfTheStorysPlacesOwnsAnUnqualifiedArmy() {
        Event e = shelling("قال متحدث باسم فصيل مسلح إن جيش النظام قصف قرى قرب الفاشر. "
                + "وفر آلاف من نيالا وكتم إلى مخيمات في جنوب دارفور. "
                + "وأبدت الحكومة في جنوب السودان قلقها من تدفق النازحين عبر الحدود مع السودان.");
        assertEquals(Set.of("SDN"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aCapitalThatHostsTalksDoesNotMakeTheStoryItsStates() {
        // the talks' venue, Khartoum, is named three times; the story is South Sudan's
        Event e = shelling("قال متحدث باسم المعارضة المسلحة إن جيش النظام قصف مواقعها في ولاية الوحدة. "
                + "وتجري في الخرطوم مفاوضات بين طرفي النزاع في جنوب السودان. وتستضيف الخرطوم الجولة الثالثة، "
                + "وقال الوسطاء في الخرطوم إن جنوب السودان يحتاج إلى هدنة.");
        assertEquals(Set.of("SSD"), EventFixture.codes(e.actor()), e.toString());
    }
}
