package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Fire launched from a place (sentences written for this test): the place after من behind a launch
 * verb or the fired thing is the attacker's side when none of a state is named, and never the
 * target; a launch verb right after its weapon noun with no object is the passive.
 */
class LaunchOriginTest {
    private static List<Event> events(String sentence) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + sentence); }

    private static Event attack(String sentence) {
        Event e = EventFixture.first(events(sentence), "ASSAULT");
        assertNotNull(e, sentence);
        return e;
    }

    @Test
    void fireFromAStripIsOfItsStateAndAimedAtTheOther() {
        Event e = attack("وأطلقت عشرات القذائف من قطاع غزة باتجاه المستوطنات الإسرائيلية صباح الأحد.");
        assertEquals(Set.of("PSE"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void theOriginIsNoTargetWhenTheSubjectIsUnplaced() {
        Event e = attack("وأطلق مسلحون صاروخين من قطاع غزة على جنوب إسرائيل.");
        assertEquals(Set.of("PSE"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aMissileLaunchedFromAStateInThePassive() {
        Event e = attack("وقال الجيش إن صاروخا باليستيا أطلق من اليمن صوب مدينة نجران السعودية.");
        assertEquals(Set.of("YEM"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("SAU"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aDualPassiveFromTerritoryNamedByItsDemonym() {
        Event e = attack("وسقطت قذيفتان أطلقتا من الأراضي اللبنانية على بلدة المطلة الإسرائيلية.");
        assertEquals(Set.of("LBN"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void anotherPlaceOfTheOriginsStateIsNoTargetEither() {
        // the town the fire left from lies in the state it was fired from
        Event e = attack("وأطلق مسلحون قذائف صاروخية من قطاع غزة ليلا من محيط مدينة خان يونس.");
        assertEquals(Set.of("PSE"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of(), EventFixture.codes(e.recipient()), e.toString());
    }
}
