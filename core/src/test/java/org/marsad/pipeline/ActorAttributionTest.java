package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * Who the actor of an attack or a protest is, and which state it belongs to, through the whole
 * pipeline, on one-sentence documents written for this test (as the UniversalPetrarch validation
 * sentences are coded: each sentence a document of its own).
 */
class ActorAttributionTest {
    private static List<Event> events(String sentence) { return EventFixture.events(sentence); }

    private static Event first(List<Event> evs, String type) { return EventFixture.first(evs, type); }

    private static Set<String> codes(List<Party> ps) { return EventFixture.codes(ps); }

    private static boolean named(List<Party> ps, String word) {
        for (Party p : ps) if (p.text().contains(word)) return true;
        return false;
    }

    private static Event assault(String sentence) {
        Event e = first(events(sentence), "ASSAULT");
        assertNotNull(e, sentence);
        return e;
    }

    @Test
    void theSubjectBetweenAKillingVerbAndItsCountIsTheKiller() {
        Event e = assault("قتلت القوات الأمريكية خمسة مسلحين في غارة جنوب بغداد.");
        assertTrue(codes(e.actor()).contains("USA"), e.toString());
        assertFalse(codes(e.recipient()).contains("USA"), e.toString());
    }

    @Test
    void aLightVerbEndsTheNounPhraseOfADemonym() {
        // "شنت طائرة أميركية": the plane is the subject, the verb is no part of its phrase
        assertTrue(codes(assault("شنت طائرة أميركية بدون طيار غارة على قرية في محافظة مأرب.").actor()).contains("USA"));
    }

    @Test
    void anIndefiniteObjectMakesTheVerbActive() {
        Event e = assault("وذكرت مصادر أمنية أن مفرزة إسرائيلية خاصة اختطفت بعد منتصف الليل مزارعا قرب طوباس.");
        assertTrue(codes(e.actor()).contains("ISR"), e.toString());
        assertFalse(codes(e.recipient()).contains("ISR"), e.toString());
    }

    @Test
    void theNounAfterAVerbOfARelativeClauseIsItsObject() {
        Event e = assault("وقال شهود إن القذيفة التي دمرت المروحية الهندية أطلقت من الجبل.");
        assertFalse(codes(e.actor()).contains("IND"), e.toString());
    }

    @Test
    void aDetachmentOfAForceIsTheForce() {
        Event e = assault("وقال سكان إن قوة من الشرطة العراقية داهمت المسجد واعتدت على المصلين بالضرب.");
        assertTrue(codes(e.actor()).contains("IRQ"), e.toString());
    }

    @Test
    void theOwnerOfTheCraftIsTheAttacker() {
        Event e = assault("وأصيب أربعة حراس في قصف نفذته طائرة مسيرة تابعة للقوات الأميركية قرب الحدود.");
        assertTrue(codes(e.actor()).contains("USA"), e.toString());
    }

    @Test
    void theOwnerOfTheFireIsTheAttacker() {
        Event e = assault("وتظاهر آلاف العمال في القاهرة، وأصيب عشرون منهم برصاص الشرطة المصرية.");
        assertTrue(codes(e.actor()).contains("EGY"), e.toString());
    }

    @Test
    void aLightVerbAfterTheNounTakesItsSubjectAfterAToll() {
        Event e = assault("وقتل خمسة جنود في هجوم شنه مسلحون مجهولون على ثكنة في مقديشو.");
        assertTrue(named(e.actor(), "مسلحون"), e.toString());
        assertTrue(named(e.recipient(), "جنود"), e.toString());
    }

    @Test
    void byTheHandsOfNamesTheDoer() {
        assertTrue(named(assault("وتعرض صحفي للاعتداء على أيدي مسلحين في الخليل.").actor(), "مسلحين"));
    }

    @Test
    void theSpeakersOwnForcesAfterAnAdverbialAreTheSpeaker() {
        Event e = assault("وأكدت القيادة الأمريكية بعد ساعات أن قواتها قتلت قياديا في تنظيم الشباب خلال عملية جنوب الصومال.");
        assertTrue(codes(e.actor()).contains("USA"), e.toString());
    }

    @Test
    void protestersTakeTheStateTheyComeFrom() {
        Event e = first(events("وتظاهر المئات من أبناء دارفور أمام مقر الحكومة في لندن."), "PROTEST");
        assertNotNull(e);
        assertTrue(codes(e.actor()).contains("SDN"), e.toString());
        e = first(events("وجاء المتظاهرون من ألمانيا وفرنسا إلى ستراسبورغ مطالبين بالإفراج عن المعتقلين."), "PROTEST");
        assertNotNull(e);
        assertTrue(codes(e.actor()).contains("DEU"), e.toString());
        // the protester noun that is the trigger keeps every state of origin, and the host city makes no target
        e = first(events("واحتشد المتظاهرون من بلجيكا والنمسا وإيطاليا في لاهاي للمطالبة بمحاكمة المسؤولين."), "PROTEST");
        assertNotNull(e);
        assertEquals(Set.of("BEL", "AUT", "ITA"), codes(e.actor()), e.toString());
        assertTrue(e.recipient().isEmpty(), e.toString());
    }

    @Test
    void civiliansOfAnUnplacedArticleBelongToTheStateItNames() {
        Event e = first(events("وتظاهر آلاف المواطنين احتجاجا على قرار الحكومة المصرية رفع أسعار الوقود."), "PROTEST");
        assertNotNull(e);
        assertTrue(codes(e.actor()).contains("EGY"), e.toString());
    }

    @Test
    void aProtestsOwnUnattributedTollIsNoSeparateAttack() {
        List<Event> evs = events("وتظاهر آلاف العمال أمام مقر الحكومة في القاهرة، وأصيب عشرون منهم خلال التدافع.");
        assertNotNull(first(evs, "PROTEST"));
        assertNull(first(evs, "ASSAULT"), evs.toString());
    }

    @Test
    void fajranIsDawnNotADetonation() {
        assertNull(first(events("وتجمع الطلاب في ساحات المدينة فجرا للمطالبة بالإصلاح."), "ASSAULT"));
    }

    @Test
    void gunmenWhoAreMembersOfAGroupAreOfItsSide() {
        for (String s : List.of("وهاجم مسلحون أعضاء في حركة الشباب قاعدة عسكرية قرب مقديشو.",
                "وهاجم مقاتلون ينتمون إلى حركة الشباب قاعدة عسكرية قرب مقديشو.")) {
            Event e = first(events(s), "ASSAULT");
            assertNotNull(e, s);
            assertEquals(Set.of("SOM"), codes(e.actor()), e.toString());
        }
    }

    @Test
    void anArmedGroupAttackingItsOwnStateToldTwiceIsOneAttack() {
        // the group (SOM, armed) and the army's state (SOM) are two sides: a second telling with the group as the
        // attacker and the first with the state as the target do not contradict each other
        List<Event> evs = events("قتل خمسة جنود صوماليين في هجوم شنته حركة الشباب على قاعدة للجيش الصومالي في بلدة بولو مرير صباح الأحد. "
                + "وأعلن الجيش الصومالي أن مسلحين أعضاء في حركة الشباب هاجموا القاعدة وقتلوا خمسة من جنوده.");
        assertEquals(1, evs.stream().filter(e -> e.eventType().equals("ASSAULT")).count(), evs.toString());
    }
}
