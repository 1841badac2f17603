package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Acts of the wars in Sudan, the Sahel, Gaza and Ukraine, through the whole pipeline, on sentences
 * written for this test: massacres, burned villages, executions, incursions, suicide drones, exchanges
 * of fire, sanctions a capital announces.
 */
class ConflictCoverageTest {
    private static List<Event> events(String sentence) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + sentence); }

    private static Event attack(String sentence) {
        List<Event> evs = events(sentence);
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, sentence + " → " + evs);
        return e;
    }

    @Test
    void aMassacreCommittedIsAnAttackByItsDoer() {
        Event e = attack("وارتكبت قوات الدعم السريع مجزرة في قرية ود النورة بولاية الجزيرة.");
        assertEquals(Set.of("SDN"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void burnedHomesAreDestruction() {
        Event e = attack("وأحرق مسلحون عشرات المنازل في قرية بولاية النيل الأزرق السودانية.");
        assertEquals("destroy", e.mode(), e.toString());
    }

    @Test
    void anExecutionByAnArmedGroupIsAnAttack() {
        Event e = attack("وأعدمت جماعة نصرة الإسلام والمسلمين عشرة مدنيين ميدانيا في وسط مالي.");
        assertEquals(Set.of("MLI"), EventFixture.codes(e.actor()), e.toString());
        // a death sentence is a conviction, no attack
        assertTrue(events("وأصدرت محكمة عسكرية في القاهرة حكما بالإعدام على ثلاثة متهمين.").stream()
                .noneMatch(x -> x.eventType().equals("ASSAULT")));
    }

    @Test
    void anIncursionIntoATownIsAnAttackOnItsSide() {
        Event e = attack("وتوغلت القوات الإسرائيلية في بلدة بيت حانون شمال قطاع غزة.");
        assertEquals(Set.of("ISR"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("PSE"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void suicideDronesAfterACountAreDronesNotMarches() {
        List<Event> evs = events("وهاجمت روسيا منشآت الطاقة الأوكرانية بعشرات المسيرات الانتحارية ليلا.");
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, evs.toString());
        assertEquals("drone", e.mode(), e.toString());
        assertEquals(Set.of("RUS"), EventFixture.codes(e.actor()), e.toString());
        assertTrue(evs.stream().noneMatch(x -> x.eventType().equals("PROTEST")), evs.toString());
    }

    @Test
    void aGroundOperationLaunchedIsAnAttack() {
        Event e = attack("وشنت إسرائيل عملية برية واسعة في رفح جنوب قطاع غزة.");
        assertEquals(Set.of("ISR"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("PSE"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void sidesThatExchangeFireAreBothActors() {
        for (String s : List.of("وتبادل الجيشان الأرميني والأذربيجاني إطلاق النار على الحدود.",
                "وتبادلت القوات الأرمينية والأذربيجانية إطلاق النار قرب بلدة غوريس.")) {
            Event e = attack(s);
            assertEquals(Set.of("ARM", "AZE"), EventFixture.codes(e.actor()), e.toString());
            assertTrue(e.recipient().isEmpty(), e.toString());
        }
    }

    @Test
    void aWashingtonThatAnnouncesSanctionsImposesThem() {
        List<Event> evs = events("وأعلنت واشنطن فرض عقوبات جديدة على مسؤولين إيرانيين.");
        Event e = EventFixture.first(evs, "SANCTION");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("USA"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("IRN"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aQuotedFactionInConstructAfterBeinIsOneSideOfTheClashes() {
        Event e = attack("واندلعت مواجهات بين عناصر فصيل \"أحرار الشام\" والجيش السوري قرب مدينة معرة النعمان.");
        assertEquals(2, e.actor().size(), e.toString());
        assertEquals(Set.of("SYR"), EventFixture.codes(e.actor()), e.toString());
    }
}
