package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.entity.Entity;
import org.marsad.event.Event;

/**
 * Capitals whose name is also a given name, the sides of a conflict placed in a state, an office
 * title that names no one person, and the Pope, through the whole pipeline. Sentences written for this test.
 */
class CapitalsAndSidesTest {
    private static List<Entity> entities(String text) {
        return EventFixture.pipeline().process(Document.of("t", null, text, LocalDate.of(2024, 3, 6))).entities();
    }

    @Test
    void aGivenNameWithTheArticleIsThePlace() {
        // رياض is a man's name; الرياض, with the article no name takes, is the Saudi capital
        List<Entity> es = entities("وزار الوزير الرياض أمس. والتقى الوزير رياض المالكي في القاهرة.");
        assertTrue(es.stream().anyMatch(e -> "Riyadh".equals(e.name()) && e.type().equals("LOC")), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.type().equals("PER") && e.text().equals("رياض المالكي")), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.type().equals("LOC") && e.text().equals("رياض")), es.toString());
    }

    @Test
    void aPlannedVisitToACapitalHasItsStateAsHost() {
        Event visit = EventFixture.firstInBody("ومن المقرر أن يزور المبعوث الأممي الرياض الأسبوع المقبل.", "CONSULT");
        assertEquals("planned", visit.status(), visit.toString());
        assertEquals(Set.of("IGO:UN", "SAU"), union(visit), visit.toString());
        assertEquals("Riyadh", visit.locations().get(0).name(), visit.toString());
    }

    @Test
    void aTitleOfWhichManyHoldOfficeAtOnceNamesNoOne() {
        // the UN has envoys for several conflicts at once: "المبعوث الأممي" alone is none of them by name
        List<Entity> es = entities("وقال المبعوث الأممي إن المحادثات ستستأنف.");
        Entity envoy = es.stream().filter(e -> e.text().equals("المبعوث الأممي")).findFirst().orElse(null);
        assertNotNull(envoy, es.toString());
        assertNull(envoy.name(), envoy.toString());
        assertEquals("IGO:UN", envoy.code(), envoy.toString());
    }

    @Test
    void theTwoSidesOfAConflictInAStateAreThatStatesWithNoPartiesInFocus() {
        for (String s : List.of("دعت الأمم المتحدة طرفي النزاع في ليبيا إلى وقف القتال فورا.",
                "ودعا الاتحاد الأوروبي الأطراف المتحاربة في السودان إلى العودة إلى المفاوضات.")) {
            Event call = EventFixture.firstInBody(s, "REQUEST");
            assertEquals(1, call.recipient().size(), call.toString());
            assertTrue(Set.of("LBY", "SDN").contains(call.recipient().get(0).code()), call.toString());
        }
    }

    private static Set<String> union(Event e) {
        Set<String> s = new java.util.TreeSet<>(EventFixture.codes(e.actor()));
        s.addAll(EventFixture.codes(e.recipient()));
        return s;
    }

    @Test
    void thePopeIsTheOneInOfficeAndAPopeNamedIsHisOwnChurchs() {
        List<Entity> es = entities("وطالب البابا بهدنة إنسانية عاجلة في القطاع.");
        assertTrue(es.stream().anyMatch(e -> "Pope Francis".equals(e.name()) && "VAT".equals(e.code())), es.toString());
        Event call = EventFixture.firstInBody("وطالب البابا بهدنة إنسانية عاجلة في القطاع.", "REQUEST");
        assertEquals(Set.of("VAT"), EventFixture.codes(call.actor()), call.toString());
        // "البابا تواضروس الثاني" is the Coptic pope, of Egypt, not the head of the Holy See
        es = entities("واستقبل البابا تواضروس الثاني وزير الخارجية المصري في القاهرة.");
        assertTrue(es.stream().anyMatch(e -> "Tawadros II".equals(e.name()) && "EGY".equals(e.code())), es.toString());
    }

    @Test
    void ordinaryWordsSpelledLikeTownsNameNoPlace() {
        // خرج "went out", مشهد "scene", دمر "destroyed", جملة "a series", الخطوط العريضة "the broad lines"
        for (String s : List.of("وخرج مئات الطلاب إلى ساحات الخرطوم.", "وأضاف أن هذا المشهد يتكرر كل يوم.", "ودمر القصف عشرات المنازل.",
                "واتخذت الحكومة جملة من الإجراءات.", "ورسم الرئيس الخطوط العريضة لسياسته الخارجية.", "وقال: لا أدري ماذا سيحدث.",
                // a place the KB names only with the article (الأقصى، النيل، الخرج), written without it, is another word
                "وبلغت الأسعار أقصى مستوياتها.", "وقال إن الرهينتين هما جون سميث ونيل آدامز.", "ورفع المسلحون الراية البيضاء.",
                // a name takes no pronoun and one article: الرياضة is no الرياض + ه, الألوان no وان
                "وتحدث الوزير عن الرياضة والألوان والتحكم.", "ولعبت الدولة العريقة دورا كبيرا في الأيام القليلة الماضية.")) {
            List<Entity> es = entities(s);
            assertTrue(es.stream().noneMatch(e -> e.type().equals("LOC") && !"Khartoum".equals(e.name())), s + " → " + es);
        }
        // with a place cue and the state named, the town is read
        assertTrue(entities("ووصل الوزير إلى مشهد في إيران.").stream().anyMatch(e -> "Mashhad".equals(e.name())));
        assertTrue(entities("واقتحم مستوطنون باحات المسجد الأقصى.").stream().anyMatch(e -> e.name() != null && e.name().contains("Aqsa")));
    }
}
