package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * Who is condemned, summoned and accused, on texts written for this test: the subject of كان before
 * قد and the verb, the state whose sovereignty was violated (the one wronged, not the accused), the
 * state of a summoned envoy, and the doer of an attack told in an earlier sentence that a later
 * condemnation refers to by its definite noun.
 */
class CondemnationTargetsTest {
    private static Set<String> actors(Event e) { return EventFixture.codes(e.actor()); }

    private static Set<String> recipients(Event e) { return EventFixture.codes(e.recipient()); }

    /** The last ACCUSE whose actors are exactly {@code state}, or null. */
    private static Event accuseBy(List<Event> evs, String state) {
        Event accuse = null;
        for (Event e : evs) if (e.eventType().equals("ACCUSE") && actors(e).equals(Set.of(state))) accuse = e;
        return accuse;
    }

    /** The first event of {@code type} in the sentence (read as body text) has these actor and recipient codes. */
    private static void assertSides(String sentence, String type, Set<String> actor, Set<String> recipient) {
        Event e = EventFixture.firstInBody(sentence, type);
        assertNotNull(e, sentence);
        assertEquals(actor, actors(e), sentence);
        assertEquals(recipient, recipients(e), sentence);
    }

    @Test
    void theNounAfterKanaIsTheSubjectOfTheVerbAfterQad() {
        assertSides("وكانت نيامي قد اتهمت باريس بالتدخل في شؤونها.", "ACCUSE", Set.of("NER"), Set.of("FRA"));
        assertSides("وكان العراق قد اتهم تركيا بقصف قرى في دهوك.", "ACCUSE", Set.of("IRQ"), Set.of("TUR"));
    }

    @Test
    void aCapitalAroundTheVerbStandsForItsStateThoughTheArticleNamesItNowhereElse() {
        assertSides("واتهمت كييف مينسك بالسماح بمرور القوات عبر أراضيها.", "ACCUSE", Set.of("UKR"), Set.of("BLR"));
    }

    @Test
    void theStateWhoseSovereigntyWasViolatedIsNotTheOneCondemned() {
        List<Event> evs = EventFixture.inBody("ونددت الحكومة الصومالية بالتوغل ووصفته بأنه اعتداء سافر على سيادة الصومال.");
        for (Event e : evs) if (e.eventType().equals("ACCUSE")) assertEquals(Set.of(), recipients(e), e.toString());
    }

    @Test
    void aSummonedEnvoyQualifiedByADemonymNamesTheStateAimedAt() {
        Event e = EventFixture.firstInBody("واستدعت السفير التركي لديها وسلمته مذكرة احتجاج.", "ACCUSE");
        assertNotNull(e);
        assertEquals(Set.of("TUR"), recipients(e));
        assertSides("واستدعت وزارة الخارجية العراقية القائم بالأعمال الإيراني في بغداد.", "ACCUSE", Set.of("IRQ"), Set.of("IRN"));
    }

    @Test
    void aCondemnationOfTheAttackToldBeforeCondemnsItsDoer() {
        List<Event> evs = EventFixture.events("خبر. قصفت مدفعية الجيش الأذربيجاني قرى حدودية في إقليم سيونيك ليل الاثنين. "
                + "وفي وقت لاحق أدانت وزارة الخارجية الأرمنية القصف وطالبت المجتمع الدولي بالتحرك.");
        Event accuse = accuseBy(evs, "ARM");
        assertNotNull(accuse, evs.toString());
        assertEquals(Set.of("AZE"), recipients(accuse));
        // the attack is told once, by its doer
        long attacks = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).count();
        assertEquals(1, attacks, evs.toString());
    }

    @Test
    void theCondemnerWhoAlsoReportsTheTollInARelativeClauseStillCondemnsTheAttacker() {
        List<Event> evs = EventFixture.events("خبر. وقالت وزارة الدفاع الإيرانية إن طائراتها المسيرة قصفت مقرات لجماعة جيش العدل في إقليم بلوشستان. "
                + "واستنكرت الحكومة الباكستانية القصف الذي قالت إنه أسفر عن مقتل طفلين.");
        Event accuse = accuseBy(evs, "PAK");
        assertNotNull(accuse, evs.toString());
        assertEquals(Set.of("IRN"), recipients(accuse));
    }

    @Test
    void aRejectionConfirmedByTheTwoIsTheirsAndAimedAtTheStateOfTheActRejected() {
        List<Event> evs = EventFixture.events("خبر. والتقى العاهل الأردني الملك عبد الله الثاني الرئيس الفرنسي في عمان. "
                + "وجدد الزعيمان رفضهما أي توغل بري إسرائيلي في جنوب لبنان.");
        Event e = EventFixture.first(evs, "REJECT");
        assertNotNull(e, evs.toString());
        assertEquals(Set.of("JOR", "FRA"), actors(e));
        assertEquals(Set.of("ISR"), recipients(e));
    }

    @Test
    void aVetoIsTheRejectionOfTheStatesThatCastIt() {
        assertSides("واستخدمت الولايات المتحدة حق النقض ضد مشروع قرار جزائري يطالب بوقف الحرب.", "REJECT", Set.of("USA"), Set.of("DZA"));
    }

    @Test
    void anActNounThatJudgesTheCondemnedAttackIsNoActOfItsOwn() {
        // "واعتبره انتهاكا للهدنة": the breach is the shelling told before, called so, not a breach by the condemner
        List<Event> evs = EventFixture.events("خبر. قصفت القوات الروسية محطة كهرباء في مدينة زابوريجيا فجر الخميس. "
                + "واستنكر وزير الخارجية الأوكراني القصف واعتبره انتهاكا صارخا للهدنة.");
        Event accuse = accuseBy(evs, "UKR");
        assertNotNull(accuse, evs.toString());
        assertEquals(Set.of("RUS"), recipients(accuse));
        for (Event e : evs) if (e.eventType().equals("ASSAULT")) assertEquals(Set.of("RUS"), actors(e), evs.toString());
    }

    @Test
    void aComplaintAgainstAPartyAccusesItNotTheBodyComplainedTo() {
        Event e = EventFixture.firstInBody("وقدمت إيران شكوى إلى مجلس الأمن ضد الولايات المتحدة.", "ACCUSE");
        assertEquals(Set.of("IRN"), EventFixture.codes(e.actor()), e.toString());
        assertEquals(Set.of("USA"), EventFixture.codes(e.recipient()), e.toString());
    }
}
