package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.quantity.CasualtyTagger;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/** Which figures of a sentence make an attack's toll (spec §2), on sentences written for this test. */
class CasualtyAttachTest {
    private static final TextAnalyzer TA = new TextAnalyzer();
    private static final EventExtractor EX = new EventExtractor();
    private static final CasualtyTagger CASUALTIES = new CasualtyTagger();

    private static List<Event> run(String text) {
        Document d = Document.of("d1", null, text, LocalDate.of(2018, 3, 3));
        TextLayer tl = TA.analyze(d);
        return EX.extract(d, tl, EventExtractorTest.tag(text, tl), List.of(), CASUALTIES.tag(text));
    }

    private static Integer killed(Event e) {
        return e.size() == null || e.size().killed() == null ? null : e.size().killed().best();
    }

    @Test
    void aRunningTotalDoesNotAddToTheActsOwnToll() {
        Event e = EventExtractorTest.only(run("قتل 9 من عناصر الشرطة الصومالية في هجوم لمسلحي حركة الشباب على بلدة بلدوين، لتصل الحصيلة الإجمالية للقتلى إلى 31 منذ مطلع الأسبوع."), "ASSAULT");
        assertEquals(9, killed(e));
    }

    @Test
    void anUpdatedTollReplacesTheFirstFigure() {
        Event e = EventExtractorTest.only(run("أسفرت غارات تركية على عفرين عن مقتل 5 مدنيين، وارتفع عدد القتلى لاحقا إلى 8."), "ASSAULT");
        assertEquals(8, killed(e));
    }

    @Test
    void aTollOverYearsIsNoActsToll() {
        List<Event> evs = run("وتعرضت دمشق طوال سنوات لقصف من فصائل سورية أودى بحياة المئات.");
        for (Event e : evs) assertNull(killed(e), e.toString());
    }

    @Test
    void theOtherSidesTollAddsUpInTwoSidedFighting() {
        Event e = EventExtractorTest.only(run("وقتل منذ بدء الاشتباكات مع جيش الإسلام 40 عنصرا من قوات النظام السوري مقابل 25 مقاتلا من الفصائل."), "ASSAULT");
        assertEquals(65, killed(e));
    }

    @Test
    void noCasualtiesIsAZeroTollAndNoAttackOfItsOwn() {
        Event e = EventExtractorTest.only(run("قصفت طائرات إسرائيلية موقعا قرب دمشق دون وقوع إصابات."), "ASSAULT");
        assertEquals(0, killed(e));
        assertTrue(run("وأكد الجيش السوري عدم وقوع إصابات.").stream().noneMatch(x -> x.eventType().equals("ASSAULT")));
        Event bomb = EventExtractorTest.only(run("انفجرت قنبلة أمام مقر حزب في دمشق ولم يسفر الانفجار عن وقوع أي إصابات."), "ASSAULT");
        assertEquals(0, killed(bomb));
    }

    @Test
    void aTollOfAnotherDayToldBesideTheActIsAnActOfItsOwn() {
        String text = "وقتل ثلاثة مدنيين صباح السبت في قصف على عفرين، في وقت بلغت حصيلة القتلى الخميس سبعة مدنيين.";
        Document d = Document.of("d1", null, text, LocalDate.of(2018, 3, 3));
        TextLayer tl = TA.analyze(d);
        List<Event> evs = EX.extract(d, tl, EventExtractorTest.tag(text, tl), new org.marsad.time.TimeTagger().tag(text, d.published()), CASUALTIES.tag(text));
        List<Event> attacks = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).toList();
        assertEquals(2, attacks.size(), attacks.toString());
        assertEquals(3, killed(attacks.get(0)));
        assertEquals("2018-03-03", attacks.get(0).date());
        assertEquals(7, killed(attacks.get(1)));
        assertEquals("2018-03-01", attacks.get(1).date());
    }

    @Test
    void aRiseOfTheTollInTheNextSentenceUpdatesTheAct() {
        List<Event> evs = run("قتل خمسة جنود من الجيش السوري في كمين قرب عفرين.\nوارتفعت حصيلة القتلى لاحقا إلى تسعة جنود بعد وفاة جريحين.");
        Event e = EventExtractorTest.only(evs, "ASSAULT");
        assertEquals(9, killed(e));
    }
}
