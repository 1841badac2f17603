package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Span;

/** Clean-up masks ranges of the original text; fixtures written for this test. */
class BoilerplateTest {
    private final Boilerplate b = new Boilerplate(new Agencies());

    /** The masked lines of {@code text}, as strings. */
    private List<String> masked(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : b.mask(text)) for (String l : s.of(text).split("\n")) if (!l.isBlank()) out.add(l.strip());
        return out;
    }

    private static final String BODY1 = "أعلنت وزارة الدفاع أن قواتها صدت هجوما على مواقعها قرب الحدود الشمالية فجر اليوم.";
    private static final String BODY2 = "وقال المتحدث باسم الوزارة إن الهجوم أسفر عن سقوط قتلى في صفوف المهاجمين.";

    @Test
    void readAlsoBlockAndItsLinks() {
        String t = "عنوان\n\n" + BODY1 + "\nاقرأ أيضا:\nمقتل ثلاثة جنود في كمين شرقي البلاد\nالبرلمان يصوت على الموازنة الجديدة\n" + BODY2 + "\n";
        assertEquals(List.of("اقرأ أيضا:", "مقتل ثلاثة جنود في كمين شرقي البلاد", "البرلمان يصوت على الموازنة الجديدة"), masked(t));
    }

    @Test
    void listOfItemsToItsEnd() {
        String t = BODY1 + "\nlist of 3 items\nlist 1 of 3\nعنوان أول\nlist 2 of 3\nعنوان ثان\nend of list\n" + BODY2;
        List<String> m = masked(t);
        assertEquals("list of 3 items", m.get(0));
        assertEquals("end of list", m.get(m.size() - 1));
        assertFalse(m.contains(BODY2));
    }

    @Test
    void captionsCreditsWidgetsTagsShare() {
        String t = "عنوان الخبر\n5 دقائق القراءة\n" + BODY1 + "\nمصدر الصورة Getty Images\nالصورة: جنود في موقع الهجوم\n"
                + BODY2 + "\nفرانس 24/ أ ف ب\nتصنيفات\nسياسة\nأمن\nشارك على فيسبوك تويتر واتساب\n";
        assertEquals(List.of("5 دقائق القراءة", "مصدر الصورة Getty Images", "الصورة: جنود في موقع الهجوم", "فرانس 24/ أ ف ب",
                "تصنيفات", "سياسة", "أمن", "شارك على فيسبوك تويتر واتساب"), masked(t));
    }

    @Test
    void repeatedAbstractMaskedFullerCopyKept() {
        String abs = "قتل خمسة أشخاص على الأقل وأصيب عشرون آخرون في انفجار سيارة مفخخة في سوق شعبية وسط المدينة صباح الخميس، بحسب مصادر أمنية.";
        String body = "مدينة الحلة (رويترز) - " + abs.replace("بحسب", "وفق ما أفادت");
        String t = "انفجار سيارة مفخخة في سوق شعبية\n\n" + abs + "\n\n" + body + "\n" + BODY2;
        assertEquals(List.of(abs), masked(t));
    }

    @Test
    void inlineRelatedHeadlinesButNotSingleSubheadings() {
        String t = "عنوان\n\n" + BODY1 + "\nرئيس الوزراء يزور العاصمة في جولة إقليمية\nما هي فرص نجاح الوساطة بين الأطراف؟\n" + BODY2
                + "\nخلفية الأزمة\n" + BODY1 + "\nوينص الاتفاق على ما يلي:\nوقف إطلاق النار في كل الجبهات\nتبادل الأسرى خلال أسبوع\n";
        assertEquals(List.of("رئيس الوزراء يزور العاصمة في جولة إقليمية", "ما هي فرص نجاح الوساطة بين الأطراف؟"), masked(t));
    }

    @Test
    void offsetsAreThoseOfTheOriginalText() {
        String t = "\u00A0عنوان\u0651\n" + BODY1 + "\nاقرأ أيضاً: عنوان خبر آخر\n" + BODY2;
        List<Span> spans = b.mask(t);
        assertEquals(1, spans.size());
        assertTrue(spans.get(0).of(t).startsWith("اقرأ أيضاً"));
        assertEquals(t.indexOf("اقرأ"), spans.get(0).start());
    }

    @Test
    void cleanTextHasNoMask() {
        assertEquals(List.of(), masked("عنوان الخبر\n\n" + BODY1 + "\n" + BODY2 + "\nتفاصيل جديدة\n" + BODY1));
    }
}
