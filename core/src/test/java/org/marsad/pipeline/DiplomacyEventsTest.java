package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * Agreements, talks, appeals and accusations through the whole pipeline (real knowledge base and
 * entity layer): the parties who agree, meet or are called on, on sentences written for this test.
 * Each text opens with a neutral sentence so the one tested is read as body text.
 */
class DiplomacyEventsTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    private static Event first(List<Event> evs, String type) { return EventFixture.first(evs, type); }

    private static Set<String> codes(List<Party> ps) { return EventFixture.codes(ps); }

    private static Set<String> parties(Event e) {
        Set<String> s = new java.util.TreeSet<>(codes(e.actor()));
        s.addAll(codes(e.recipient()));
        return s;
    }

    @Test
    void aBareSurnameIsThePersonNamedInFullEarlier() {
        // كير and مشار are words of KB names (كير ستارمر, places): alone, after the full names, they are the same people
        List<Event> evs = events("والتقى رئيس جنوب السودان سالفا كير زعيم المتمردين رياك مشار في أديس أبابا. "
                + "واتفق كير ومشار في ختام اللقاء على تبادل الأسرى.");
        Event e = null;
        for (Event x : evs) if (x.eventType().equals("AGREE")) e = x;
        assertNotNull(e, evs.toString());
        assertEquals(2, e.actor().size(), e.actor().toString());
        assertEquals(Set.of("SSD"), codes(e.actor()));
    }

    @Test
    void theTwoSidesOfAConflictInAStateAreThatStatesParties() {
        // not the hosts named last (Uganda, Sudan): "طرفا النزاع في جنوب السودان" are Kiir and Machar
        List<Event> evs = events("والتقى رئيس جنوب السودان سالفا كير زعيم المعارضة رياك مشار في كمبالا بحضور الرئيس الأوغندي "
                + "يويري موسيفيني والرئيس السوداني عمر البشير. وكان طرفا النزاع في جنوب السودان قد وافقا الجمعة على وقف إطلاق النار.");
        Event e = first(evs, "AGREE");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("SSD"), parties(e));
    }

    @Test
    void aGenericNounInATitleBeforeANameIsNoPartyOfItsOwn() {
        // "زعيم المعارضة رياك مشار" is one person: the opposition is not a third participant
        Event e = first(events("والتقى رئيس جنوب السودان سالفا كير زعيم المعارضة رياك مشار في أديس أبابا."), "CONSULT");
        assertNotNull(e);
        assertEquals(2, e.actor().size(), e.actor().toString());
    }

    @Test
    void anAgreementAfterTheAuxiliaryTammaIsTheActToldAndGenericSidesTakeTheState() {
        Event e = first(events("وقالت الأمم المتحدة إنه تم الاتفاق على هدنة بين الميليشيات المتناحرة في العاصمة الليبية طرابلس."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("LBY"), codes(e.actor()));
        assertEquals(List.of("ceasefire"), e.context());
    }

    @Test
    void aLongGapLetsSubjectAndObjectStandInsideTheBlamePhrase() {
        List<Event> evs = events("وحمّلت وزارة الخارجية الروسية السلطات الأوكرانية مسؤولية مقتل الصحافي في كييف.");
        Event e = first(evs, "ACCUSE");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("RUS"), codes(e.actor()));
        assertEquals(Set.of("UKR"), codes(e.recipient()));
    }

    @Test
    void anInvitationToTalksIsARequestToMeetAndPlannedTalksDatedByTheirOwnTime() {
        // "تعتزم" gives the invitation its doer; "الأطراف المتحاربة في ليبيا" are Libya's sides;
        // the talks are planned for their date, mediated by the body that invites
        List<Event> evs = events("وقال المبعوث الأممي غسان سلامة إن المنظمة الدولية تعتزم دعوة الأطراف المتحاربة في ليبيا "
                + "إلى محادثات في جنيف في 20 مارس.");
        Event req = first(evs, "REQUEST"), talks = first(evs, "CONSULT");
        assertNotNull(req, evs.toString());
        assertNotNull(talks, evs.toString());
        assertEquals("meet", req.mode());
        assertEquals(Set.of("IGO:UN"), codes(req.actor()));
        assertEquals(Set.of("LBY"), codes(req.recipient()));
        assertEquals("2024-03-10", req.date());
        assertEquals("third-party", talks.mode());
        assertEquals("planned", talks.status());
        assertEquals("2024-03-20", talks.date());
        assertEquals(Set.of("IGO:UN", "LBY"), parties(talks));
    }

    @Test
    void aSpeechBeforeTheSecurityCouncilIsASessionWithIt() {
        Event e = first(events("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش أمام مجلس الأمن إن الوضع في السودان خطير."), "CONSULT");
        assertNotNull(e);
        assertEquals("multilateral", e.mode());
        assertEquals(Set.of("IGO:UN", "IGO:UNSC"), codes(e.actor()));
    }

    @Test
    void aFirstPersonVerbInAQuoteIsTheSpeakersActAndAnElidedSpeakerIsTheOneBefore() {
        // "وأضافت" before its quote has no subject of its own; "نطالب" is the ministry's demand of Ukraine
        List<Event> evs = events("وقالت وزارة الخارجية الروسية في بيان إن الصحافيين يقتلون دون عقاب، "
                + "وأضافت \"نطالب السلطات الأوكرانية بالتحقيق فورا في الجريمة\".");
        Event e = first(evs, "REQUEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("RUS"), codes(e.actor()));
        assertEquals(Set.of("UKR"), codes(e.recipient()));
        assertEquals(Set.of("RUS"), codes(e.claimedBy()));
    }

    @Test
    void aReportVerbWithThePronounOfTheActBeforeItIsThatActsLightVerb() {
        // "هدنة أعلنتها روسيا": Russia's truce, not Russia reporting something
        Event e = first(events("وتتواصل المعارك رغم هدنة إنسانية أعلنتها روسيا وبدأ تطبيقها الثلاثاء."), "RETREAT");
        assertNotNull(e);
        assertEquals(Set.of("RUS"), codes(e.actor()));
        // "اتفاق وقف إطلاق النار الذي أعلنه X": the deal and its truce are one phrase for the light verb after it
        Event a = first(events("ولم يصمد اتفاق وقف إطلاق النار الذي أعلنه الرئيس السوداني عمر البشير الأسبوع الماضي سوى ساعات."), "AGREE");
        assertNotNull(a);
        assertEquals(Set.of("SDN"), codes(a.actor()));
    }

    @Test
    void coordinatedSubjectsBeforeAFutureDualVerbAllAgree() {
        Event e = first(events("وقال رئيس الأركان الإيراني محمد باقري إن إيران وسوريا ستلتزمان بقرار مجلس الأمن بشأن وقف إطلاق النار."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("IRN", "SYR"), codes(e.actor()));
        assertEquals("planned", e.status());
    }

    @Test
    void whatTalksOrBlameAreAboutAndWhoseEffortsBroughtADealAreNoParties() {
        // "بشأن سد النهضة الإثيوبي": the dam's state is the topic; a fronted subject makes the noun inside the object
        Event e = first(events("وإثيوبيا تحمل القاهرة المسؤولية عن فشل اجتماع الخرطوم الثلاثي بشأن سد النهضة الإثيوبي."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("ETH"), codes(e.actor()));
        assertEquals(Set.of("EGY"), codes(e.recipient()));
        // "بجهود مصرية": the go-between is no party to the truce
        List<Event> evs = events("وتوصلت الفصائل الفلسطينية وإسرائيل إلى اتفاق لعودة التهدئة في قطاع غزة بجهود مصرية.");
        Event a = first(evs, "AGREE");
        assertNotNull(a, evs.toString());
        assertEquals(Set.of("ISR", "PSE"), codes(a.actor()));
    }
}
