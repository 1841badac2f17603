package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * What an appeal or a threat is about has not happened: the appeal or threat is the event, the act
 * it names is none; a call to demonstrate stays the protest it mobilises. Sentences written for this test.
 */
class SpeechContentTest {
    private static List<Event> events(String text) { return EventFixture.events("وقال مصدر مطلع للصحفيين. " + text); }

    private static long count(List<Event> evs, String type) { return evs.stream().filter(e -> e.eventType().equals(type)).count(); }

    @Test
    void theActAThreatAnnouncesIsNoEvent() {
        for (String s : List.of("وهدد الجيش باستهداف قادة الفصائل في غزة.", "وتوعد زعيم الحركة بشن هجمات على القواعد الأمريكية.")) {
            List<Event> evs = events(s);
            assertEquals(1, count(evs, "THREATEN"), evs.toString());
            assertEquals(0, count(evs, "ASSAULT"), evs.toString());
        }
    }

    @Test
    void whoAsksForShellingToStopShellsNothing() {
        List<Event> evs = events("وطالبت الأمم المتحدة بوقف قصف المستشفيات في المدينة.");
        assertNotNull(EventFixture.first(evs, "REQUEST"), evs.toString());
        assertEquals(0, count(evs, "ASSAULT"), evs.toString());
    }

    @Test
    void aShellingToldAfterTheAppealsClauseIsStillAnEvent() {
        // another verb stands between: the shelling is told, not asked for
        List<Event> evs = events("وطالبت الأمم المتحدة بحماية المدنيين بعدما قصفت الطائرات الحربية سوقا شعبيا في المدينة.");
        assertEquals(1, count(evs, "ASSAULT"), evs.toString());
    }

    @Test
    void aCallToDemonstrateIsTheProtest() {
        List<Event> evs = events("ودعت النقابات العمالية في تونس إلى تنظيم احتجاجات أمام مقر الحكومة يوم الخميس.");
        assertTrue(count(evs, "PROTEST") >= 1, evs.toString());
    }

    @Test
    void theAimOfAnActIsNotYetDone() {
        List<Event> evs = events("وشنت القوات الحكومية اليمنية هجوما واسعا بهدف طرد الحوثيين من مدينة حيس.");
        assertEquals(1, count(evs, "ASSAULT"), evs.toString());
        assertEquals(0, count(evs, "SANCTION"), evs.toString());
    }

    @Test
    void whatOneMustDoIsDemandedNotDone() {
        for (String s : List.of("وقال الوزير إن على روسيا سحب قواتها من الأراضي الأوكرانية فورا.",
                "وأضاف أنه يجب على روسيا سحب قواتها من الأراضي الأوكرانية دون شروط.")) {
            List<Event> evs = events(s);
            assertEquals(0, count(evs, "RETREAT"), evs.toString());
        }
    }

    @Test
    void talksOneIsUrgedToEnterAreAskedForNotHeld() {
        List<Event> evs = events("وحث وزير الخارجية الألماني، في بيان، الأطراف الليبية على الدخول في حوار سياسي شامل.");
        assertEquals(1, count(evs, "REQUEST"), evs.toString());
        assertEquals(0, count(evs, "CONSULT"), evs.toString());
    }

    @Test
    void aDemandReportedFromANamedSpeakerIsItsRequestOfTheOneWhoMustAct() {
        List<Event> evs = events("وقال وزير الخارجية الأمريكي إن على إيران وقف دعم الميليشيات وسحب قواتها من سوريا.");
        assertEquals(1, count(evs, "REQUEST"), evs.toString());
        Event req = evs.stream().filter(e -> e.eventType().equals("REQUEST")).findFirst().orElseThrow();
        assertEquals(java.util.Set.of("USA"), EventFixture.codes(req.actor()), req.toString());
        assertEquals(java.util.Set.of("IRN"), EventFixture.codes(req.recipient()), req.toString());
        assertEquals(0, count(evs, "RETREAT"), evs.toString());
    }

    @Test
    void aidReferredToIsNoAidGiven() {
        // aid named as what may stop or whom workers serve is no act of aid; a convoy entering is one
        assertEquals(0, count(events("وقال مسؤولون صوماليون إن موظفين كينيين يعملون في مجال المساعدات غادروا مقديشو."), "AID"));
        assertEquals(1, count(events("ودخلت قافلة مساعدات تابعة لبرنامج الأغذية العالمي إلى مدينة تعز صباح الأحد."), "AID"));
    }
}
