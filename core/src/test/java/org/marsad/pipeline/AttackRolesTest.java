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
 * Who attacks whom in violent events, through the whole pipeline, on sentences written for this
 * test (other conflicts than the dev articles): the owner of a craft, unknown attackers, a
 * campaign's toll, death nouns, plural verbs with their subject before them, bare targets.
 */
class AttackRolesTest {
    private static List<Event> events(String sentence) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + sentence); }

    private static Event first(List<Event> evs, String type) { return EventFixture.first(evs, type); }

    private static Set<String> codes(List<Party> ps) { return EventFixture.codes(ps); }

    @Test
    void belongingToIsNoReportFrame() {
        // "تابعة لـ" is the participle "belonging to", not "تابعت" (she went on saying): the jets' side is no speaker
        Event e = first(events("ودمرت مقاتلات سعودية شاحنة تابعة لجماعة الحوثي قرب مدينة صعدة اليمنية."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SAU"), codes(e.actor()));
        assertEquals(Set.of("YEM"), codes(e.recipient()));
        assertEquals("asserted", e.status());
    }

    @Test
    void unknownGunmenHaveNoStateButTheirTargetHas() {
        Event e = first(events("وفتح مسلحون مجهولون النار على حافلة ركاب في ولاية زامفارا النيجيرية."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of(), codes(e.actor()), e.toString());
        assertEquals(Set.of("NGA"), codes(e.recipient()));
    }

    @Test
    void gunmenInTwoSidedClashesAreOfTheStateWhereTheyFight() {
        Event e = first(events("واندلعت اشتباكات بين قوات الأمن ومسلحين في ولاية زامفارا النيجيرية."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("NGA"), codes(e.actor()));
        assertTrue(e.recipient().isEmpty(), e.toString());
    }

    @Test
    void aQuotedSuicideAttackHasNoAttackerAndItsTargetIsTheVictim() {
        Event e = first(events("وأسفر هجوم \"انتحاري\" استهدف مقر وزارة الداخلية الصومالية في مقديشو عن سقوط 14 قتيلا."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of(), codes(e.actor()), e.toString());
        assertEquals(Set.of("SOM"), codes(e.recipient()));
        assertFalse(e.recipient().stream().anyMatch(p -> p.text().contains("انتحاري")), e.toString());
    }

    @Test
    void theTollSinceACampaignBeganIsTheCampaignersAct() {
        Event e = first(events("ومنذ انطلاق الجيش السوداني في عملياته شمال دارفور، قتل مئات المدنيين."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SDN"), codes(e.actor()));
        assertEquals(Set.of("SDN"), codes(e.recipient()));
    }

    @Test
    void theGenitiveOfADeathNounIsTheOneKilled() {
        Event e = first(events("وأكدت مصادر محلية مقتل المسؤول العسكري في حركة الشباب جراء غارة أمريكية على سيارته."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("USA"), codes(e.actor()));
        assertEquals(Set.of("SOM"), codes(e.recipient()));
    }

    @Test
    void aLamAfterAnotherAttackNounIsThatNounsDoer() {
        // the American forces struck; they are not whom the killing was done to
        for (Event e : events("وأكدت الحركة مقتل أحد قادتها الميدانيين أمس في ضربة جوية للقوات الأمريكية جنوب البلاد.")) {
            if (e.eventType().equals("ASSAULT")) assertFalse(codes(e.recipient()).contains("USA"), e.toString());
        }
        Event e = first(events("وأكدت الحركة مقتل أحد قادتها الميدانيين أمس في ضربة جوية للقوات الأمريكية جنوب البلاد."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("USA"), codes(e.actor()));
    }

    @Test
    void aPluralVerbHasItsSubjectBeforeIt() {
        Event e = first(events("وقال مسؤول محلي إن العشرات من عناصر حركة الشباب هاجموا قاعدة للجيش الكيني قرب الحدود."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SOM"), codes(e.actor()));
        assertEquals(Set.of("KEN"), codes(e.recipient()));
    }

    @Test
    void aTargetNamedByABareNounIsOfTheStateWhereItLies() {
        Event e = first(events("وقال مسؤول محلي إن مسلحين هاجموا قاعدة عسكرية في إقليم شبيلي السفلى."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of(), codes(e.actor()), e.toString());
        assertEquals(Set.of("SOM"), codes(e.recipient()));
    }

    @Test
    void aCraftLaunchingTheAttackBelongsToItsOwner() {
        // "هجوم شنته طائرة": the light verb carries the attack's pronoun; the craft after it is its subject
        Event e = first(events("وقتل ثلاثة جنود في هجوم شنته طائرة مسيرة تابعة للقوات الروسية على موقع قرب مدينة خيرسون."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("RUS"), codes(e.actor()));
        assertEquals(Set.of("UKR"), codes(e.recipient()));
    }

    @Test
    void aStateShellingItsOwnTownsKeepsBothSidesWhenTheActIsToldTwice() {
        // a civil war: the army and the town shelled are of one state in both tellings
        List<Event> evs = EventFixture.events("وقصفت قوات الجيش السوداني أحياء سكنية في مدينة نيالا بالمدفعية الثقيلة. "
                + "وقال شهود إن قوات الجيش السوداني قصفت أحياء نيالا بالمدفعية الثقيلة.");
        Event e = first(evs, "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SDN"), codes(e.actor()));
        assertEquals(Set.of("SDN"), codes(e.recipient()), evs.toString());
    }

    @Test
    void airStrikesToldWithoutTheirAttackerAreTheOnesTheArticleNames() {
        List<Event> evs = EventFixture.events("وقصفت الطائرات الروسية مدينة خاركيف الأوكرانية ليلا. وقتل 12 مدنيا في غارات على أحياء مدينة خاركيف.");
        boolean any = false;
        for (Event e : evs) {
            if (!e.eventType().equals("ASSAULT")) continue;
            any = true;
            assertEquals(Set.of("RUS"), codes(e.actor()), e.toString());
            assertEquals(Set.of("UKR"), codes(e.recipient()), e.toString());
        }
        assertTrue(any, evs.toString());
    }

    @Test
    void anActInAClauseOfTimeByAnotherDoerIsAnotherAct() {
        List<Event> evs = events("وبدأت القوات الكينية حملة عسكرية في الصومال في أكتوبر 2011 بعدما هاجمت حركة الشباب بلدات حدودية.");
        boolean kenya = false;
        for (Event e : evs) {
            if (!e.eventType().equals("ASSAULT")) continue;
            // the Kenyan operation and the Shabaab raids before it are not one act of both
            assertFalse(codes(e.actor()).containsAll(Set.of("KEN", "SOM")), e.toString());
            kenya |= codes(e.actor()).equals(Set.of("KEN")) && codes(e.recipient()).equals(Set.of("SOM"));
        }
        assertTrue(kenya, evs.toString());
    }

    @Test
    void aSpeakersPronounBeforeAnotherVerbDoesNotMakeTheKillingTheirs() {
        List<Event> evs = EventFixture.events("قتل صحافي صومالي بالرصاص في نيروبي. "
                + "وقالت الشرطة الكينية إنها ترجح أن يكون الاغتيال مرتبطا بعمل الصحافي.");
        for (Event e : evs) if (e.eventType().equals("ASSAULT")) assertFalse(codes(e.actor()).contains("KEN"), e.toString());
        Event own = first(events("وقال الجيش الكيني إنه قصف مواقع لحركة الشباب في إقليم جوبا السفلى."), "ASSAULT");
        assertNotNull(own);
        assertEquals(Set.of("KEN"), codes(own.actor()));
    }

    @Test
    void theAttackNounIsTheSubjectOfItsVerbAcrossItsTime() {
        // "هجوم … عام 2015 استهدف السفارة": the year stands between; the embassy is the target, not the attacker
        Event e = first(events("وكان أعنف هجوم عام 2016 استهدف السفارة الفرنسية في العاصمة واغادوغو."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of(), codes(e.actor()), e.toString());
        assertEquals(Set.of("FRA"), codes(e.recipient()), e.toString());
    }

    @Test
    void theOwnerOfTheTargetAfterTheVerbIsNoSubject() {
        // "قصف مواقع لحركة حماس": the positions are the object, Hamas owns them; the army reports its own strike
        Event e = first(events("وقال الجيش الإسرائيلي مساء السبت إنه قصف مواقع لحركة حماس شمال قطاع غزة."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("ISR"), codes(e.actor()), e.toString());
        assertEquals(Set.of("PSE"), codes(e.recipient()), e.toString());
    }

    @Test
    void theRightHandIsNoYemeni() {
        // "اليمنى" (right) folds to the Yemeni adjective; after a body or side noun it is the side
        List<Event> evs = events("وأصيب مصور صحفي بيده اليمنى برصاص القوات الإسرائيلية شرق خان يونس.");
        Event e = first(evs, "ASSAULT");
        assertNotNull(e, evs.toString());
        for (Event x : evs) assertFalse(codes(x.actor()).contains("YEM") || codes(x.recipient()).contains("YEM"), evs.toString());
        assertEquals(Set.of("ISR"), codes(e.actor()), e.toString());
    }

    @Test
    void operationsAgainstAnArmyAreAttacksOnIt() {
        // an operation noun alone names no act ("عملية السلام"); "ضد" after it makes it an attack on what follows
        Event e = first(events("ونفذ متمردو الطوارق منذ مطلع الشهر عمليات ضد الجيش المالي في منطقة كيدال."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("MLI"), codes(e.recipient()), e.toString());
        assertEquals(null, first(events("وتعثرت عملية السلام في مالي منذ سنوات."), "ASSAULT"));
    }

    @Test
    void theDoerOfAnAttemptDoesTheActAfterIt() {
        // "محاولة X [masdar]": the genitive of the attempt noun is the act's doer
        Event e = first(events("وقال المتمردون إنهم تصدوا لمحاولة الجيش السوداني اقتحام بلدة في دارفور."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SDN"), codes(e.actor()), e.toString());
    }

    @Test
    void aQuotedNameAfterBetweenIsASideOfTheFighting() {
        Event e = first(events("واندلعت اشتباكات عنيفة بين \"حركة الشباب\" والقوات الكينية قرب الحدود."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("SOM", "KEN"), codes(e.actor()), e.toString());
    }

    @Test
    void thePhraseOfSabaqaLiIsTheSubjectOfTheVerbAfterAnna() {
        // "سبق لـ X أن فعل": X did it before; the phrase after the singular verb is its object
        Event e = first(events("وسبق لحركة الشباب أن هاجمت مبنى وزارة الداخلية في مقديشو عام 2019."), "ASSAULT");
        assertNotNull(e);
        assertEquals(1, e.actor().size(), e.toString());
        assertTrue(e.actor().get(0).text().contains("الشباب"), e.toString());
        assertEquals(Set.of("SOM"), codes(e.recipient()), e.toString());
    }

    @Test
    void aNounOfDeathIsNoWordOfTheVictimsPhrase() {
        List<Event> evs = events("واندلعت مواجهات بين الشرطة ومحتجين غاضبين يحتجون على مقتل مواطن أردني في عمان.");
        assertFalse(evs.isEmpty());
        for (Event e : evs) for (List<Party> side : List.of(e.actor(), e.recipient()))
            for (Party p : side) assertFalse(p.text().startsWith("مقتل"), evs.toString());
    }

    @Test
    void aLamPhraseAfterAnotherNounIsNoSideOfTheFighting() {
        List<Event> evs = events("واندلع قتال عنيف في محيط ميناء عدن قبل اجتماع لمجلس الأمن.");
        for (Event e : evs) if (e.eventType().equals("ASSAULT")) assertFalse(codes(e.actor()).contains("IGO:UNSC"), evs.toString());
    }

    @Test
    void aSuicideAttackToldByItsVerbIsAnEventEvenWithNoPartyNamed() {
        // a suicide attack told by a finite verb is an act, its doer and target unnamed
        // (a partyless noun or "انفجر" still needs a party or a toll)
        Event e = first(events("وقالت الشرطة إن انتحاريا كان يرتدي حزاما ناسفا فجر نفسه قرب مسجد في البلدة."), "ASSAULT");
        assertNotNull(e);
        assertEquals("suicide-attack", e.mode());
        assertTrue(events("وسمع دوي انفجار في المنطقة.").isEmpty());
    }

    @Test
    void aCountedDemonymInTheAccusativeIsItsState() {
        // "20 فلسطينيا": the counted singular of a demonym takes the accusative alif
        Event e = first(events("واعتقلت القوات الإسرائيلية 20 فلسطينيا في الضفة الغربية."), "COERCE");
        assertNotNull(e);
        assertEquals(Set.of("PSE"), codes(e.recipient()), e.toString());
    }

    @Test
    void aVictimBeforeAPassiveVerbJoinedToTheNextClauseIsTheTarget() {
        // "قتل وأصيب اثنان": the count after و is the next verb's, so قتل has no object and is passive
        Event e = first(events("وقال الجيش الفرنسي إن جنديا فرنسيا قتل وأصيب اثنان آخران في هجوم انتحاري شمال مالي."), "ASSAULT");
        assertNotNull(e);
        assertEquals(Set.of("FRA"), codes(e.recipient()), e.toString());
        assertFalse(codes(e.actor()).contains("FRA"), e.toString());
    }

    @Test
    void victimsJoinedByWaAfterAPassiveVerbAreAllVictims() {
        // "قتل ضابط وجندي": two singular victims, two dead; neither is the attacker
        Event e = first(events("وقتل ضابط وجندي مصريان في كمين نصبه مسلحون لدورية للجيش في شمال سيناء."), "ASSAULT");
        assertNotNull(e);
        assertEquals(2, e.size().killed().best(), e.toString());
        assertFalse(codes(e.actor()).contains("EGY"), e.toString());
        assertTrue(codes(e.recipient()).contains("EGY"), e.toString());
    }

    @Test
    void aDefiniteWeaponRightAfterTheVerbIsItsSubjectAndThePhraseAfterItTheTarget() {
        Event e = first(events("وضرب الصاروخ مبنى وزارة الدفاع الهندية في المدينة، ما أدى إلى مقتل اثنين من الحراس."), "ASSAULT");
        assertNotNull(e);
        assertTrue(codes(e.actor()).isEmpty(), e.toString());
        assertEquals(Set.of("IND"), codes(e.recipient()), e.toString());
        // a weapon in construct with its owner is the owner's: "شنت طائرات التحالف العربي غارات"
        Event f = first(events("وشنت طائرات التحالف العربي غارات على مواقع الحوثيين في صعدة."), "ASSAULT");
        assertNotNull(f);
        assertEquals(Set.of("SAU"), codes(f.actor()), f.toString());
    }
}
