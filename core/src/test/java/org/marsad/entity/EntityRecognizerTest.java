package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.kb.KnowledgeBase;
import org.marsad.text.TextAnalyzer;

/** Matcher and pattern behaviour on sentences written for these tests, against the test KB fixture. */
class EntityRecognizerTest {
    static EntityRecognizer rec;
    static TextAnalyzer analyzer;

    @BeforeAll
    static void setUp() {
        rec = new EntityRecognizer(KnowledgeBase.load("kbtest", null));
        analyzer = rec.newAnalyzer();
    }

    static EntityLayer run(String text, String date) {
        Document d = Document.of("t", null, text, date == null ? null : LocalDate.parse(date));
        return rec.recognize(d, analyzer.analyze(d));
    }

    static String summary(EntityLayer l) {
        return l.entities().stream().map(e -> e.type() + ":" + (e.name() != null ? e.name() : e.text())).collect(Collectors.joining(", "));
    }

    static Entity find(EntityLayer l, String name) {
        return l.entities().stream().filter(e -> name.equals(e.name()) || name.equals(e.text())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + summary(l)));
    }

    @Test
    void countriesWithCliticsAndSpans() {
        String text = "وصل الوفد إلى روسيا قادما من والعراق وللأرمن، ثم عاد بالولايات المتحدة.";
        EntityLayer l = run(text, "2020-05-01");
        Entity ru = find(l, "Russia");
        assertEquals("LOC", ru.type());
        assertEquals("RUS", ru.code());
        assertEquals("روسيا", text.substring(ru.spans()[0][0], ru.spans()[0][1]));
        Entity us = find(l, "United States");
        assertEquals("الولايات المتحدة", us.text());
    }

    @Test
    void demonymAttributesWithoutEntity() {
        EntityLayer l = run("استهدفت غارات تركية مواقع في عفرين.", "2018-02-01");
        Mention m = l.mentions().stream().filter(x -> x.kind() == MentionKind.DEMONYM).findFirst().orElseThrow();
        assertEquals("TUR", m.code());
        assertEquals(-1, m.entity());
        find(l, "Afrin");
    }

    @Test
    void titleResolvedByPublicationDate() {
        String s = "وقال وزير الخارجية الأميركي إن بلاده لن تتراجع.";
        assertEquals("Mike Pompeo", find(run(s, "2020-06-01"), "Mike Pompeo").name());
        assertEquals("Antony Blinken", find(run(s, "2022-06-01"), "Antony Blinken").name());
    }

    @Test
    void titleWithNameAndSpokeswoman() {
        EntityLayer l = run("التقى وزير الخارجية الأميركي ريكس تيلرسون المتحدثة باسم الخارجية الروسية ماريا زاخاروفا.", "2017-06-01");
        assertEquals("USA", find(l, "Rex Tillerson").code());
        assertEquals("RUS", find(l, "Maria Zakharova").code());
    }

    @Test
    void counterpartIsSameRoleOfNamedState() {
        EntityLayer l = run("بحث لافروف مع نظيره التركي الوضع في سوريا.", "2019-03-01");
        find(l, "Sergey Lavrov");
        find(l, "Mevlüt Çavuşoğlu");
        EntityLayer later = run("بحث لافروف مع نظيره التركي الوضع في سوريا.", "2024-03-01");
        find(later, "Hakan Fidan");
    }

    @Test
    void institutionsFromHeadAndState() {
        EntityLayer l = run("أعلنت وزارة الخارجية الروسية أن القوات التركية قصفت مواقع للجيش السوري.", "2019-01-01");
        assertEquals("inst:rus:mofa", find(l, "Ministry of Foreign Affairs of Russia").id());
        assertEquals("Turkish Armed Forces", find(l, "Turkish Armed Forces").name());
        Entity syr = find(l, "Syria Armed Forces");
        assertEquals("SYR", syr.code());
        assertEquals("ORG", syr.type());
    }

    @Test
    void unknownPeopleAfterSpeechVerbsAndTitles() {
        EntityLayer l = run("وقال هيثم الحسيني إن القصف استمر. وأكد العقيد سامر داود ذلك.", "2018-03-01");
        assertEquals("PER", find(l, "هيثم الحسيني").type());
        find(l, "سامر داود");
    }

    @Test
    void organisationsAndPlacesFromHeads() {
        EntityLayer l = run("قالت حركة النهضة الوطنية إن مقاتليها دخلوا بلدة كفر نبودة وقرية الزعفرانة في محافظة حمص.", "2018-03-01");
        assertEquals("ORG", find(l, "حركة النهضة الوطنية").type());
        assertEquals("LOC", find(l, "كفر نبودة").type());
        find(l, "الزعفرانة");
        find(l, "محافظة حمص");
    }

    @Test
    void igoAndGroup() {
        EntityLayer l = run("دعا مجلس الأمن الدولي حزب الله وهيئة تحرير الشام إلى وقف القتال.", "2018-03-01");
        assertEquals("IGO:UNSC", find(l, "United Nations Security Council").code());
        assertEquals("LBN", find(l, "Hezbollah").code());
        find(l, "Hayat Tahrir al-Sham");
    }

    @Test
    void placeChosenByContext() {
        assertEquals("LBY", find(run("اشتباكات في طرابلس الليبية بين فصائل مسلحة في ليبيا.", "2018-09-01"), "Tripoli").code());
        assertEquals("LBN", find(run("توتر في طرابلس شمال لبنان.", "2018-09-01"), "Tripoli (Lebanon)").code());
    }

    @Test
    void boilerplateIsSkipped() {
        String text = "قصف في عفرين.\nاقرأ أيضا: روسيا تحذر";
        int b = text.indexOf("اقرأ");
        Document d = new Document("t", null, text, LocalDate.of(2018, 1, 1), null, null, List.of(), null,
                List.of(new org.marsad.doc.Span(b, text.length())));
        EntityLayer l = rec.recognize(d, analyzer.analyze(d));
        assertTrue(l.entities().stream().noneMatch(e -> "Russia".equals(e.name())), summary(l));
    }
}
