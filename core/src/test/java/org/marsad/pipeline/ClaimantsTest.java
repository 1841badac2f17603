package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Who an attributed attack is claimed by, and when the claim is an accusation (spec §2: "A's defence
 * ministry said B shelled" is ACCUSE A → B as well). Sentences written for this test.
 */
class ClaimantsTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    @Test
    void aWireAgencyOfNoSideReportsAndAccusesNoOne() {
        List<Event> evs = events("وأفادت وكالة الصحافة الفرنسية بأن طائرات إسرائيلية قصفت موقعا في خان يونس فجر الاثنين.");
        Event attack = EventFixture.first(evs, "ASSAULT");
        assertNotNull(attack, evs.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(attack.actor()), attack.toString());
        assertEquals(Set.of("FRA"), EventFixture.codes(attack.claimedBy()), attack.toString());
        assertNull(EventFixture.first(evs, "ACCUSE"), evs.toString());
    }

    @Test
    void aPartysOwnMinistryReportingTheAttackAccusesTheAttacker() {
        List<Event> evs = events("وقالت وزارة الدفاع الروسية إن طائرات مسيرة أوكرانية هاجمت مطارا في مقاطعة كورسك.");
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals(Set.of("RUS"), EventFixture.codes(blame.actor()), blame.toString());
        assertEquals(Set.of("UKR"), EventFixture.codes(blame.recipient()), blame.toString());
    }

    @Test
    void aMonitorReportingFromExileSpeaksForNoState() {
        List<Event> evs = events("وقال المرصد السوري لحقوق الإنسان إن غارات روسية استهدفت بلدة في ريف إدلب الجنوبي.");
        Event attack = EventFixture.first(evs, "ASSAULT");
        assertNotNull(attack, evs.toString());
        assertEquals(1, attack.claimedBy().size(), attack.toString());
        assertNull(attack.claimedBy().get(0).code(), attack.toString());
        assertNull(EventFixture.first(evs, "ACCUSE"), evs.toString());
    }
}
