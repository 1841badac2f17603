package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;

/**
 * An undated headline sums up the act its body dates earlier in the week: one event, dated as the
 * body dates it (spec §2: an event told in several sentences is coded once). Documents written for
 * this test, published on Sunday 2024-03-10. So is a teaser cut off mid-sentence before the paragraph
 * it copies: the act once, with the full paragraph's figures.
 */
class HeadlineMergeTest {
    @Test
    void theHeadlineOfTheWeeksFightingIsTheFightingTheBodyDates() {
        List<Event> evs = EventFixture.events("ليبيا: مقتل العشرات في اشتباكات بين الميليشيات في مصراتة\n\n"
                + "اندلعت اشتباكات عنيفة بين الميليشيات المتنافسة يوم الأربعاء في الأحياء الشرقية من مصراتة، وقتل فيها عشرات الأشخاص.");
        List<Event> fights = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, fights.size(), evs.toString());
        assertEquals("2024-03-06", fights.get(0).date(), fights.toString());
    }

    @Test
    void aTeaserCutOffMidSentenceAddsNoActOfItsOwn() {
        List<Event> evs = EventFixture.events("انفجار في سوق بمدينة الحسكة\n\n"
                + "وقال مسعف في المدينة إنهم \"نقلوا مساء أمس 12 جثة و40\n\n"
                + "وقال مسعف في المدينة إنهم \"نقلوا مساء أمس 12 جثة و40 مصابا\"، لكن حصيلة القتلى بلغت لاحقا 19 شخصا بينهم ثلاثة مهاجمين.");
        List<Event> blasts = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(1, blasts.size(), evs.toString());
        assertEquals(19, blasts.get(0).size().killed().best(), blasts.toString());
    }
}
