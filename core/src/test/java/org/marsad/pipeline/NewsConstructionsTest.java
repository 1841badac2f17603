package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Constructions of everyday news read through the whole pipeline, on sentences written for this test:
 * the condemner of an attack named by a relative clause, قد before an imperfect light verb, a
 * number naming a summit, soldiers "of" a force, the spelling دانت, the strike أضرب (not "I hit"),
 * two armed groups in the dual, the Gulf states, a denial of having struck, and a guest received.
 */
class NewsConstructionsTest {
    private static List<Event> events(String sentence) { return EventFixture.inBody(sentence); }

    private static Event first(String sentence, String type) { return EventFixture.firstInBody(sentence, type); }

    @Test
    void whoCondemnsAnAttackToldByARelativeClauseDidNotCarryItOut() {
        List<Event> evs = events("ودانت منظمة التعاون الإسلامي الهجوم الذي استهدف كنيسة في مدينة لاهور الباكستانية.");
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals("disapprove", blame.mode());
        for (Event e : evs) if (e.eventType().equals("ASSAULT")) assertFalse(EventFixture.codes(e.actor()).contains("IGO:OIC"), e.toString());
    }

    @Test
    void mayBeforeAnImperfectLightVerbIsHypothetical() {
        assertEquals("hypothetical", first("وقد تشن تركيا عملية برية في شمال سوريا إذا فشلت المفاوضات.", "ASSAULT").status());
        // (the perfect of a form V verb after قد is "has": "وقد تبنت الحركة الهجوم")
        assertNotEquals("hypothetical", first("وقد تبنت حركة الشباب الهجوم على القاعدة العسكرية في بلدوين.", "ASSAULT").status());
    }

