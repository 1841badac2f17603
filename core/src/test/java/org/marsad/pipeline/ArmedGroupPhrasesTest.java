package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * Armed men and the group they belong to, on texts written for this test: "مسلحي مليشيا X" in construct,
 * "مسلحون يشتبه في انتمائهم إلى X", an agent "بيد X" that belongs to a later verb of the sentence, and a body
 * that calls on "the two sides" being none of them.
 */
class ArmedGroupPhrasesTest {
    private static boolean hasName(List<Party> ps, String name) { return ps.stream().anyMatch(p -> name.equals(p.name())); }

    @Test
    void armedMenInConstructWithANamedGroupAreThatGroupsSideOfTheClash() {
        Event e = EventFixture.firstInBody("ودارت مواجهات بين الشرطة الصومالية ومسلحي حركة الشباب في ضواحي مقديشو.", "ASSAULT");
        assertNotNull(e);
        assertTrue(e.recipient().isEmpty(), e.toString());
        assertTrue(hasName(e.actor(), "Al-Shabaab") || e.actor().stream().anyMatch(p -> p.text().contains("الشباب")), e.actor().toString());
        assertEquals(2, e.actor().size(), e.actor().toString());
    }

    @Test
    void militantsSuspectedOfBelongingToAGroupAreOfIt() {
        Event e = EventFixture.firstInBody("وهاجم مسلحون يشتبه في انتمائهم إلى حركة الشباب قاعدة عسكرية في إقليم شبيلي السفلى.", "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SOM"), EventFixture.codes(e.actor()));
        assertFalse(e.recipient().stream().anyMatch(p -> p.text().contains("الشباب")), e.recipient().toString());
    }

    @Test
    void anAgentAfterAnotherVerbOfAnActIsThatVerbs() {
        // the bomb at the funeral has no known doer; the mourned were killed by the militia the day before
        List<Event> evs = EventFixture.inBody("قتل تسعة أشخاص السبت بانفجار سيارة مفخخة خلال جنازة جنود قتلوا الجمعة بيد مسلحي حركة الشباب.");
        Event e = null;
        for (Event x : evs) if (x.eventType().equals("ASSAULT") && x.size() != null && x.size().killed() != null && Integer.valueOf(9).equals(x.size().killed().best())) e = x;
        assertNotNull(e, evs.toString());
        assertFalse(e.actor().stream().anyMatch(p -> p.text().contains("الشباب")), e.actor().toString());
    }

    @Test
    void theBodyCallingOnTheTwoSidesIsNoneOfThem() {
        List<Event> evs = EventFixture.events("خبر. واتهمت إريتريا إثيوبيا بحشد قوات على الحدود المشتركة. "
                + "ودعا الاتحاد الأفريقي الطرفين إلى ضبط النفس.");
        Event e = EventFixture.first(evs, "REQUEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("ERI", "ETH"), EventFixture.codes(e.recipient()));
    }

    @Test
    void aNamedForceJoinedByWaToAGenericOneIsTheOtherSideOfTheClash() {
        Event e = EventFixture.firstInBody("واندلعت اشتباكات بين الأهالي وقوات الدعم السريع في قرية بولاية الجزيرة.", "ASSAULT");
        assertNotNull(e);
        assertTrue(hasName(e.actor(), "Rapid Support Forces"), e.actor().toString());
        assertTrue(e.actor().stream().anyMatch(p -> p.text().contains("الأهالي")), e.actor().toString());
    }

    @Test
    void aSuspectedDemonymStillQualifiesTheCraftThatStruck() {
        Event e = EventFixture.firstInBody("وقتل ثلاثة رعاة جراء غارات شنتها طائرات حربية يرجح أنها تركية على قرية في ريف الحسكة.", "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("TUR"), EventFixture.codes(e.actor()));
        assertFalse(EventFixture.codes(e.recipient()).contains("TUR"), e.recipient().toString());
    }

    @Test
    void anAidBodyReportingTheWarIsNoneOfItsTwoSides() {
        List<Event> evs = EventFixture.events("خبر. واشتبك الجيش الإثيوبي مع مقاتلي جبهة تحرير تيغراي في إقليم أمهرة. "
                + "وقالت اللجنة الدولية للصليب الأحمر إن المستشفيات استقبلت عشرات الجرحى. ودعت الولايات المتحدة الطرفين إلى وقف القتال.");
        Event e = null;
        for (Event x : evs) if (x.eventType().equals("REQUEST") && EventFixture.codes(x.actor()).contains("USA")) e = x;
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("ETH"), EventFixture.codes(e.recipient()));
    }

    @Test
    void theOwnerOfTheFireThatKilledIsTheDoerAndAStudentDemandsNothing() {
        List<Event> evs = EventFixture.inBody("وأفاد ناشطون بأن طالبا قتل برصاص قوات الأمن في مدينة زاهدان.");
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, evs.toString());
        assertTrue(e.actor().stream().anyMatch(p -> p.text().contains("قوات الأمن")), e.actor().toString());
        assertFalse(evs.stream().anyMatch(x -> x.eventType().equals("REQUEST")), evs.toString());
    }

    @Test
    void membersOfAGroupOfManyStatesAreNotCodedAtItsCore() {
        Event e = EventFixture.firstInBody("وهاجم مسلحون يعتقد أنهم ينتمون إلى تنظيم القاعدة ثكنة للجيش في شمال بوركينا فاسو.", "ASSAULT");
        assertNotNull(e);
        assertFalse(EventFixture.codes(e.actor()).contains("AFG"), e.actor().toString());
    }
}
