package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Who deploys, and who is answerable for an act, through the whole pipeline on sentences written
 * for this test: the subject inside "نشر … قوات" (نشر is also "published", a report verb), a named
 * force heading the deployment phrase, weapons deployed, "X مسؤول عن" + an act noun, and the masdar
 * of سيطر with a possessive ("مناطق سيطرتها": a state, not an act).
 */
class DeploymentRolesTest {
    private static List<Event> events(String sentence) { return EventFixture.inBody(sentence); }

    private static Event firstOf(String sentence, String type) { return EventFixture.firstInBody(sentence, type); }

    @Test
    void theStateBetweenTheDeployVerbAndItsTroopsDeploysThem() {
        // نشرت opens the phrase "نشر … قوات": it is the act's verb, not "published" with the state as its source
        Event e = firstOf("وفي الأسبوع الماضي نشرت باكستان قوات إضافية على طول الحدود مع أفغانستان.", "MOBILIZE");
        assertEquals(Set.of("PAK"), EventFixture.codes(e.actor()), e.toString());
        assertEquals("asserted", e.status());
    }

    @Test
    void aNamedForceHeadingTheDeploymentPhraseIsItsSubject() {
        Event e = firstOf("ونشرت قوات الجيش اللبناني وحدات جديدة في بلدات الجنوب.", "MOBILIZE");
        assertEquals(Set.of("LBN"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aPublishingVerbWithoutTroopsStaysAReport() {
        List<Event> evs = events("ونشرت صحيفة محلية تقريرا عن أوضاع النازحين في المخيمات.");
        assertNull(EventFixture.first(evs, "MOBILIZE"), evs.toString());
    }

    @Test
    void airDefencesDeployedAreWeaponsMobilisedNotAnAirStrike() {
        List<Event> evs = events("وأكد المتحدث أن الجيش الجزائري نشر منظومات دفاع جوي حول القواعد الجنوبية لحماية مناطق سيطرته.");
        Event e = EventFixture.first(evs, "MOBILIZE");
        assertNotNull(e, evs.toString());
        assertEquals("weapons", e.mode());
        assertEquals(Set.of("DZA"), EventFixture.codes(e.actor()), e.toString());
        assertNull(EventFixture.first(evs, "ASSAULT"), evs.toString());
    }

    @Test
    void theMasdarOfTakingControlWithAPossessiveIsNoAct() {
        List<Event> evs = events("وقال الجيش الإثيوبي إنه يحمي مناطق سيطرته في الإقليم.");
        assertNull(EventFixture.first(evs, "ASSAULT"), evs.toString());
        // the verb itself is still an act
        Event e = firstOf("وسيطرت قوات الدعم السريع على مدينة نيالا بعد معارك عنيفة.", "ASSAULT");
        assertTrue(EventFixture.codes(e.actor()).contains("SDN"), e.toString());
    }

    @Test
    void thePartyResponsibleForAnActNounDoesIt() {
        Event e = firstOf("وقال المحقق الأممي إن إثيوبيا مسؤولة عن نشر قوات في المناطق الحدودية المتنازع عليها.", "MOBILIZE");
        assertEquals(Set.of("ETH"), EventFixture.codes(e.actor()), e.toString());
        Event h = firstOf("وقال التقرير إن الجيش الروسي هو المسؤول عن الهجوم على محطة القطارات في كراماتورسك.", "ASSAULT");
        assertEquals(Set.of("RUS"), EventFixture.codes(h.actor()), h.toString());
    }

    @Test
    void forcesTheTriggerNamesEnteringAPlaceAreTheDeployed() {
        Event e = firstOf("ودخلت قوات تركية إلى بلدة جنديرس في ريف عفرين.", "MOBILIZE");
        assertEquals(Set.of("TUR"), EventFixture.codes(e.actor()), e.toString());
        // forces entering a building end a siege: no deployment
        assertNull(EventFixture.first(events("وانتهى احتجاز الرهائن بعدما دخلت قوات الشرطة الفندق فجرا."), "MOBILIZE"));
    }
}
