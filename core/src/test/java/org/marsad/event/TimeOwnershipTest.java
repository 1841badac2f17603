package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.time.TimeExpr;
import org.marsad.time.TimeType;

/** Which act of a sentence a time dates, on sentences written for this test (published 2018-03-03). */
class TimeOwnershipTest {
    @Test
    void aTimeRightAfterAnotherActsPhraseDatesThatAct() {
        // the raids were yesterday; the accusation is the article's news
        String s = "واتهمت روسيا إسرائيل بشن غارات على دمشق أمس.";
        int k = s.indexOf("أمس");
        TimeExpr t = new TimeExpr(k, k + 3, "أمس", TimeType.DATE, "2018-03-02", "2018-03-02", null);
        List<Event> evs = EventExtractorTest.run(s, List.of(t), List.of());
        assertEquals("2018-03-03", EventExtractorTest.only(evs, "ACCUSE").date(), evs.toString());
        assertEquals("2018-03-02", EventExtractorTest.only(evs, "ASSAULT").date(), evs.toString());
    }

    @Test
    void aTimeRightAfterTheActItselfStaysItsDate() {
        String s = "واتهمت روسيا أمس إسرائيل بشن غارات على دمشق.";
        int k = s.indexOf("أمس");
        TimeExpr t = new TimeExpr(k, k + 3, "أمس", TimeType.DATE, "2018-03-02", "2018-03-02", null);
        List<Event> evs = EventExtractorTest.run(s, List.of(t), List.of());
        assertEquals("2018-03-02", EventExtractorTest.only(evs, "ACCUSE").date(), evs.toString());
    }

    @Test
    void aTimeOfADescriptionOpenedByKanaIsNotTheActs() {
        // the airport was an army base two years ago; the capture is the article's news
        String s = "وسيطر المسلحون على مطار المدينة بعد معارك عنيفة، وكان قبل عامين قاعدة للجيش.";
        int k = s.indexOf("قبل عامين");
        TimeExpr t = new TimeExpr(k, k + 9, "قبل عامين", TimeType.DATE, "2016", "2016", null);
        List<Event> evs = EventExtractorTest.run(s, List.of(t), List.of());
        assertEquals("2018-03-03", EventExtractorTest.only(evs, "ASSAULT").date(), evs.toString());
    }
}
