package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * A truce told over several sentences, through the whole pipeline, on documents written for this test
 * (published Tuesday 2024-05-14): the warring sides announcing their acceptance agree to it (dated by
 * the announcement, not by the start the truce takes), the mediators are no side ("الطرفان" after a
 * mediation are the warring two), and sides that trade accusations accuse each other.
 */
class TruceStoryTest {
    private static final String STORY = "هدنة في اليمن\n\n"
            + "أعلنت الحكومة اليمنية وجماعة الحوثي الموافقة على هدنة لمدة أسبوع تبدأ صباح الخميس. "
            + "وجاء الإعلان بعد وساطة عمانية وقطرية في مسقط. "
            + "غير أن الطرفين تبادلا الاتهامات بخرق الهدنة في تعز بعد ساعات.";

    /** The story published on Tuesday 2024-05-14. */
    private static List<Event> story() { return EventFixture.eventsOn(STORY, java.time.LocalDate.of(2024, 5, 14)); }

    @Test
    void theSidesAnnouncingTheirAcceptanceAgreeOnTheDayOfTheAnnouncement() {
        List<Event> evs = story();
        Event deal = EventFixture.first(evs, "AGREE");
        assertNotNull(deal, evs.toString());
        assertEquals(Set.of("YEM"), EventFixture.codes(deal.actor()), deal.toString());
        assertEquals("2024-05-14", deal.date(), deal.toString());
    }

    @Test
    void theTwoSidesAfterAMediationAreTheWarringOnes() {
        List<Event> evs = story();
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals(Set.of("YEM"), EventFixture.codes(blame.actor()), blame.toString());
        for (Event e : evs) if (!e.eventType().equals("CONSULT")) {
            assertFalse(EventFixture.codes(e.actor()).contains("OMN"), e.toString());
            assertFalse(EventFixture.codes(e.actor()).contains("QAT"), e.toString());
        }
    }

    @Test
    void discussingIsNoUrging() {
        // "وبحث" is و + بحث (discussed), not و + ب + حث (urged)
        List<Event> evs = EventFixture.events("وقال مصدر مطلع للصحفيين. وبحث الوزيران الوضع الإنساني في السودان.");
        assertNull(EventFixture.first(evs, "REQUEST"), evs.toString());
    }

    @Test
    void aSideThatAnnouncesATruceDeclaresIt() {
        // a one-sided declaration is RETREAT/ceasefire by the declarer, asserted: saying it is doing it
        for (String s : List.of("وأعلن الجيش السوداني هدنة لمدة ثلاثة أيام في الخرطوم.", "وأعلن الجيش السوداني عن وقف إطلاق النار في الخرطوم لمدة ثلاثة أيام.")) {
            Event e = EventFixture.firstInBody(s, "RETREAT");
            assertEquals(Set.of("SDN"), EventFixture.codes(e.actor()), e.toString());
            assertEquals("asserted", e.status(), e.toString());
            assertEquals(List.of("ceasefire"), e.context(), e.toString());
        }
    }
}
