package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/** Words of weapons and of marches that name no event, on texts written for this test. */
class NotAttacksTest {
    @Test
    void weaponsMadeOwnedOrTradedAreNoAttack() {
        List<Event> evs = EventFixture.inBody("وفرضت واشنطن عقوبات على شركات صينية مرتبطة ببرنامج الطائرات المسيرة الإيراني.");
        assertTrue(evs.stream().anyMatch(e -> e.eventType().equals("SANCTION")), evs.toString());
        assertFalse(evs.stream().anyMatch(e -> e.eventType().equals("ASSAULT")), evs.toString());
        List<Event> deal = EventFixture.inBody("ووقعت الهند صفقة طائرات مسيرة مع الولايات المتحدة بقيمة ثلاثة مليارات دولار.");
        assertFalse(deal.stream().anyMatch(e -> e.eventType().equals("ASSAULT")), deal.toString());
    }

    @Test
    void aMarchWithAPossessivePronounIsOnesPathNoProtest() {
        List<Event> evs = EventFixture.inBody("وأكد الوزير أن الحكومة ماضية في دعم مسيرتها الإصلاحية رغم الصعوبات.");
        assertFalse(evs.stream().anyMatch(e -> e.eventType().equals("PROTEST")), evs.toString());
        // drones that a light verb with the attack's pronoun names ("قصف نفذته مسيرات") are no march either
        List<Event> drones = EventFixture.inBody("وقتل ثلاثة رعاة جراء قصف نفذته مسيرات يعتقد أنها تركية على قرية في ريف الحسكة.");
        assertFalse(drones.stream().anyMatch(e -> e.eventType().equals("PROTEST")), drones.toString());
        List<Event> march = EventFixture.inBody("وخرجت مسيرة حاشدة في رام الله تنديدا بالاستيطان.");
        assertTrue(march.stream().anyMatch(e -> e.eventType().equals("PROTEST")), march.toString());
    }

    @Test
    void theActAnsweredByANounWithNoDoerIsNoNewAttack() {
        List<Event> evs = EventFixture.inBody("وقصفت سرايا القدس مستوطنة سديروت بقذائف الهاون ردا على عملية الاختطاف.");
        assertEquals(1, evs.stream().filter(e -> e.eventType().equals("ASSAULT")).count(), evs.toString());
        assertEquals("PSE", evs.get(0).actor().get(0).code(), evs.toString());
        // an act answered that names its target is an act of its own
        List<Event> more = EventFixture.inBody("وقصفت المدفعية الإسرائيلية مواقع في القنيطرة، ردا على استهداف دورية إسرائيلية قرب الحدود.");
        assertEquals(2, more.stream().filter(e -> e.eventType().equals("ASSAULT")).count(), more.toString());
    }
}