    @Test
    void soldiersOfAForceAreThatForce() {
        Event e = first("وأصيب أربعة جنود من قوات اليونيفيل بانفجار لغم قرب بلدة الناقورة.", "ASSAULT");
        assertEquals(Set.of("IGO:UN"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aGeneralStrikeIsAStrike() {
        Event e = first("وأضرب المعلمون في الأردن عن العمل للمطالبة بزيادة رواتبهم.", "PROTEST");
        assertEquals("strike", e.mode(), e.toString());
        assertTrue(EventFixture.first(events("وأضرب المعلمون في الأردن عن العمل للمطالبة بزيادة رواتبهم."), "ASSAULT") == null);
    }

    @Test
    void twoArmedGroupsInTheDualClashInTheirCity() {
        Event e = first("واندلعت اشتباكات بين مجموعتين مسلحتين في مدينة الزاوية الليبية فجر اليوم.", "ASSAULT");
        assertEquals(Set.of("LBY"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void theGulfStatesMeetingIsTheCouncils() {
        Event e = first("وعقد وزراء خارجية دول الخليج اجتماعا طارئا في الكويت.", "CONSULT");
        assertEquals(Set.of("IGO:GCC"), EventFixture.codes(e.actor()), e.toString());
        for (var l : e.locations()) assertFalse("طارئا".equals(l.text()), e.toString());
    }

    @Test
    void whoDeniesHavingStruckIsTheDeniedActsDoer() {
        Event e = first("ونفى الجيش الأردني أن يكون قد قصف مواقع داخل الأراضي السورية.", "ASSAULT");
        assertEquals("negated", e.status());
        assertEquals(Set.of("JOR"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void receivingAGuestIsAVisit() {
        Event e = first("واستقبل العاهل المغربي في الرباط رئيس الوزراء الإسباني.", "CONSULT");
        assertEquals("visit", e.mode(), e.toString());
    }

    @Test
    void theDemonymOfTheShellingThatKilledIsTheAttacker() {
        // "قتلوا … في قصف روسي": the toll and the shelling are one attack, by the shelling's state
        List<Event> evs = events("وقالت السلطات الأوكرانية إن أربعة مدنيين قتلوا وأصيب 12 آخرون في قصف روسي على مدينة سومي مساء الجمعة.");
        List<Event> attacks = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, attacks.size(), evs.toString());
        assertEquals(Set.of("RUS"), EventFixture.codes(attacks.get(0).actor()), attacks.toString());
        assertEquals(4, attacks.get(0).size().killed().best());
    }

    @Test
    void whoDeniesAnActNounDeniesItsOwnAct() {
        Event e = first("ونفت أنقرة قصف القرى الكردية في شمال العراق.", "ASSAULT");
        assertEquals("negated", e.status());
        assertEquals(Set.of("TUR"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aRocketThatFellIsAnAttackOnItsPlace() {
        Event e = first("وسقطت قذيفة هاون على حي سكني في مدينة درعا دون وقوع إصابات.", "ASSAULT");
        assertEquals("heavy-weapons", e.mode());
        assertEquals(Set.of("SYR"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void suspendingOnesAttacksIsARetreat() {
        Event e = first("وأعلنت جماعة الحوثي تعليق هجماتها على السفن في البحر الأحمر.", "RETREAT");
        assertEquals("ceasefire", e.mode());
        assertEquals(Set.of("YEM"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void residentsBelongToThePlaceNamedBeforeThem() {
        Event e = first("وهاجم مسلحون قرية في ولاية بلاتو النيجيرية وقتلوا عشرة من سكانها.", "ASSAULT");
        assertFalse(e.recipient().isEmpty(), e.toString());
        for (var p : e.recipient()) if (p.code() != null) assertEquals("NGA", p.code(), e.toString());
    }

    @Test
    void theTurkmenOfIraqAreNoCitizensOfTurkmenistan() {
        List<Event> evs = events("وتظاهر مئات التركمان في مدينة كركوك للمطالبة بحماية أحيائهم.");
        for (Event e : evs) assertFalse(EventFixture.codes(e.actor()).contains("TKM"), e.toString());
    }

    @Test
    void theArmyNamedWithoutItsStateIsTheOneTheStoryNamed() {
        List<Event> evs = EventFixture.events("قصف إسرائيلي على خان يونس\n\n"
                + "قصفت المدفعية الإسرائيلية أحياء شرق خان يونس فجر الأحد. "
                + "وهدد المتحدث باسم الجيش بتوسيع العمليات في جنوب قطاع غزة.");
        Event threat = EventFixture.first(evs, "THREATEN");
        assertNotNull(threat, evs.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(threat.actor()), threat.toString());
    }

    @Test
    void whatIsAskedOfTheOneAskedNamesNoOneElseAsked() {
        Event e = first("ودعت مصر وقطر حركة حماس إلى الموافقة على المقترح الأخير دون تأخير بعد اجتماع مع إسرائيل.", "REQUEST");
        assertEquals(Set.of("PSE"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void closingAnOfficeActsOnIt() {
        Event e = first("وقررت السلطات العراقية إغلاق مكتب قناة العربية في بغداد.", "COERCE");
        assertEquals(Set.of("IRQ"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void takingControlAnnouncedIsTheAnnouncersOwn() {
        Event e = first("وأعلن الجيش السوداني السيطرة على جسر شمبات بعد معارك.", "ASSAULT");
        assertTrue(EventFixture.codes(e.actor()).contains("SDN"), e.toString());
    }

    @Test
    void anAttackNounWithItsPlaceBeforeTheVerbIsItsSubject() {
        // "ضربة جوية في إقليم جوبالاند استهدفت عناصر": one strike, the announcer's; the targets are no attacker
        List<Event> evs = events("وأعلنت القيادة الأميركية في أفريقيا أنها نفذت ضربة جوية في إقليم جوبالاند استهدفت عناصر من حركة الشباب.");
        List<Event> attacks = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, attacks.size(), evs.toString());
        assertEquals(Set.of("USA"), EventFixture.codes(attacks.get(0).actor()), attacks.toString());
    }

    @Test
    void aCaptureAnnouncedIsTheAnnouncersOwn() {
        Event e = first("وأعلن الجيش النيجيري أسر عشرين من مقاتلي بوكو حرام في ولاية بورنو.", "COERCE");
        assertEquals(Set.of("NGA"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aSpeakersCountryIsTheSpeakersState() {
        Event e = first("وقال وزير الدفاع التركي إن بلاده ستواصل عملياتها ضد المسلحين في جبال قنديل.", "ASSAULT");
        assertEquals(Set.of("TUR"), EventFixture.codes(e.actor()), e.toString());
        assertEquals("planned", e.status());
    }
}
