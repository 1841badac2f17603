package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Acts of war and diplomacy beside the fighting, through the whole pipeline on sentences written for
 * this test: prisoners exchanged through a mediator, a deal signed (its noun in the accusative), aid
 * sent, units deployed by announcement, a release after عن, talks held by phone whatever verb tells
 * them, a state's army and a militia of that state named side by side, and words that only look like
 * acts (a counted noun, drones joined to missiles).
 */
class ExchangesAndAidTest {
    private static List<Event> events(String sentence) { return EventFixture.inBody(sentence); }

    private static Event first(String sentence, String type) { return EventFixture.firstInBody(sentence, type); }

    @Test
    void prisonersExchangedAreBothSidesReleasesNotTheMediators() {
        Event e = first("وتبادلت أرمينيا وأذربيجان 32 أسيرا بوساطة أميركية على الحدود.", "RETREAT");
        assertEquals("release", e.mode());
        assertEquals(Set.of("ARM", "AZE"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aDealSignedInTheAccusativeIsAnAgreement() {
        Event e = first("ووقعت الحكومة الصومالية اتفاقا لوقف إطلاق النار مع زعماء العشائر في جوهر.", "AGREE");
        assertEquals(Set.of("SOM"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aidSentIsTheSendersAid() {
        Event e = first("وأرسلت قطر مساعدات طبية إلى مستشفيات جنوب لبنان.", "AID");
        assertEquals(Set.of("QAT"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void unitsDeployedByAnnouncementAreTheAnnouncers() {
        Event e = first("وأعلن الجيش العراقي انتشار وحداته على الحدود مع سوريا.", "MOBILIZE");
        assertEquals(Set.of("IRQ"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void theOneReleasedFollowsAn() {
        Event e = first("وأفرجت السلطات الروسية عن صحفي أميركي في صفقة تبادل.", "RETREAT");
        assertEquals(Set.of("RUS"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("USA"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void talksToldByAnotherVerbAreStillByPhone() {
        Event e = first("وناقش وزير الخارجية السعودي في اتصال هاتفي مع نظيره الإيراني أمن الملاحة في الخليج.", "CONSULT");
        assertEquals("phone", e.mode(), e.toString());
    }

    @Test
    void anArmyAndAMilitiaOfOneStateAreTwoParties() {
        Event e = first("واتهم الجيش السوداني قوات الدعم السريع بقصف سوق في الفاشر.", "ACCUSE");
        assertEquals(Set.of("SDN"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("SDN"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aCountedNounIsNoVerbAndDronesBesideMissilesAreWeapons() {
        List<Event> evs = events("وخطف مسلحون 30 طالبا من مدرسة داخلية في ولاية زامفارا.");
        assertNull(EventFixture.first(evs, "REQUEST"), evs.toString());
        List<Event> night = events("وقصفت القوات الروسية مدينة خاركيف بالصواريخ والمسيرات ليلا.");
        assertNull(EventFixture.first(night, "PROTEST"), night.toString());
    }

    @Test
    void aCallMadeAfterATitleIsNoPersonsName() {
        // "اتصالا هاتفيا" after "الرئيس الفرنسي" is the call, not the president's name
        Event e = first("وأجرى الرئيس الكيني اتصالا هاتفيا بنظيره الأوغندي بحث خلاله أمن الحدود.", "CONSULT");
        assertEquals("phone", e.mode(), e.toString());
        assertEquals(Set.of("KEN", "UGA"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void arrivingForAVisitIsTheVisitorsVisit() {
        Event e = first("ووصل رئيس الوزراء الباكستاني إلى الرياض في زيارة رسمية تستمر ثلاثة أيام.", "CONSULT");
        assertEquals("visit", e.mode());
        assertTrue(EventFixture.codes(e.actor()).contains("PAK"), e.toString());
    }

    @Test
    void aTreatySignedByTwoStatesIsTheirAgreement() {
        Event e = first("ووقعت الأردن والعراق اتفاقية لتزويد المصافي العراقية بالكهرباء في عمان.", "AGREE");
        assertEquals(Set.of("JOR", "IRQ"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void theGovernmentAskedIsItsStates() {
        Event e = first("وطالب البرلمان الليبي الحكومة بإجراء تحقيق في أحداث مدينة درنة.", "REQUEST");
        assertEquals(Set.of("LBY"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aidToPeopleIsReceivedByThemAndGivenByItsAnnouncer() {
        Event e = first("وأعلنت اليابان تقديم 20 مليون دولار مساعدات إنسانية للنازحين السودانيين في تشاد.", "AID");
        assertEquals(Set.of("JPN"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("SDN"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aCurfewImposedAndAStateOfEmergencyDeclaredAreTheirAuthorsCoercion() {
        Event c = first("وفرضت السلطات الصومالية حظر التجول في مقديشو بعد سلسلة تفجيرات.", "COERCE");
        assertEquals("curfew", c.mode());
        assertEquals(Set.of("SOM"), EventFixture.codes(c.actor()), c.toString());
        Event m = first("وأعلنت الحكومة الإثيوبية حالة الطوارئ في إقليم أمهرة.", "COERCE");
        assertEquals("martial-law", m.mode());
        assertEquals(Set.of("ETH"), EventFixture.codes(m.actor()), m.toString());
    }
}
