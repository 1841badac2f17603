package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * An attack whose attacker its sentence leaves unsaid takes the one side the article names attacking
 * the same victims, when no other side attacks them; in a war of several attackers it takes none.
 * Documents written for this test; the first sentence is neutral, so no sentence is read as a headline.
 */
class ImplicitAttackersTest {
    private static Event shooting(String text) {
        List<Event> evs = EventFixture.events("وقال مصدر مطلع للصحفيين. " + text);
        for (Event e : evs) if (e.eventType().equals("ASSAULT") && "firearms".equals(e.mode())) return e;
        throw new AssertionError("no shooting in " + evs);
    }

    @Test
    void aShootingTakesTheOneSideThatAttacksTheSameVictimsElsewhere() {
        Event e = shooting("قصفت المدفعية الإسرائيلية موقعا شرق رفح في قطاع غزة صباح الجمعة. "
                + "وأطلقت دبابات إسرائيلية قذائف على بلدة خزاعة. وقتل شاب فلسطيني بطلق ناري شرق مدينة غزة.");
        assertEquals(Set.of("ISR"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("PSE"), EventFixture.codes(e.recipient()));
    }

    @Test
    void noAttackerIsLentWhenSeveralSidesAttackTheVictims() {
        Event e = shooting("قصفت المدفعية التركية قرية جنديرس في عفرين. وشنت طائرات روسية غارات على بلدة دوما. "
                + "وقتل شاب سوري بطلق ناري في مدينة حلب.");
        assertTrue(e.actor().isEmpty(), e.toString());
        assertNotNull(e.size().killed());
    }
}
