package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * Argument structure, dates and status of events through the whole pipeline (real knowledge base
 * and entity layer), on sentences written for this test. Each sentence follows a neutral opening
 * sentence so it is read as body text, not as a headline.
 */
class EventArgumentsTest {
    private static List<Event> events(String sentence) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + sentence); }

    private static Event first(List<Event> evs, String type) { return EventFixture.first(evs, type); }

    private static Set<String> codes(List<Party> ps) { return EventFixture.codes(ps); }

    @Test
    void aVerbWhoseStemBeginsWithAlIsNoDefiniteNoun() {
        // التقى starts with ال but is a verb: the meeting is told, not referred to
        Event e = first(events("التقى الرئيس المصري عبد الفتاح السيسي بالعاهل الأردني الملك عبد الله الثاني."), "CONSULT");
        assertNotNull(e);
        assertEquals(Set.of("EGY", "JOR"), codes(e.actor()));
    }

    @Test
    void talksPartnersAfterMaAreActorsBesideTheLightVerbSubject() {
        Event e = first(events("وكان المبعوث الأممي إلى ليبيا قد أجرى جولة مباحثات مع رئيس المجلس الرئاسي الليبي في طرابلس."), "CONSULT");
        assertNotNull(e);
        assertEquals(Set.of("IGO:UN", "LBY"), codes(e.actor()));
    }

    @Test
    void twoNamedPartiesSideBySideAreSubjectAndObject() {
        Event e = first(events("وأمهلت الأمم المتحدة الحوثيين حتى نهاية الشهر لتسليم الأسلحة."), "THREATEN");
        assertNotNull(e);
        assertEquals(Set.of("IGO:UN"), codes(e.actor()));
        assertEquals(Set.of("YEM"), codes(e.recipient()));
    }

    @Test
    void theFireOfAForceNamesTheAttacker() {
        Event e = first(events("وقتل 7 مزارعين لبنانيين بنيران الجيش الإسرائيلي قرب بلدة الخيام."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("ISR"), codes(e.actor()));
        assertEquals(Set.of("LBN"), codes(e.recipient()));
    }

    @Test
    void aPossessivePronounOnAForceNounPointsToThePartyBeforeIt() {
        // not the state where it happens (PSE): the soldiers are the army's
        Event e = first(events("وأعلن الجيش الإسرائيلي مقتل أحد جنوده في إطلاق نار قرب مدينة جنين."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("ISR"), codes(e.recipient()));
    }

    @Test
    void anAnnouncedMasdarIsTheAnnouncersOwnAct() {
        Event e = first(events("وأعلن الجيش التركي شن غارات جوية على مواقع لحزب العمال الكردستاني شمال العراق."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("TUR"), codes(e.actor()));
    }

    @Test
    void anActNamedAsTheTimeReferenceHappenedThatLongBefore() {
        Event e = first(events("ويأتي ذلك بعد ثلاثة أيام من هجوم بسيارة مفخخة على سوق في مدينة الموصل."), "ASSAULT");
        assertNotNull(e);
        assertEquals("2024-03-07", e.date());
    }

    @Test
    void aTimeInsideARelativeClauseDoesNotDateTheMainVerb() {
        Event e = first(events("وأفاد الاتحاد الأفريقي بأن الجماعات المسلحة التي تتصارع في إقليم دارفور منذ الشهر الماضي اتفقت على هدنة."), "AGREE");
        assertNotNull(e);
        assertEquals("2024-03-10", e.date());
    }

    @Test
    void purposeIntentionAndAnyNameNoAct() {
        assertEquals(null, first(events("ودعا الوزير إلى تكثيف الجهود للتوصل إلى اتفاق سياسي شامل بين الحكومة السودانية والمعارضة."), "AGREE"));
        assertEquals(null, first(events("وقال إن الحكومة الأردنية لن تقبل أي مفاوضات مع الجماعات المسلحة."), "CONSULT"));
        assertEquals(null, first(events("وأكد المحلل أن التعزيزات مؤشر على نية الجيش السوري شن هجوم واسع."), "ASSAULT"));
    }

    @Test
    void aWarsTollIsNoActsToll() {
        // the cumulative toll of a war makes no attack of its own and swells no other
        List<Event> evs = events("وأدت الحرب في الصومال منذ عقود إلى مقتل أكثر من 500 ألف شخص.");
        for (Event e : evs) assertTrue(e.size().killed() == null, e.toString());
    }

    @Test
    void aListHeadAndAnOutletsNameAreNoActs() {
        assertEquals(null, first(events("وفيما يلي أهم الهجمات التي نفذتها حركة الشباب في الصومال منذ عام 2010:"), "ASSAULT"));
        assertEquals(null, first(events("وذكرت قناة \"المسيرة\" أن الرئيس اليمني وصل إلى عدن."), "PROTEST"));
    }

    @Test
    void aVerbShapedTriggerAfterAPrepositionIsItsMasdar() {
        // "في قصف لقوات X": the لـ of a masdar names the doer, not the target
        Event e = null;
        for (Event x : events("وقتل 20 مدنيا في قصف لقوات النظام السوري على ريف حماة.")) if (x.eventType().equals("ASSAULT") && !x.actor().isEmpty()) e = x;
        assertNotNull(e);
        assertEquals(Set.of("SYR"), codes(e.actor()));
    }

    @Test
    void thenTakesTheTimeLastNamed() {
        Event e = first(events("وقصفت الطائرات الروسية بلدة خان شيخون في ريف إدلب يوم الجمعة. وقتل حينها 12 شخصا في البلدة."), "ASSAULT");
        assertNotNull(e);
        assertEquals("2024-03-08", e.date());
    }

    @Test
    void anEventWithNoPlaceOfItsOwnHappensWhereTheArticleIs() {
        List<Event> evs = events("وقصفت الطائرات الإسرائيلية مواقع في مدينة رفح جنوب قطاع غزة. وقصفت الطائرات الإسرائيلية مواقع في رفح مجددا. "
                + "وقتل ثلاثة فلسطينيين برصاص الجيش الإسرائيلي الأحد.");
        Event e = null;
        for (Event x : evs) if (x.evidence().sentence().contains("الأحد")) e = x;
        assertNotNull(e);
        assertEquals(1, e.locations().size());
        assertEquals("PSE", e.locations().get(0).code());
    }

    @Test
    void aMediatorIsNoPartyToTheDeal() {
        Event e = first(events("ووقعت الحكومة الإثيوبية وجبهة تحرير تيغراي اتفاقا لوقف القتال بوساطة الاتحاد الأفريقي."), "AGREE");
        if (e != null) assertTrue(!codes(e.actor()).contains("IGO:AU"), e.toString());
    }

    @Test
    void theOutletsCorrespondentAsserts() {
        Event e = first(events("وأوضح المراسل أن الطيران الحربي الروسي قصف بلدات في ريف إدلب الجنوبي."), "ASSAULT");
        assertNotNull(e);
        assertEquals("asserted", e.status());
    }

    @Test
    void aTollToldWithItsClashesIsTwoSided() {
        Event e = first(events("وقتل 15 عنصرا من قوات النظام السوري و9 من مقاتلي هيئة تحرير الشام في اشتباكات عنيفة بريف حماة."), "ASSAULT");
        assertNotNull(e);
        assertTrue(e.recipient().isEmpty(), e.toString());
    }

    @Test
    void aCauseNamedAfterAPassiveKillingIsTheDoerNotTheVictim() {
        List<Event> evs = events("وأفاد مسعفون بأن خمسة مدنيين، بينهم امرأة، لقوا حتفهم وقتلوا جراء غارة روسية على بلدة في ريف إدلب.");
        List<Event> assaults = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, assaults.size(), assaults.toString());
        assertEquals(Set.of("RUS"), codes(assaults.get(0).actor()));
        assertTrue(!codes(assaults.get(0).recipient()).contains("RUS"), assaults.toString());
    }

    @Test
    void aSubjectBeforeAnAppositionAndQadIsTheDoerNotTheCountInsideTheTrigger() {
        // «…»، then an apposition without a closing comma, then قد: the fronted name is the subject; عشرات is the rockets' count
        Event e = first(events("وكانت «حركة حماس»، الفصيل الأقوى في القطاع قد أطلقت عشرات الصواريخ على مدينة عسقلان."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("PSE"), codes(e.actor()));
        assertEquals(Set.of("ISR"), codes(e.recipient()));
    }

    @Test
    void anAdmissionIsAReportFrameWhosePronounIsTheSpeaker() {
        Event e = first(events("وأقر الجيش الأمريكي بأنه نفذ غارات جوية على مواقع في شمال العراق."), "ASSAULT");
        assertNotNull(e);
        assertTrue(codes(e.actor()).contains("USA"), e.toString());
    }
}
