package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Who an attributed attack is claimed by, and when the claim is an accusation (spec §2: "A's defence
 * ministry said B shelled" is ACCUSE A → B as well). Sentences written for this test.
 */
class ClaimantsTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    @Test
    void aWireAgencyOfNoSideReportsAndAccusesNoOne() {
        List<Event> evs = events("وأفادت وكالة الصحافة الفرنسية بأن طائرات إسرائيلية قصفت موقعا في خان يونس فجر الاثنين.");
        Event attack = EventFixture.first(evs, "ASSAULT");
        assertNotNull(attack, evs.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(attack.actor()), attack.toString());
        assertEquals(Set.of("FRA"), EventFixture.codes(attack.claimedBy()), attack.toString());
        assertNull(EventFixture.first(evs, "ACCUSE"), evs.toString());
    }

    @Test
    void aPartysOwnMinistryReportingTheAttackAccusesTheAttacker() {
        List<Event> evs = events("وقالت وزارة الدفاع الروسية إن طائرات مسيرة أوكرانية هاجمت مطارا في مقاطعة كورسك.");
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals(Set.of("RUS"), EventFixture.codes(blame.actor()), blame.toString());
        assertEquals(Set.of("UKR"), EventFixture.codes(blame.recipient()), blame.toString());
    }

    @Test
    void aMonitorReportingFromExileSpeaksForNoState() {
        List<Event> evs = events("وقال المرصد السوري لحقوق الإنسان إن غارات روسية استهدفت بلدة في ريف إدلب الجنوبي.");
        Event attack = EventFixture.first(evs, "ASSAULT");
        assertNotNull(attack, evs.toString());
        assertEquals(1, attack.claimedBy().size(), attack.toString());
        assertNull(attack.claimedBy().get(0).code(), attack.toString());
        assertNull(EventFixture.first(evs, "ACCUSE"), evs.toString());
    }

    private static List<Event> attacks(List<Event> evs) { return evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList(); }

    @Test
    void whoClaimsResponsibilityForTheAttackIsItsAttacker() {
        List<Event> evs = events("قتل عشرة جنود في هجوم على حاجز للجيش قرب مدينة العريش. وأعلنت حركة الشباب مسؤوليتها عن الهجوم.");
        assertEquals(1, attacks(evs).size(), evs.toString());
        assertEquals(Set.of("SOM"), EventFixture.codes(attacks(evs).get(0).actor()), evs.toString());
    }

    @Test
    void aDenialOrNoClaimOfResponsibilityIsNoEventOfItsOwn() {
        for (String claim : List.of("ونفت حركة طالبان مسؤوليتها عن الهجوم في بيان.", "ولم تعلن أي جماعة حتى مساء الأحد مسؤوليتها عن الهجوم.",
                "ولم تتبن أي جهة الاعتداء حتى الآن.")) {
            List<Event> evs = events("قتل عشرة جنود في تفجير سيارة مفخخة قرب حاجز للجيش في العريش. " + claim);
            assertEquals(1, attacks(evs).size(), evs.toString());
            Event e = attacks(evs).get(0);
            assertEquals("asserted", e.status(), e.toString());
            assertEquals(Set.of(), EventFixture.codes(e.actor()), e.toString());
        }
    }

    @Test
    void anAccuserNamingAnotherResponsibleIsNotTheAttacker() {
        List<Event> evs = events("واتهمت الحكومة الأوكرانية روسيا بالمسؤولية عن قصف محطة الكهرباء في خاركيف.");
        for (Event e : attacks(evs)) assertEquals(Set.of("RUS"), EventFixture.codes(e.actor()), evs.toString());
    }

    @Test
    void theTimeAfterTheAccusedActsPhraseDatesTheActNotTheAccusation() {
        List<Event> evs = events("واتهمت كندا والسويد رسميا إيران بالمسؤولية عن إسقاط طائرة ركاب أوكرانية فوق طهران في عام 2020.");
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals("2024-03-10", blame.date(), blame.toString());
        Event act = EventFixture.first(evs, "ASSAULT");
        assertNotNull(act, evs.toString());
        assertEquals("2020", act.date(), act.toString());
    }

    @Test
    void whoseResponsibilityForTheActIsNamedDidIt() {
        List<Event> evs = events("وتحدث التقرير عن مسؤولية القوات الفرنسية عن مقتل رعاة في شمال مالي.");
        Event act = EventFixture.first(evs, "ASSAULT");
        assertNotNull(act, evs.toString());
        assertEquals(Set.of("FRA"), EventFixture.codes(act.actor()), act.toString());
    }

    @Test
    void aStrikeToldAsAnAnswerAccusesTheSideItStruckOfWhatItAnswers() {
        List<Event> evs = events("وقال الجيش الإسرائيلي مساء السبت إنه قصف مواقع لحركة حماس في قطاع غزة ردا على إطلاق صواريخ باتجاه مستوطنات الجنوب.");
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals(Set.of("ISR"), EventFixture.codes(blame.actor()), blame.toString());
        assertEquals(Set.of("PSE"), EventFixture.codes(blame.recipient()), blame.toString());
        boolean answered = false;
        for (Event e : attacks(evs)) answered |= EventFixture.codes(e.actor()).equals(Set.of("PSE")) && EventFixture.codes(e.recipient()).equals(Set.of("ISR"));
        assertTrue(answered, evs.toString());
    }

    // Sources named by a noun, not a name: an official is of the state the story is about, a witness of none,
    // and the outlet a source speaks to (لـ after the subject) is its audience, not a source.
    private static final String LIBYA = "تشهد ليبيا انقساما سياسيا منذ سنوات بين حكومتين في طرابلس وبنغازي. ";

    @Test
    void theAgencyASourceSpeaksToIsNoSource() {
        for (String report : List.of("قتل ستة أشخاص في تفجير سيارة مفخخة قرب فندق في بنغازي كما أعلن مصدر أمني لقناة ليبيا الأحرار.",
                "قتل ستة أشخاص في تفجير سيارة مفخخة قرب فندق في بنغازي، بحسب ما أفاد مصدر عسكري لرويترز.")) {
            Event attack = EventFixture.first(events(LIBYA + report), "ASSAULT");
            assertNotNull(attack, report);
            assertEquals(Set.of("LBY"), EventFixture.codes(attack.claimedBy()), attack.toString());
        }
    }

    @Test
    void aSourceCueWhoseNounTakesLamStillNamesItsSource() {
        Event attack = EventFixture.first(events("وقتل أكثر من مئة مدني في قصف على ريف إدلب وفق إحصاء أخير للمرصد السوري لحقوق الإنسان."), "ASSAULT");
        assertNotNull(attack);
        assertEquals(1, attack.claimedBy().size(), attack.toString());
        assertTrue(String.valueOf(attack.claimedBy().get(0).name()).startsWith("Syrian Observatory"), attack.toString());
    }

    @Test
    void anUnnamedOfficialSpeaksForTheStateTheStoryIsAbout() {
        for (String report : List.of("وقال مسؤول محلي إن مسلحين من تنظيم داعش هاجموا حاجزا للشرطة في بنغازي.", "وأفاد ضابط في الشرطة بأن مسلحين من تنظيم داعش هاجموا حاجزا للشرطة في بنغازي.")) {
            Event attack = EventFixture.first(events(LIBYA + report), "ASSAULT");
            assertNotNull(attack, report);
            assertEquals(1, attack.claimedBy().size(), attack.toString());
            assertEquals("LBY", attack.claimedBy().get(0).code(), attack.toString());
        }
    }

    @Test
    void aWitnessNamedBeforeTheReportIsItsSourceNotTheSpeakerBefore() {
        List<Event> evs = events("وقال الجيش الإسرائيلي إن طائراته قصفت موقعا في رفح. وقال شهود عيان إن الغارات أصابت منزلا في خان يونس.");
        Event later = evs.stream().filter(e -> e.eventType().equals("ASSAULT") && e.evidence().sentence().contains("شهود")).findFirst().orElse(null);
        assertNotNull(later, evs.toString());
        assertEquals(1, later.claimedBy().size(), later.toString());
        assertEquals("شهود عيان", later.claimedBy().get(0).text(), later.toString());
        assertNull(later.claimedBy().get(0).code(), later.toString());
    }

    @Test
    void aGroupClaimingAnAttackOnItsOwnStatesPeopleIsItsAttacker() {
        // the claim names the doer of the attack told before (the act as the genitive of مسؤولية), whose target stays
        List<Event> evs = events("قتل عشرة أشخاص في هجمات بسيارات مفخخة في مقديشو مساء الخميس. وتبنت #حركة_الشباب المتشددة مسؤولية الهجمات.");
        assertEquals(1, attacks(evs).size(), evs.toString());
        Event e = attacks(evs).get(0);
        assertTrue(EventFixture.codes(e.actor()).contains("SOM"), e.toString());
        assertEquals(Set.of("SOM"), EventFixture.codes(e.recipient()), e.toString());
    }

    @Test
    void aGroupAnnouncingItsClaimOfAnAttackAfterWhereAndWhenIsItsDoer() {
        Event e = EventFixture.first(events("وأعلنت حركة الشباب في بيان مساء الاثنين تبنيها إطلاق قذائف هاون على القصر الرئاسي في مقديشو."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SOM"), EventFixture.codes(e.actor()), e.toString());
    }

    @Test
    void aPartyIsShownWithoutItsProcliticsButWithItsArticle() {
        Event e = EventFixture.first(events("وقتل أربعة مدنيين في قصف على بلدة في ريف حلب وفقا لمصادر طبية."), "ASSAULT");
        assertNotNull(e);
        assertEquals("مصادر طبية", e.claimedBy().get(0).text(), e.toString());
        e = EventFixture.first(events("وقتل أربعة مدنيين في قصف على بلدة في ريف حلب، بحسب إحصاء للمرصد السوري لحقوق الإنسان."), "ASSAULT");
        assertNotNull(e);
        assertEquals("المرصد السوري لحقوق الإنسان", e.claimedBy().get(0).text(), e.toString());
    }

    @Test
    void aReportVerbIsNoWordOfTheSourcesPhrase() {
        // the adjective of origin qualifies the noun before it, not the verb before that
        Event e = EventFixture.first(events("وذكرت مصادر يمنية أن طائرة مسيرة قصفت موقعا في مأرب."), "ASSAULT");
        assertNotNull(e);
        assertEquals("مصادر يمنية", e.claimedBy().get(0).text(), e.toString());
        assertEquals("YEM", e.claimedBy().get(0).code(), e.toString());
    }

    @Test
    void whoPlantedTheBombNamedBeforeTheVerbIsTheAttacker() {
        Event e = EventFixture.first(events("وقال المتحدث باسم الشرطة الأفغانية إن الانفجار نجم عن قنبلة زرعتها طالبان على جانب الطريق في ولاية فراه."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("AFG"), EventFixture.codes(e.actor()), e.toString());
        // (planting with no weapon before the verb is farming)
        assertNull(EventFixture.first(events("وزرع المزارعون القمح في الحقول الشمالية."), "ASSAULT"));
    }

    @Test
    void whoIsHeldResponsibleByTheAdjectiveIsTheDoer() {
        for (String s : List.of("وقال المحققون إن الحكومة السورية \"مسؤولة\" عن قصف مستشفى في إدلب.",
                "وقال المحققون إن الحكومة السورية مسؤولة عن قصف مستشفى في إدلب.")) {
            Event e = EventFixture.first(events(s), "ASSAULT");
            assertNotNull(e, s);
            assertEquals(Set.of("SYR"), EventFixture.codes(e.actor()), e.toString());
        }
    }

    @Test
    void theAccusedShotDownThePlaneItsDemonymNamesAndTheActKeepsItsOwnMonth() {
        List<Event> evs = events("واتهمت أوكرانيا روسيا بشكل رسمي بالمسؤولية عن إسقاط طائرة الشحن المولدوفية في أكتوبر عام 2022.");
        Event act = EventFixture.first(evs, "ASSAULT");
        assertNotNull(act, evs.toString());
        assertEquals(Set.of("RUS"), EventFixture.codes(act.actor()), act.toString());
        assertEquals(Set.of("MDA"), EventFixture.codes(act.recipient()), act.toString());
        assertEquals("2022-10", act.date(), act.toString());
        assertEquals("claimed", act.status());
        Event shot = EventFixture.first(events("واتهمت بولندا بيلاروسيا بإسقاط المروحية البولندية في مايو عام 2023."), "ASSAULT");
        assertNotNull(shot);
        assertEquals(Set.of("BLR"), EventFixture.codes(shot.actor()), shot.toString());
        assertEquals(Set.of("POL"), EventFixture.codes(shot.recipient()), shot.toString());
    }

    @Test
    void anActToldByItsYearAndLaterByItsMonthIsOneEvent() {
        List<Event> evs = events("وكانت القوات الروسية قد قصفت ميناء أوديسا في عام 2022.\n"
                + "وقصفت القوات الروسية ميناء أوديسا في يوليو عام 2022 بصواريخ كاليبر.");
        List<Event> acts = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, acts.size(), evs.toString());
        assertEquals("2022-07", acts.get(0).date(), acts.toString());
    }

    @Test
    void anAccusedStateWhoseNameBeginsWithBaIsNoActOfTheAccusation() {
        // باكستان، بريطانيا، بيلاروسيا begin with the letter of the preposition بـ that names what one is accused of
        Event a = EventFixture.first(events("واتهمت أفغانستان باكستان بإيواء قادة الحركة المسلحة."), "ACCUSE");
        assertNotNull(a);
        assertEquals(Set.of("AFG"), EventFixture.codes(a.actor()), a.toString());
        assertEquals(Set.of("PAK"), EventFixture.codes(a.recipient()), a.toString());
        Event b = EventFixture.first(events("واتهمت فرنسا بريطانيا بعرقلة المفاوضات حول الصيد."), "ACCUSE");
        assertNotNull(b);
        assertEquals(Set.of("FRA"), EventFixture.codes(b.actor()), b.toString());
        assertEquals(Set.of("GBR"), EventFixture.codes(b.recipient()), b.toString());
    }

    @Test
    void aCapitalRightAfterAReportVerbIsItsGovernmentSpeakingNotThePlace() {
        for (String[] c : new String[][] {{"أعلنت كييف أن القوات الروسية قصفت مدينة خاركيف بالصواريخ ليلة الأحد.", "UKR", "RUS", "Kharkiv"},
                {"وقالت موسكو إن طائرات أوكرانية مسيرة هاجمت مصفاة نفط في منطقة كراسنودار.", "RUS", "UKR", "Krasnodar"}}) {
            List<Event> evs = events(c[0]);
            Event attack = EventFixture.first(evs, "ASSAULT");
            assertNotNull(attack, evs.toString());
            assertEquals(Set.of(c[1]), EventFixture.codes(attack.claimedBy()), attack.toString());
            assertEquals(Set.of(c[2]), EventFixture.codes(attack.actor()), attack.toString());
            assertEquals(List.of(c[3]), attack.locations().stream().map(l -> l.name()).toList(), attack.toString());
            Event blame = EventFixture.first(evs, "ACCUSE");
            assertNotNull(blame, evs.toString());
            assertEquals(Set.of(c[1]), EventFixture.codes(blame.actor()), blame.toString());
        }
    }

    @Test
    void aCapitalWhereTheSpeakerSpokeStaysAPlace() {
        List<Event> evs = events("وقال المتحدث في موسكو إن الطائرات الأوكرانية هاجمت مطارا في مقاطعة كورسك.");
        Event attack = EventFixture.first(evs, "ASSAULT");
        assertNotNull(attack, evs.toString());
        assertTrue(EventFixture.codes(attack.claimedBy()).isEmpty() || !attack.claimedBy().get(0).text().contains("موسكو"), attack.toString());
    }

    @Test
    void twoSidesAccusingEachOtherOfTwoActsAreTwoClaimedAttacks() {
        List<Event> evs = EventFixture.events("وتتواصل المعارك في السودان منذ عام. واتهمت الحكومة السودانية قوات الدعم السريع باستهداف المدنيين عمدا، "
                + "فيما نفت القوات مسؤوليتها عن القصف، واتهمت الجيش بقصف الأحياء السكنية بالطيران.");
        List<Event> attacks = attacks(evs);
        assertEquals(2, attacks.size(), evs.toString());
        assertTrue(attacks.stream().anyMatch(e -> e.actor().stream().anyMatch(p -> "Rapid Support Forces".equals(p.name()))), evs.toString());
        assertTrue(attacks.stream().anyMatch(e -> "aerial".equals(e.mode()) && e.actor().stream().anyMatch(p -> p.text().equals("الجيش"))), evs.toString());
        for (Event e : attacks) assertEquals("claimed", e.status(), e.toString());
    }

    @Test
    void anAttackARelativeClauseMentionsOnTheWayIsNoActOfTheAccused() {
        // "السوق الذي جرى قصفه": the bombing told before; the accused is accused of "تلك الغارات", no new act
        List<Event> evs = EventFixture.events("قتل 20 شخصا في غارات جوية على سوق شعبي في محافظة حجة. "
                + "واتهم المتمردون الذين يديرون السوق الذي جرى قصفه الطيران السعودي بتنفيذ تلك الغارات.");
        assertEquals(1, attacks(evs).size(), evs.toString());
    }

    @Test
    void theOneAnOutletQuotesClaimsFirstAndAccuses() {
        List<Event> evs = events("ونقلت رويترز عن دبلوماسي فرنسي قوله إن إيران هاجمت ناقلة نفط بطائرة مسيرة قرب مضيق هرمز.");
        Event attack = EventFixture.first(evs, "ASSAULT");
        assertNotNull(attack, evs.toString());
        assertEquals(Set.of("FRA", "GBR"), EventFixture.codes(attack.claimedBy()), attack.toString());
        Event blame = EventFixture.first(evs, "ACCUSE");
        assertNotNull(blame, evs.toString());
        assertEquals(Set.of("FRA"), EventFixture.codes(blame.actor()), blame.toString());
        assertEquals(Set.of("IRN"), EventFixture.codes(blame.recipient()), blame.toString());
    }
}
