package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
        List<Event> evs = events("واستقبل رئيس جنوب السودان سالفا كير زعيم المتمردين رياك مشار في جوبا. "
                + "واتفق كير ومشار في ختام اللقاء على فتح الطرق أمام قوافل الإغاثة.");
        Event e = null;
        for (Event x : evs) if (x.eventType().equals("AGREE")) e = x;
        assertNotNull(e, evs.toString());
        assertEquals(2, e.actor().size(), e.actor().toString());
        assertEquals(Set.of("SSD"), codes(e.actor()));
    }

    @Test
    void theTwoSidesOfAConflictInAStateAreThatStatesParties() {
        // not the host named before (South Africa): "طرفا الصراع في إثيوبيا" are Ethiopia's sides
        List<Event> evs = events("واستقبل رئيس جنوب أفريقيا سيريل رامافوزا في بريتوريا رئيس الوزراء الإثيوبي آبي أحمد بحضور الرئيس الكيني السابق أوهورو كينياتا. "
                + "وقد وافق طرفا الصراع في إثيوبيا الأربعاء على وقف إطلاق النار.");
        Event e = first(evs, "AGREE");
        assertNotNull(e, evs.toString());
        assertTrue(parties(e).contains("ETH"), parties(e).toString());
        // known gap: a guest named after بحضور still joins the deal's parties (KEN here); README "Events"
        assertFalse(parties(e).contains("ZAF"), parties(e).toString());
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
        Event e = first(events("وأفاد شيوخ عشائر بأنه تم الاتفاق على تهدئة بين المجموعات المسلحة المتنازعة في مدينة البصرة العراقية."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("IRQ"), codes(e.actor()));
        assertEquals(List.of("ceasefire"), e.context());
    }

    @Test
    void aLongGapLetsSubjectAndObjectStandInsideTheBlamePhrase() {
        List<Event> evs = events("وحمّلت وزارة الخارجية الإيرانية الحكومة الأمريكية مسؤولية تدهور الأوضاع في المنطقة.");
        Event e = first(evs, "ACCUSE");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("IRN"), codes(e.actor()));
        assertEquals(Set.of("USA"), codes(e.recipient()));
    }

    @Test
    void anInvitationToTalksIsARequestToMeetAndPlannedTalksDatedByTheirOwnTime() {
        // "تعتزم" gives the invitation its doer; "الأطراف المتصارعة في السودان" are Sudan's sides;
        // the talks are planned for their date, mediated by the body that invites
        List<Event> evs = events("وصرح الأمين العام للأمم المتحدة أنطونيو غوتيريش بأن الأمم المتحدة تعتزم دعوة الأطراف المتصارعة في السودان "
                + "إلى جولة مفاوضات في نيروبي يوم 20 مارس.");
        Event req = first(evs, "REQUEST"), talks = first(evs, "CONSULT");
        assertNotNull(req, evs.toString());
        assertNotNull(talks, evs.toString());
        assertEquals("meet", req.mode());
        assertEquals(Set.of("IGO:UN"), codes(req.actor()));
        assertEquals(Set.of("SDN"), codes(req.recipient()));
        assertEquals("2024-03-10", req.date());
        assertEquals("third-party", talks.mode());
        assertEquals("planned", talks.status());
        assertEquals("2024-03-20", talks.date());
        assertEquals(Set.of("IGO:UN", "SDN"), parties(talks));
    }

    @Test
    void aSpeechBeforeTheSecurityCouncilIsASessionWithIt() {
        Event e = first(events("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش أمام مجلس الأمن إن الوضع في ميانمار يزداد سوءا."), "CONSULT");
        assertNotNull(e);
        assertEquals("multilateral", e.mode());
        assertEquals(Set.of("IGO:UN", "IGO:UNSC"), codes(e.actor()));
    }

    @Test
    void aFirstPersonVerbInAQuoteIsTheSpeakersActAndAnElidedSpeakerIsTheOneBefore() {
        // "وأضافت" before its quote has no subject of its own; "نطالب" is the ministry's demand of Iraq
        List<Event> evs = events("وقالت وزارة الخارجية التركية في بيان إن المدنيين يدفعون ثمن التصعيد، "
                + "وأضافت \"نطالب الحكومة العراقية بوقف العمليات فورا\".");
        Event e = first(evs, "REQUEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("TUR"), codes(e.actor()));
        assertEquals(Set.of("IRQ"), codes(e.recipient()));
        // the demand is made by saying it: the outlet reports it as fact (spec §2, as the accusation beside a claimed attack)
        assertEquals("asserted", e.status());
    }

    @Test
    void aReportVerbWithThePronounOfTheActBeforeItIsThatActsLightVerb() {
        // "هدنة أعلنتها تركيا": Turkey's truce, not Turkey reporting something
        Event e = first(events("وتتواصل الاشتباكات رغم هدنة إنسانية أعلنتها تركيا وبدأ تطبيقها الخميس."), "RETREAT");
        assertNotNull(e);
        assertEquals(Set.of("TUR"), codes(e.actor()));
        // "اتفاق وقف الأعمال العدائية الذي أعلنه X": the deal and its truce are one phrase for the light verb after it
        Event a = first(events("وانهار بعد أيام اتفاق وقف الأعمال العدائية الذي أعلنه الرئيس الصومالي الشهر الماضي."), "AGREE");
        assertNotNull(a);
        assertEquals(Set.of("SOM"), codes(a.actor()));
    }

    @Test
    void coordinatedSubjectsBeforeAFutureDualVerbAllAgree() {
        Event e = first(events("وقال وزير الخارجية الأردني إن الأردن ومصر ستلتزمان بقرار مجلس الأمن بشأن وقف إطلاق النار."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("EGY", "JOR"), codes(e.actor()));
        assertEquals("planned", e.status());
    }

    @Test
    void whatTalksOrBlameAreAboutAndWhoseEffortsBroughtADealAreNoParties() {
        // "بشأن الحدود السودانية": the border's state is the topic; a fronted subject makes the noun inside the object
        Event e = first(events("وإريتريا تحمل أديس أبابا المسؤولية عن تعثر محادثات الرياض بشأن الحدود السودانية."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("ERI"), codes(e.actor()));
        assertEquals(Set.of("ETH"), codes(e.recipient()));
        // "بجهود سعودية": the go-between is no party to the truce
        List<Event> evs = events("وتوصلت الحكومة الصومالية وإقليم جوبالاند إلى اتفاق لعودة التهدئة في مدينة كيسمايو بجهود كينية.");
        Event a = first(evs, "AGREE");
        assertNotNull(a, evs.toString());
        assertEquals(Set.of("SOM"), codes(a.actor()));
    }

    @Test
    void anEnvoysOrDelegatesPostingIsPartOfTheTitleNotAParty() {
        // "إلى سوريا" / "لدى الأمم المتحدة" is where the envoy or delegate is posted: no party of the act
        Event talks = first(events("والتقى المبعوث الأمريكي إلى سوريا جيمس جيفري وزير الخارجية التركي في أنقرة."), "CONSULT");
        assertNotNull(talks);
        assertEquals(Set.of("TUR", "USA"), parties(talks), talks.toString());
        Event blame = first(events("واتهم مندوب روسيا لدى الأمم المتحدة فاسيلي نيبينزيا واشنطن بعرقلة المفاوضات."), "ACCUSE");
        assertNotNull(blame);
        assertEquals(Set.of("RUS"), codes(blame.actor()), blame.toString());
        assertEquals(Set.of("USA"), codes(blame.recipient()), blame.toString());
    }

    @Test
    void anEnvoyActsForTheBodyHisTitleNamesAndItsPostingGovernsNothing() {
        // the first sentence of a report: the envoy calls; the إلى of his posting does not make him the one called on,
        // and the UN's envoy is the UN's, whatever the nationality the knowledge base gives the man
        List<Event> evs = EventFixture.pipeline().process(org.marsad.doc.Document.of("t", null,
                "دعا مبعوث الأمم المتحدة إلى ليبيا غسان سلامة في جلسة لمجلس الأمن الأربعاء إلى فتح ممرات آمنة للمدنيين في سرت.",
                java.time.LocalDate.of(2018, 9, 7))).events();
        Event e = first(evs, "REQUEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("IGO:UN"), codes(e.actor()), e.toString());
        assertTrue(e.recipient().isEmpty(), e.toString());
    }

    @Test
    void aCondemnationIsOfWhoeverDidTheActItCondemns() {
        // the envoy's posting to a region is part of his title; the condemned are the killers, not the envoy
        Event e = first(events("وندد مبعوث الأمم المتحدة إلى منطقة البحيرات العظمى هوانغ شيا بمقتل مدنيين في قرية بشرق الكونغو برصاص الجيش الرواندي."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("IGO:UN"), codes(e.actor()), e.toString());
        assertEquals(Set.of("RWA"), codes(e.recipient()), e.toString());
    }

    @Test
    void aSessionAtAStatesRequestIsTheBodysAndAClockTimeSplitsNoClause() {
        // "(14:00 ت غ)" between the subject and the noun; the meeting and the talks it holds are the body's,
        // the request is the state's of the body
        List<Event> evs = events("وتعقد منظمة الأمن والتعاون في أوروبا ظهر الجمعة (14:00 ت غ) اجتماعا طارئا لإجراء مشاورات حول التصعيد على الحدود بطلب من فرنسا.");
        Event session = first(evs, "CONSULT");
        assertNotNull(session, evs.toString());
        assertEquals(Set.of("IGO:OSCE"), codes(session.actor()), evs.toString());
        Event ask = first(evs, "REQUEST");
        assertNotNull(ask, evs.toString());
        assertEquals(Set.of("FRA"), codes(ask.actor()), ask.toString());
        assertEquals(Set.of("IGO:OSCE"), codes(ask.recipient()), ask.toString());
    }

    @Test
    void armedFactionsPlacedInAStateCommitAndTheConditionsPartyIsNoSubject() {
        // "طالما" (as long as) opens another clause; "الفصائل المسلحة في الضفة" are of the state of the place
        List<Event> evs = events("وقال مسؤول إن الفصائل المسلحة في جنين ستلتزم بالتهدئة طالما التزمت إسرائيل بها.");
        Event agree = first(evs, "AGREE");
        assertNotNull(agree, evs.toString());
        assertEquals(Set.of("PSE"), codes(agree.actor()), evs.toString());
    }

    @Test
    void anAsideOfTheStatementsSettingDoesNotEndTheAppealsClause() {
        // "، في بيان مشترك،" between the callers and the called-on
        List<Event> evs = events("وحث سفراء ألمانيا وهولندا في الخرطوم، في بيان مشترك، الحكومة السودانية على حماية المدنيين.");
        Event req = first(evs, "REQUEST");
        assertNotNull(req, evs.toString());
        assertEquals(Set.of("SDN"), codes(req.recipient()), evs.toString());
    }

    @Test
    void whoApprovesIsNamedAfterMinAfterTheNounOfApproval() {
        List<Event> evs = events("وصدرت موافقة بالإجماع من مجلس الأمن مساء الجمعة على مشروع قرار بتمديد الهدنة في اليمن.");
        Event agree = first(evs, "AGREE");
        assertNotNull(agree, evs.toString());
        assertEquals(Set.of("IGO:UNSC"), codes(agree.actor()), evs.toString());
        assertEquals(Set.of(), codes(agree.recipient()), evs.toString());
    }

    @Test
    void aPartyAnnouncingTheDealItReachedIsAPartyToItAMediatorIsNot() {
        Event deal = first(events("وأعلنت حركة الجهاد الإسلامي التوصل إلى اتفاق لوقف إطلاق النار مع إسرائيل مساء الأحد."), "AGREE");
        assertNotNull(deal);
        assertEquals(Set.of("ISR", "PSE"), codes(deal.actor()), deal.toString());
        for (Event e : events("وأعلنت الأمم المتحدة التوصل إلى اتفاق لوقف إطلاق النار بين الأطراف الليبية في طرابلس."))
            assertFalse(codes(e.actor()).contains("IGO:UN"), e.toString());
    }

    @Test
    void demandsOfAStateFromAnotherAreARequestOfTheOther() {
        // after a noun of demands من names the one asked (after "بطلب" it names the asker)
        Event e = first(events("وقدمت واشنطن قائمة تضم عشرة مطالب أميركية من كوريا الشمالية."), "REQUEST");
        assertNotNull(e);
        assertEquals(Set.of("USA"), codes(e.actor()), e.toString());
        assertEquals(Set.of("PRK"), codes(e.recipient()), e.toString());
        Event asked = first(events("وعقد المجلس جلسة طارئة بطلب من فرنسا."), "REQUEST");
        assertNotNull(asked);
        assertEquals(Set.of("FRA"), codes(asked.actor()), asked.toString());
        // "مطالبين": the participle of the protesters, spelled as the noun's dual, is no demand of its own
        assertTrue(events("وخرج المئات إلى شوارع بيروت مطالبين برحيل الحكومة.").stream().noneMatch(x -> x.eventType().equals("REQUEST")));
    }

    @Test
    void announcedDemandsAreTheAnnouncersAndTheActsTheyListAreNoEvents() {
        List<Event> evs = events("وأعلنت الولايات المتحدة قائمة من عشرة مطالب من إيران، أبرزها وقف دعم الجماعات المسلحة والانسحاب من سوريا.");
        Event e = first(evs, "REQUEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("USA"), codes(e.actor()), e.toString());
        assertEquals(Set.of("IRN"), codes(e.recipient()), e.toString());
        assertTrue(evs.stream().noneMatch(x -> x.eventType().equals("RETREAT")), evs.toString());
    }

    @Test
    void brokenTiesSuspendedMembershipsAndRecalledAmbassadorsAreSanctions() {
        Event cut = first(events("وقطعت المغرب علاقاتها الدبلوماسية مع إيران الثلاثاء."), "SANCTION");
        assertNotNull(cut);
        assertEquals(Set.of("MAR"), codes(cut.actor()), cut.toString());
        assertEquals(Set.of("IRN"), codes(cut.recipient()), cut.toString());
        Event suspended = first(events("وعلق الاتحاد الأفريقي عضوية النيجر في جميع أنشطته."), "SANCTION");
        assertNotNull(suspended);
        assertEquals(Set.of("IGO:AU"), codes(suspended.actor()), suspended.toString());
        assertEquals(Set.of("NER"), codes(suspended.recipient()), suspended.toString());
        Event recalled = first(events("واستدعت الجزائر سفيرها لدى فرنسا للتشاور."), "SANCTION");
        assertNotNull(recalled);
        assertEquals("withdraw", recalled.mode(), recalled.toString());
    }

    @Test
    void aMediatorTakesPartInTheTalksItMediates() {
        Event e = first(events("وتوسطت قطر بين الولايات المتحدة وطالبان في محادثات الدوحة."), "CONSULT");
        assertNotNull(e);
        assertEquals("third-party", e.mode(), e.toString());
        assertTrue(codes(e.actor()).containsAll(Set.of("QAT", "USA")), e.toString());
    }

    @Test
    void signatoriesMayStandBetweenTheVerbAndTheDealButAPrepositionMakesItNoSigning() {
        Event e = first(events("ووقعت الحكومة السودانية والحركات المسلحة اتفاق سلام في جوبا."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("SDN"), codes(e.actor()), e.toString());
        assertTrue(events("ووقع الهجوم بعد يومين من اتفاق الهدنة في المدينة.").stream().noneMatch(x -> x.eventType().equals("AGREE")));
    }

    @Test
    void aidPledgedIsThePledgersAid() {
        Event e = first(events("وتعهدت السعودية بتقديم مساعدات إنسانية بقيمة 100 مليون دولار لليمن."), "AID");
        assertNotNull(e);
        assertEquals(Set.of("SAU"), codes(e.actor()), e.toString());
        assertEquals(Set.of("YEM"), codes(e.recipient()), e.toString());
    }
}
