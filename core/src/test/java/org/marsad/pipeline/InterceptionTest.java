package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Fire intercepted is the firing side's attack on the one that intercepts it (spec §2: the side that
 * fires is the actor), and air defences are no air strike. Sentences written for this test.
 */
class InterceptionTest {
    private static List<Event> events(String sentence) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + sentence); }

    private static Event attack(String sentence) {
        List<Event> evs = events(sentence);
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, "no ASSAULT in " + evs);
        return e;
    }

    @Test
    void theInterceptorIsFiredOnNotTheAttacker() {
        Event e = attack("واعترضت الدفاعات الجوية الإماراتية صاروخا باليستيا أطلقه الحوثيون نحو أبوظبي فجر الاثنين.");
        assertEquals(Set.of("YEM"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("ARE"), EventFixture.codes(e.recipient()), e.toString());
        assertEquals("heavy-weapons", e.mode(), "air defences are no air strike: " + e);
    }

    @Test
    void fireInterceptedFromAPlaceIsThatPlacesStates() {
        Event e = attack("واعترضت منظومة القبة الحديدية ثلاثة صواريخ أطلقت من جنوب لبنان.");
        assertEquals(Set.of("LBN"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aSpeakerThatInterceptedIsTheTarget() {
        Event e = attack("وقالت وزارة الدفاع الروسية إنها اعترضت صاروخين أطلقا من الأراضي الأوكرانية.");
        assertEquals(Set.of("UKR"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("RUS"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void dronesShotDownAreTheirOwnersAttack() {
        Event e = attack("وأسقطت الدفاعات الجوية الأوكرانية 31 طائرة مسيرة روسية خلال الليل.");
        assertEquals(Set.of("RUS"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("UKR"), EventFixture.codes(e.recipient()), e.toString());
        assertEquals("drone", e.mode());
    }

    @Test
    void aWarplaneShotDownStaysTheShootersAttack() {
        Event e = attack("وأسقطت الدفاعات السورية طائرة حربية تركية فوق ريف إدلب.");
        assertEquals(Set.of("SYR"), EventFixture.codes(e.actor()), e.toString());
        assertFalse(EventFixture.codes(e.recipient()).contains("SYR"), e.toString());
    }

    @Test
    void twoClausesWithADayEachAreTwoAttacks() {
        // published Sunday 2024-03-10: the Saturday and the Thursday
        List<Event> evs = events("وقالت القوات الإماراتية إنها اعترضت صاروخا استهدف قاعدة الظفرة السبت، وأسقطت مسيرة أخرى استهدفت ميناء الفجيرة الخميس.");
        List<String> days = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).map(Event::date).sorted().toList();
        assertEquals(List.of("2024-03-07", "2024-03-09"), days, evs.toString());
    }

    @Test
    void aTimeFrontedBeforeItsActAndACommaStaysTheActs() {
        List<Event> evs = events("وفي صباح الخميس، أطلق الحوثيون صاروخين على مطار أبها.");
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, evs.toString());
        assertEquals("2024-03-07", e.date(), e.toString());
    }

    @Test
    void dronesTheSpeakersOwnForcesShotDownAreTheAttackOfTheirSide() {
        Event e = EventFixture.firstInBody("وأعلنت وزارة الدفاع الأوكرانية أن قواتها أسقطت 20 طائرة مسيرة روسية خلال الليل.", "ASSAULT");
        assertEquals(Set.of("RUS"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("UKR"), EventFixture.codes(e.recipient()), e.toString());
    }
}
