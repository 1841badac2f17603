package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * A sentence that tells a protest: the violence of the protest itself (clashes with protesters, a
 * scuffle) and what the protesters denounce are no attacks of their own; an air strike or shelling by
 * a named side told beside the protest is one. Sentences written for this test.
 */
class ProtestSentenceTest {
    private static List<Event> events(String sentence) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + sentence); }

    @Test
    void aNamedAirStrikeBesideAProtestIsAnAttack() {
        List<Event> evs = events("وشنت المقاتلات الإسرائيلية غارات على مخيم جباليا بعد ساعات من احتجاجات قرب السياج الحدودي.");
        assertNotNull(EventFixture.first(evs, "PROTEST"), evs.toString());
        Event strike = EventFixture.first(evs, "ASSAULT");
        assertNotNull(strike, evs.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(strike.actor()), strike.toString());
    }

    @Test
    void theStrikesProtestersDenounceAreNoAttackOfTheSentence() {
        List<Event> evs = events("وتظاهر آلاف الأتراك في إسطنبول ضد الغارات الإسرائيلية على لبنان.");
        assertNotNull(EventFixture.first(evs, "PROTEST"), evs.toString());
        assertNull(EventFixture.first(evs, "ASSAULT"), evs.toString());
        List<Event> more = events("واعتصم مئات الطلاب أمام الجامعة منددين بقصف الطائرات الروسية للمستشفيات في إدلب.");
        assertNotNull(EventFixture.first(more, "PROTEST"), more.toString());
        assertNull(EventFixture.first(more, "ASSAULT"), more.toString());
    }

    @Test
    void clashesWithProtestersAreTheProtest() {
        List<Event> evs = events("واشتبك متظاهرون عراقيون مع قوات الأمن خلال مسيرة في ساحة التحرير ببغداد.");
        assertNotNull(EventFixture.first(evs, "PROTEST"), evs.toString());
        assertNull(EventFixture.first(evs, "ASSAULT"), evs.toString());
    }

    @Test
    void protestersInAStatesTownsAreThatStatesAndTheirCauseIsNoPlace() {
        // "في عدة مدن مغربية": Morocco is where; "تضامنا مع غزة": Gaza is what they stand with
        Event e = EventFixture.first(events("وخرجت مسيرات حاشدة في عدة مدن مغربية تضامنا مع غزة."), "PROTEST");
        assertNotNull(e);
        assertEquals(Set.of("MAR"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("MAR"), e.locations().stream().map(l -> l.code()).collect(java.util.stream.Collectors.toSet()), e.toString());
    }

    @Test
    void aProfessionOnStrikeIsTheProtester() {
        Event e = EventFixture.first(events("ونظم المعلمون في بغداد إضرابا عن العمل احتجاجا على تأخر الرواتب."), "PROTEST");
        assertNotNull(e);
        assertEquals("المعلمون", e.actor().get(0).text(), e.toString());
        assertEquals(Set.of("IRQ"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void protestersWhoStormAnEmbassyActAgainstItsState() {
        // "متظاهرون" with its nun governs no genitive: the embassy after it is what they storm
        Event e = EventFixture.first(events("واقتحم متظاهرون غاضبون مبنى السفارة الأمريكية في بغداد."), "PROTEST");
        assertNotNull(e);
        assertEquals(Set.of("IRQ"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("USA"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aProtestCalledForIsOneToComeByItsCaller() {
        // published Wednesday 2019-05-15: the sit-in is next Sunday, the 19th
        List<Event> evs = EventFixture.eventsOn("خبر. ودعت نقابة الصحفيين إلى وقفة احتجاجية أمام البرلمان في تونس يوم الأحد.", java.time.LocalDate.of(2019, 5, 15));
        Event e = EventFixture.first(evs, "PROTEST");
        assertNotNull(e, evs.toString());
        assertEquals("planned", e.status(), e.toString());
        assertEquals("2019-05-19", e.date(), e.toString());
        assertEquals("نقابة", e.actor().get(0).text(), e.toString());
    }

    @Test
    void inProtestAfterAGovernmentsActIsItsMotiveNoDemonstration() {
        List<Event> evs = events("واستدعت الخارجية الجزائرية السفير الفرنسي احتجاجا على تصريحات الرئيس الفرنسي.");
        assertNotNull(EventFixture.first(evs, "ACCUSE"), evs.toString());
        assertNull(EventFixture.first(evs, "PROTEST"), evs.toString());
        // a crowd that goes out in protest still protests
        assertNotNull(EventFixture.first(events("وتظاهر آلاف الطلاب في الجزائر احتجاجا على تصريحات الرئيس الفرنسي."), "PROTEST"));
    }
}
