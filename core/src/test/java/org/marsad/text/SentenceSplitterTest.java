package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.Span;

/** Sentence splitting on Arabic fixtures written for this test. */
class SentenceSplitterTest {
    private final TextAnalyzer ta = new TextAnalyzer();

    private List<String> sentences(String text) {
        TextLayer t = ta.analyze(Document.of("x", null, text, null));
        List<String> out = new ArrayList<>();
        for (int s = 0; s < t.sentenceCount(); s++) out.add(text.substring(t.sentenceStart(s), t.sentenceEnd(s)));
        return out;
    }

    @Test
    void headlineWithoutFullStopAndParagraphs() {
        assertEquals(List.of("الجيش يعلن السيطرة على المدينة", "أعلن الجيش السيطرة على المدينة.", "وقال متحدث إن المعارك انتهت."),
                sentences("الجيش يعلن السيطرة على المدينة\n\nأعلن الجيش السيطرة على المدينة. وقال متحدث إن المعارك انتهت.\n"));
    }

    @Test
    void quotesStayWithTheirAttribution() {
        assertEquals(List.of("وقال الوزير «الوضع خطير. نحن نتابع عن كثب» مضيفا أن الاتصالات مستمرة.", "وأضاف أن الوفد سيصل غدا."),
                sentences("وقال الوزير «الوضع خطير. نحن نتابع عن كثب» مضيفا أن الاتصالات مستمرة. وأضاف أن الوفد سيصل غدا."));
        assertEquals(List.of("وقال البيان \"لن نقبل بذلك. هذا خط أحمر\" في إشارة إلى الاقتراح.", "ورفض الطرف الآخر التعليق."),
                sentences("وقال البيان \"لن نقبل بذلك. هذا خط أحمر\" في إشارة إلى الاقتراح. ورفض الطرف الآخر التعليق."));
        assertEquals(List.of("وقال: «انتهت المهلة.»", "وغادر القاعة."), sentences("وقال: «انتهت المهلة.» وغادر القاعة."));
    }

    @Test
    void decimalsAbbreviationsInitialsAndListNumbers() {
        assertEquals(List.of("بلغ النمو 3.5 في المئة، وقال د. أحمد إن الرقم متوقع.", "وأكدت أ. ف. ب الخبر."),
                sentences("بلغ النمو 3.5 في المئة، وقال د. أحمد إن الرقم متوقع. وأكدت أ. ف. ب الخبر."));
        assertEquals(List.of("وينص الاتفاق على:", "1. وقف إطلاق النار.", "2. تبادل الأسرى."),
                sentences("وينص الاتفاق على:\n1. وقف إطلاق النار.\n2. تبادل الأسرى."));
        assertEquals(List.of("هل انتهت الحرب؟", "لا أحد يعرف!", "ربما..."), sentences("هل انتهت الحرب؟ لا أحد يعرف! ربما..."));
    }

    @Test
    void strayQuoteDoesNotSwallowTheParagraph() {
        String s = "وقال المسؤول \"إن الوضع صعب. " + "وتابع المراقبون التطورات عن كثب في المنطقة. ".repeat(20);
        List<String> out = sentences(s);
        assertTrue(out.size() > 5, "stray quote kept " + out.size() + " sentences");
        for (String x : out) assertTrue(x.length() <= 1500);
    }

    @Test
    void runawaySentencesAreCut() {
        String s = "كلمة ".repeat(600) + "، " + "كلمة ".repeat(600);
        for (String x : sentences(s)) assertTrue(x.length() <= SentenceSplitter.HARD_MAX + 10, "length " + x.length());
    }

    @Test
    void boilerplateSentencesAreMarked() {
        String text = "عنوان\nاقرأ أيضا: خبر آخر\nنص الخبر.";
        int a = text.indexOf("اقرأ"), b = text.indexOf("\nنص");
        TextLayer t = ta.analyze(new Document("x", null, text, null, null, null, List.of(), "ar", List.of(new Span(a, b))));
        assertEquals(3, t.sentenceCount());
        assertEquals(List.of(false, true, false), List.of(t.isBoilerplate(0), t.isBoilerplate(1), t.isBoilerplate(2)));
    }
}
