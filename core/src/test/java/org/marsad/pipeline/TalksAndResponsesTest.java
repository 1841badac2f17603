package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * A new round of talks (not talks referred to), the traveller who meets where he arrives, the doer of an act one "responds with", and one place
 * named twice in one phrase, on texts written for this test.
 */
class TalksAndResponsesTest {
    @Test
    void aNewRoundOfTheTalksIsTalksToldNotReferredTo() {
        Event e = EventFixture.firstOn("خبر. ومن المنتظر أن تحتضن جنيف الشهر المقبل جولة ثانية من المحادثات بين الحكومة السودانية وقوات الدعم السريع.", LocalDate.of(2024, 6, 3), "CONSULT");
        assertEquals("planned", e.status());
        assertEquals(Set.of("SDN"), EventFixture.codes(e.actor()));
    }

    @Test
    void theSubjectOfRespondedWithIsTheDoerOfTheAct() {
        Event e = EventFixture.firstInBody("وردت المدفعية الهندية بقصف مواقع باكستانية على طول خط المراقبة.", "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("IND"), EventFixture.codes(e.actor()));
        assertEquals(Set.of("PAK"), EventFixture.codes(e.recipient()));
    }

    @Test
    void theTollOfTheActAnsweredIsThatActs() {
        List<Event> evs = EventFixture.inBody("وقال حزب الله إنه قصف مستوطنة المطلة بقذائف المدفعية ردا على غارة إسرائيلية أسفرت عن مقتل ثلاثة من عناصره في بلدة الخيام.");
        Event answer = null, raid = null;
        for (Event e : evs) {
            if (!e.eventType().equals("ASSAULT")) continue;
            if (EventFixture.codes(e.actor()).contains("ISR")) raid = e; else answer = e;
        }
        assertNotNull(raid, evs.toString());
        assertNotNull(answer, evs.toString());
        assertEquals(3, raid.size().killed().best());
        assertEquals(null, answer.size().killed(), answer.toString());
        assertEquals("heavy-weapons", answer.mode());
    }

    @Test
    void aCapitalNamedWithItsDescriptionIsOnePlace() {
        Event e = EventFixture.firstInBody("والتقى الوزير نظيره الأردني في العاصمة الأردنية عمان يوم الاثنين.", "CONSULT");
        assertNotNull(e);
        assertEquals(1, e.locations().stream().map(l -> l.name()).distinct().count(), e.locations().toString());
        assertEquals(1, e.locations().size(), e.locations().toString());
    }

    @Test
    void talksWithALongTitleBeforeMaAreStillTalks() {
        Event e = EventFixture.firstInBody("وبحث نائب رئيس المجلس الرئاسي الليبي السابق موسى الكوني مع وزير الخارجية الإيطالي أنطونيو تاياني ملف الهجرة.", "CONSULT");
        assertNotNull(e);
        assertEquals(Set.of("LBY", "ITA"), EventFixture.codes(e.actor()));
    }

    @Test
    void aVisitToldAfterKanaWithATitleIsTheVisitorsToTheStateVisited() {
        Event e = EventFixture.firstInBody("وكان وزير الدفاع التركي يشار غولر قد زار بغداد مطلع الشهر.", "CONSULT");
        assertNotNull(e);
        assertEquals(Set.of("TUR"), EventFixture.codes(e.actor()));
        assertEquals(Set.of("IRQ"), EventFixture.codes(e.recipient()));
    }

    @Test
    void aTruceTakingEffectIsTheFightingStoppingBetweenItsSides() {
        Event e = EventFixture.firstInBody("ودخل وقف إطلاق النار بين أرمينيا وأذربيجان حيز التنفيذ صباح اليوم.", "RETREAT");
        assertNotNull(e);
        assertEquals("ceasefire", e.mode());
        assertEquals(Set.of("ARM", "AZE"), EventFixture.codes(e.actor()));
    }

    @Test
    void whoArrivesWhereTheMeetingIsHeldIsOneOfItsSides() {
        // "حيث التقى": the meeting's verb after حيث has the traveller as its elided subject
        Event e = EventFixture.firstInBody("ووصل وزير الخارجية التركي إلى طرابلس حيث التقى رئيس المجلس الرئاسي الليبي.", "CONSULT");
        assertEquals(Set.of("TUR", "LBY"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aRequestBehindAPlannedSessionWasMadeBeforeItsDate() {
        // published Wednesday 2024-05-15: the session is Thursday the 16th; the request is not the Thursday before
        List<Event> evs = EventFixture.eventsOn("خبر. ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة يوم الخميس لبحث الوضع في الفاشر، بطلب من بريطانيا.",
                LocalDate.of(2024, 5, 15));
        Event session = EventFixture.first(evs, "CONSULT"), request = EventFixture.first(evs, "REQUEST");
        assertNotNull(session, evs.toString());
        assertEquals("2024-05-16", session.date(), session.toString());
        assertNotNull(request, evs.toString());
        assertEquals("2024-05-15", request.date(), request.toString());
    }

    @Test
    void aDayAndMonthInTheWeeksAheadAreThisYearsActToCome() {
        // published 15 April 2024: "24 و25 أبريل" is nine days ahead, not last April
        Event e = EventFixture.firstOn("خبر. ويستضيف الاتحاد الأوروبي مؤتمرا للمانحين بشأن اليمن يومي 24 و25 أبريل.", LocalDate.of(2024, 4, 15), "CONSULT");
        assertEquals("2024-04-24", e.date(), e.toString());
        assertEquals("planned", e.status(), e.toString());
        // a day and month a few weeks back stay in the past
        Event past = EventFixture.firstOn("خبر. وعقد الاتحاد الأوروبي مؤتمرا للمانحين بشأن اليمن يومي 24 و25 مارس.", LocalDate.of(2024, 4, 15), "CONSULT");
        assertEquals("2024-03-24", past.date(), past.toString());
    }

    @Test
    void whoTakesPartInASummitIsOneOfItsSides() {
        // the EU's High Representative, by her title, at the Arab League's summit
        Event e = EventFixture.firstOn("خبر. وشاركت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي في أعمال القمة العربية بالجزائر.", LocalDate.of(2018, 4, 15), "CONSULT");
        assertEquals(Set.of("IGO:EU", "IGO:LAS"), EventFixture.codes(e.actor()), e.toString());
    }
}
