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
 * Who is actor and who is recipient of verbal and diplomatic acts (accusations, appeals, sanctions,
 * condemnations, protests, talks) through the whole pipeline, on sentences written for this test:
 * capitals standing for their governments, relative clauses and their resumptive pronouns, the
 * object after a relative clause, and the doer of a demanded act. Each text opens with a neutral
 * sentence so the one tested is read as body text.
 */
class DiplomaticDirectionTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    private static Event first(List<Event> evs, String type) { return EventFixture.first(evs, type); }

    private static Set<String> codes(List<Party> ps) { return EventFixture.codes(ps); }

    @Test
    void aCapitalAfterAlaIsTheStateSanctioned() {
        List<Event> evs = events("وتقترح المفوضية الأوروبية فرض عقوبات جديدة على مينسك.");
        Event e = first(evs, "SANCTION");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("BLR"), codes(e.recipient()));
    }

    @Test
    void aCapitalAsObjectIsTheGovernmentAskedAndStaysNoPlaceOfTalks() {
        Event e = first(events("وطالب وزير الخارجية الإيراني واشنطن بالعودة إلى الاتفاق."), "REQUEST");
        assertNotNull(e);
        assertEquals(Set.of("IRN"), codes(e.actor()));
        assertEquals(Set.of("USA"), codes(e.recipient()));
        // "مفاوضات الدوحة": a capital in the genitive of talks is where they were held, no participant
        List<Event> evs = events("وانتقد الوزير الإثيوبي تعثر مفاوضات الدوحة بين الحكومة والمتمردين.");
        for (Event x : evs) {
            if (x.eventType().equals("CONSULT")) assertFalse(x.actor().stream().anyMatch(p -> p.text().contains("الدوحة")), x.toString());
        }
    }

    @Test
    void theResumptivePronounOfARelativeClauseIsTheAccused() {
        // Rwanda is the one the DR Congo accuses: "التي … اتهمتها الكونغو الديمقراطية"
        Event e = first(events("وتطرق المبعوث إلى مساع لحث رواندا، التي طالما اتهمتها الكونغو الديمقراطية بتسليح المتمردين، على سحب قواتها."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("COD"), codes(e.actor()));
        assertEquals(Set.of("RWA"), codes(e.recipient()));
    }

    @Test
    void aRelativeSubjectsObjectPronounIsThePartyNamedBefore() {
        // the statement asked the Burmese government (the pronoun of طالبها), not the Council
        Event e = first(events("وأكد السفير أن الحكومة البورمية تتجاهل بيان مجلس الأمن الذي طالبها بالإفراج عن المعتقلين."), "REQUEST");
        assertNotNull(e);
        assertEquals(Set.of("IGO:UNSC"), codes(e.actor()));
        assertEquals(Set.of("MMR"), codes(e.recipient()));
    }

    @Test
    void theObjectAfterARelativeClauseClosedByAComma() {
        Event e = first(events("واتهمت حركة الشباب التي تنشط في الجنوب، القوات الكينية بقصف القرية."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("SOM"), codes(e.actor()));
        assertEquals(Set.of("KEN"), codes(e.recipient()));
    }

    @Test
    void aCommaAndWaBeforeTheRelativeStillGiveItsAntecedent() {
        // the Libyan prime minister makes the appeal; the Russian mercenaries are asked to leave
        List<Event> evs = events("واستقبل المبعوث الأممي رئيس الوزراء الليبي عبد الحميد الدبيبة، والذي دعا إلى خروج المرتزقة الروس من البلاد.");
        Event e = first(evs, "REQUEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("LBY"), codes(e.actor()));
        assertEquals(Set.of("RUS"), codes(e.recipient()));
    }

    @Test
    void aCondemnersPhraseBeforeBiIsNotTheAccused() {
        // "ندد X بـ …" names the condemner X; only "اتهم X بـ …" makes the phrase the accused
        Event e = first(events("وندد الرئيس التركي بالعقوبات الأمريكية على أنقرة."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("TUR"), codes(e.actor()));
    }

    @Test
    void aProtestIsAimedAtTheOneOtherSideItsSentenceNames() {
        List<Event> evs = events("وتظاهر آلاف الأكراد قرب الحدود في مدينة القامشلي، وأطلقت القوات التركية الغاز المسيل للدموع عليهم.");
        Event e = first(evs, "PROTEST");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("TUR"), codes(e.recipient()));
        // the protesters' own state named again is no target
        Event own = first(events("وتظاهر آلاف السودانيين في مدينة بورتسودان، وقال وزير الداخلية السوداني إن الشرطة لم تتدخل."), "PROTEST");
        assertNotNull(own);
        assertTrue(own.recipient().isEmpty(), own.toString());
    }

    @Test
    void talksThatAreTheSettingOfADealShareItsTime() {
        // "في نهاية مباحثات بنيروبي الأحد": the deal was reached on Sunday, at the end of the talks
        Event e = first(events("واتفقت الصومال وكينيا في نهاية مباحثات بنيروبي الأحد على إعادة فتح المعابر."), "AGREE");
        assertNotNull(e);
        assertEquals("2024-03-10", e.date());
        Event f = first(events("واتفقت الصومال وكينيا في نهاية مباحثات بنيروبي الخميس على إعادة فتح المعابر."), "AGREE");
        assertNotNull(f);
        assertEquals("2024-03-07", f.date());
    }

    @Test
    void theUnEnvoyByTitleIsTheUnAndATitledSecondPartnerJoinsTheTalks() {
        // "المبعوث الأممي" alone, no holder known for the date (2024 here), is still the UN; "وقائد الحركة X" after
        // the first partner is a second partner
        Event e = first(events("وأجرى المبعوث الأممي في السودان الأسبوع الماضي محادثات مع الرئيس عبد الفتاح البرهان وقائد قوات الدعم السريع محمد حمدان دقلو."), "CONSULT");
        assertNotNull(e);
        assertTrue(codes(e.actor()).contains("IGO:UN"), e.toString());
        assertEquals(3, e.actor().size(), e.toString());
    }

    @Test
    void thePressConferenceIsNoMeeting() {
        List<Event> evs = events("وعقد وزير الخارجية المصري مؤتمرا صحفيا في القاهرة الأحد.");
        assertTrue(evs.stream().noneMatch(x -> x.eventType().equals("CONSULT")), evs.toString());
    }

    @Test
    void aidReachingATownIsForThatStateAndASanctionAGovernmentReportsIsItsOwn() {
        Event aid = first(events("ووصلت إلى مدينة إدلب الأحد شاحنات مساعدات للهلال الأحمر التركي."), "AID");
        assertNotNull(aid);
        assertEquals(Set.of("TUR"), codes(aid.actor()));
        assertEquals(Set.of("SYR"), codes(aid.recipient()));
        List<Event> evs = events("وأوضحت وزارة المالية الكندية أن عقوبات جديدة ستفرض الشهر المقبل على البنك المركزي الروسي.");
        Event s = first(evs, "SANCTION");
        assertNotNull(s, evs.toString());
        assertEquals(Set.of("CAN"), codes(s.actor()));
        assertEquals(Set.of("RUS"), codes(s.recipient()));
    }

    @Test
    void aNameAfterWaIsTaggedEvenWhenAKbNameSpellsItWithWa() {
        // "الحدود بين أرمينيا وأذربيجان" is a KB name: its "وأذربيجان" is no word of its own
        Event e = first(events("واتفقت أرمينيا وأذربيجان على تبادل الأسرى."), "AGREE");
        assertNotNull(e);
        assertEquals(Set.of("ARM", "AZE"), codes(e.actor()));
    }

    @Test
    void aDenialAnswersTheAccuser() {
        List<Event> evs = events("واتهمت أوغندا رواندا بدعم المتمردين في شرق الكونغو. ورفضت رواندا هذه الاتهامات.");
        Event e = first(evs, "REJECT");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("RWA"), codes(e.actor()));
        assertEquals(Set.of("UGA"), codes(e.recipient()));
    }

    @Test
    void aThreatWithNoTargetInItsClauseIsAimedAtTheOtherSideNamed() {
        Event e = first(events("وهدد الرئيس الإريتري أسياس أفورقي بالرد بقوة، بعد أن حشدت القوات الإثيوبية جنودها قرب الحدود."), "THREATEN");
        assertNotNull(e);
        assertEquals(Set.of("ETH"), codes(e.recipient()));
    }

    @Test
    void anArticlesProtestsByOneSideShareTheirTarget() {
        // the second protest names no other side; the first, by the same protesters, is against Turkey
        List<Event> evs = events("وتظاهر آلاف الأكراد قرب الحدود في مدينة القامشلي، وأطلقت القوات التركية الغاز المسيل للدموع عليهم. "
                + "وتجددت المظاهرات الكردية مساء الأحد في مدينة عامودا.");
        int n = 0;
        for (Event e : evs) {
            if (!e.eventType().equals("PROTEST")) continue;
            n++;
            assertEquals(Set.of("TUR"), codes(e.recipient()), e.toString());
        }
        assertEquals(2, n, evs.toString());
    }

    @Test
    void aFeminineSpeechVerbTakesNoMasculineBodyAfterItAsSubject() {
        // "مذكرة طالبت فيها مجلس الأمن": Norway's note asks the Council; "طالبت الأمم المتحدة" and "طالب مجلس الأمن" ask others
        Event e = first(events("وقدمت النرويج مذكرة طالبت فيها مجلس الأمن بعقد جلسة طارئة."), "REQUEST");
        assertNotNull(e);
        assertEquals(Set.of("NOR"), codes(e.actor()));
        assertEquals(Set.of("IGO:UNSC"), codes(e.recipient()));
        Event un = first(events("وطالبت الأمم المتحدة الحكومة السودانية بوقف القتال."), "REQUEST");
        assertNotNull(un);
        assertEquals(Set.of("IGO:UN"), codes(un.actor()));
        Event council = first(events("وطالب مجلس الأمن الحكومة السودانية بوقف القتال."), "REQUEST");
        assertNotNull(council);
        assertEquals(Set.of("IGO:UNSC"), codes(council.actor()));
        assertEquals(Set.of("SDN"), codes(council.recipient()));
    }

    @Test
    void anEnvoyRecalledFromAHostStateNamesItAfterLada() {
        Event e = first(events("واستدعت المغرب سفيرها لدى ألمانيا للتشاور."), "SANCTION");
        assertNotNull(e);
        assertEquals(Set.of("MAR"), codes(e.actor()), e.toString());
        assertEquals(Set.of("DEU"), codes(e.recipient()), e.toString());
    }

    @Test
    void anAnotherStatesEnvoySummonedIsAProtestNote() {
        Event e = first(events("واستدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان للاحتجاج."), "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("JOR"), codes(e.actor()), e.toString());
        assertEquals(Set.of("ISR"), codes(e.recipient()), e.toString());
        assertEquals("disapprove", e.mode());
    }

    @Test
    void theBareFormRightAfterAnAnnouncementIsItsMasdar() {
        // "أعلنت X طرد السفير الروسي": X expels, the ambassador's state is expelled (not "the ambassador expelled")
        Event e = first(events("وأعلنت إستونيا طرد السفير الروسي لديها."), "SANCTION");
        assertNotNull(e);
        assertEquals(Set.of("EST"), codes(e.actor()), e.toString());
        assertEquals(Set.of("RUS"), codes(e.recipient()), e.toString());
    }

    @Test
    void theHostsNameAfterHisTitleIsNoGuest() {
        // "ولي العهد السعودي الأمير محمد بن سلمان" is one host; the guest is the one after the place
        Event e = EventFixture.firstInBody("واستقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض الرئيس الأوكراني فولوديمير زيلينسكي.", "CONSULT");
        assertEquals(Set.of("SAU", "UKR"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aDelegationOfABodyIsThatBodysVisit() {
        Event e = EventFixture.firstInBody("وزار وفد من الكونغرس الأمريكي تايوان أمس.", "CONSULT");
        assertEquals(Set.of("USA"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("TWN"), EventFixture.codes(e.recipient()), e.toString());
    }
}
