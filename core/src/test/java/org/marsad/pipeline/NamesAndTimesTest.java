package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/** A weekday inside a place's name dates nothing, and a cancelled act did not happen; texts written for this test. */
class NamesAndTimesTest {
    @Test
    void aWeekdayInsideAPlaceNameIsNoTime() {
        // published on a Wednesday: "خميس" in the city's name is no Thursday
        List<Event> evs = EventFixture.eventsOn("خبر. وقال التحالف إن الحوثيين أطلقوا طائرة مسيرة مفخخة باتجاه خميس مشيط.", LocalDate.of(2024, 5, 15));
        Event e = EventFixture.first(evs, "ASSAULT");
        assertNotNull(e, evs.toString());
        assertEquals("2024-05-15", e.date());
    }

    @Test
    void aCancelledVisitDidNotHappen() {
        Event e = EventFixture.firstInBody("وألغى الرئيس البرازيلي زيارة كانت مقررة إلى واشنطن الأسبوع المقبل.", "CONSULT");
        assertNotNull(e);
        assertEquals("negated", e.status());
    }

    @Test
    void aLeadersGivenNameThatIsAlsoAStateNamesTheLeader() {
        Event e = EventFixture.firstInBody("واستقبلت رئيسة الوزراء الإيطالية جورجيا ميلوني في روما الرئيس التونسي قيس سعيد.", "CONSULT");
        assertNotNull(e);
        assertEquals(java.util.Set.of("ITA", "TUN"), EventFixture.codes(e.actor()));
    }

    @Test
    void aFlashbackInTheSentenceDoesNotDateTheParagraphAfterIt() {
        List<Event> evs = EventFixture.eventsOn("خبر. وأطلقت جماعة مسلحة في النيجر الأربعاء سراح مهندسين صينيين كانت قد خطفتهم قبل عام. "
                + "وأجرى وزير الخارجية الصيني اتصالا هاتفيا بنظيره النيجري.", LocalDate.of(2024, 9, 20));
        Event abduction = EventFixture.first(evs, "ASSAULT"), call = EventFixture.first(evs, "CONSULT");
        assertNotNull(abduction, evs.toString());
        assertNotNull(call, evs.toString());
        assertEquals(java.util.Set.of("CHN"), EventFixture.codes(abduction.recipient()));
        assertEquals("2024-09-18", call.date());
    }

    @Test
    void aPlaceNounWithAPossessivePronounNamesNoPlace() {
        Event e = EventFixture.firstInBody("واقتحمت القوات الإسرائيلية مدينة طولكرم ومخيمها بمشاركة عشرات الآليات العسكرية.", "ASSAULT");
        assertNotNull(e);
        for (org.marsad.event.Location l : e.locations()) org.junit.jupiter.api.Assertions.assertFalse(l.text().contains("بمشاركة"), e.locations().toString());
    }

    @Test
    void aCapitalDescribedByItsStatesDemonymIsWhereTheActHappensNotAParty() {
        Event e = EventFixture.firstInBody("ووقعت الحكومة الفلبينية وجبهة مورو الإسلامية للتحرير اتفاق سلام في العاصمة الماليزية كوالالمبور.", "AGREE");
        assertNotNull(e);
        org.junit.jupiter.api.Assertions.assertFalse(EventFixture.codes(e.actor()).contains("MYS"), e.actor().toString());
        org.junit.jupiter.api.Assertions.assertTrue(e.locations().stream().anyMatch(l -> "MYS".equals(l.code())), e.locations().toString());
    }

    @Test
    void aCaretakerGovernmentIsNoStateOfItsOwn() {
        Event e = EventFixture.firstInBody("والتقى المبعوث الأممي رئيس حكومة تصريف الأعمال العراقية في بغداد.", "CONSULT");
        assertNotNull(e);
        org.junit.jupiter.api.Assertions.assertFalse(EventFixture.codes(e.actor()).contains("AFG"), e.actor().toString());
    }

    @Test
    void theKhorasanBranchIsAfghanAndItsPlotIsNoAttackYet() {
        List<Event> evs = EventFixture.inBody("واعتقلت قوات الأمن الباكستانية خمسة من عناصر تنظيم داعش خراسان كانوا يخططون لتنفيذ هجمات في بيشاور.");
        Event arrest = EventFixture.first(evs, "COERCE");
        assertNotNull(arrest, evs.toString());
        assertEquals(java.util.Set.of("AFG"), EventFixture.codes(arrest.recipient()));
        for (Event e : evs) if (e.eventType().equals("ASSAULT")) assertEquals("planned", e.status(), e.toString());
    }
}
