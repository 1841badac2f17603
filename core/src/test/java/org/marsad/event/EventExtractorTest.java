package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.Span;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityLayer;
import org.marsad.entity.Mention;
import org.marsad.entity.MentionKind;
import org.marsad.quantity.Casualty;
import org.marsad.quantity.CasualtyKind;
import org.marsad.quantity.Size;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;
import org.marsad.time.TimeExpr;
import org.marsad.time.TimeType;

/** Argument structure, claims and merging on sentences written for this test, with a hand-made entity layer. */
class EventExtractorTest {
    private static final TextAnalyzer TA = new TextAnalyzer();
    private static final EventExtractor EX = new EventExtractor();

    /** A surface form the test tagger marks: kind, code, sector. */
    record Name(String surface, MentionKind kind, String code, String sector) {}

    private static final List<Name> NAMES = List.of(
            new Name("إسرائيل", MentionKind.COUNTRY, "ISR", "GOV"), new Name("الإسرائيلية", MentionKind.DEMONYM, "ISR", null),
            new Name("الإسرائيلي", MentionKind.DEMONYM, "ISR", null), new Name("تركية", MentionKind.DEMONYM, "TUR", null),
            new Name("إسرائيلية", MentionKind.DEMONYM, "ISR", null),
            new Name("قوات النظام السوري", MentionKind.INSTITUTION, "SYR", "MIL"), new Name("سورية", MentionKind.DEMONYM, "SYR", null),
            new Name("الجيش السوري", MentionKind.INSTITUTION, "SYR", "MIL"), new Name("روسيا", MentionKind.COUNTRY, "RUS", "GOV"),
            new Name("لافروف", MentionKind.PERSON, "RUS", "GOV"), new Name("الأمريكي", MentionKind.DEMONYM, "USA", null),
            new Name("عفرين", MentionKind.PLACE, "SYR", null), new Name("دمشق", MentionKind.PLACE, "SYR", null),
            new Name("الحوثيون", MentionKind.GROUP, "YEM", "REB"), new Name("التحالف", MentionKind.GROUP, "SAU", "MIL"),
            new Name("جيش الإسلام", MentionKind.GROUP, "SYR", "REB"), new Name("وزارة الدفاع السورية", MentionKind.INSTITUTION, "SYR", "MIL"),
            new Name("لبناني", MentionKind.DEMONYM, "LBN", null),
            new Name("منظمة الأمن والتعاون في أوروبا", MentionKind.GROUP, "IGO:OSCE", null));

    static EntityLayer tag(String text, TextLayer tl) {
        List<Entity> ents = new ArrayList<>();
        List<Mention> ms = new ArrayList<>();
        for (Name n : NAMES) {
            int from = 0, at;
            List<Span> spans = new ArrayList<>();
            while ((at = text.indexOf(n.surface(), from)) >= 0) {
                from = at + n.surface().length();
                boolean inside = false;
                for (Mention m : ms) inside |= m.start() <= at && at < m.end();
                if (inside) continue;
                spans.add(new Span(at, from));
                int ft = tl.tokenAt(at), et = tl.tokenAt(from - 1) + 1;
                ms.add(new Mention(at, from, ft, et, ents.size(), n.kind(), n.code(), n.sector()));
            }
            if (!spans.isEmpty()) ents.add(new Entity(n.kind() == MentionKind.PLACE ? "LOC" : "ORG", n.surface(), null, null, n.code(), n.sector(), spans));
        }
        ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new EntityLayer(ents, ms);
    }

    static List<Event> run(String text, List<TimeExpr> times, List<Casualty> cas) {
        Document d = Document.of("d1", null, text, LocalDate.of(2018, 3, 3));
        TextLayer tl = TA.analyze(d);
        return EX.extract(d, tl, tag(text, tl), times, cas);
    }

    static Set<String> codes(List<Party> ps) {
        Set<String> s = new TreeSet<>();
        for (Party p : ps) if (p.code() != null) s.add(p.code());
        return s;
    }

    static Event only(List<Event> evs, String type) {
        List<Event> l = evs.stream().filter(e -> e.eventType().equals(type)).toList();
        assertEquals(1, l.size(), type + " in " + evs);
        return l.get(0);
    }

    @Test
    void verbalSubjectObjectAndDemonymObject() {
        Event e = only(run("قصفت إسرائيل مواقع عسكرية سورية قرب دمشق.", List.of(), List.of()), "ASSAULT");
        assertEquals(Set.of("ISR"), codes(e.actor()));
        assertEquals(Set.of("SYR"), codes(e.recipient()));
        assertEquals("heavy-weapons", e.mode());
        assertEquals("دمشق", e.locations().get(0).text());
        assertEquals("asserted", e.status());
        assertEquals("2018-03-03", e.date());
    }

    @Test
    void nominalDemonymActorPassiveVictimsAndToll() {
        String s = "قتل 12 مقاتلا من الجيش السوري جراء غارات إسرائيلية قرب دمشق.";
        int k = s.indexOf("قتل");
        Casualty c = new Casualty(k, s.indexOf("من"), CasualtyKind.KILLED, new Size(12, 12, null), "مقاتلا", null);
        Event e = only(run(s, List.of(), List.of(c)), "ASSAULT");
        assertEquals(Set.of("ISR"), codes(e.actor()));
        assertEquals(Set.of("SYR"), codes(e.recipient()));
        assertEquals("aerial", e.mode());
        assertEquals(12, e.size().killed().best());
    }

    @Test
    void victimsNamedInTheTollAreRecipientsNeverActors() {
        String s = "وقتل جندي لبناني بشظايا قذيفة إسرائيلية سقطت قرب الحدود.";
        Casualty c = new Casualty(0, s.indexOf(" بشظايا"), CasualtyKind.KILLED, new Size(1, 1, null), "جندي لبناني", "LBN");
        Event e = only(run(s, List.of(), List.of(c)), "ASSAULT");
        assertEquals(Set.of("ISR"), codes(e.actor()));
        assertEquals(Set.of("LBN"), codes(e.recipient()));
    }

    @Test
    void partyOfTheCauseAfterAConnectiveIsTheActor() {
        String s = "قتل مزارع لبناني إثر سقوط قذيفة مدفعية إسرائيلية على أرضه.";
        Casualty c = new Casualty(0, s.indexOf(" إثر"), CasualtyKind.KILLED, new Size(1, 1, null), "مزارع لبناني", "LBN");
        Event e = only(run(s, List.of(), List.of(c)), "ASSAULT");
        assertEquals(Set.of("ISR"), codes(e.actor()));
        assertEquals(Set.of("LBN"), codes(e.recipient()));
    }

    @Test
    void nounRightBeforeItsVerbAfterAnIsTheSubject() {
        Event e = only(run("وأكد الحوثيون أن التحالف قصف ليلا مواقع سورية قرب دمشق.", List.of(), List.of()), "ASSAULT");
        assertEquals(Set.of("SAU"), codes(e.actor()));
        assertEquals(Set.of("SYR"), codes(e.recipient()));
    }

    @Test
    void planCoversItsClauseAndWordsOfNamesAreNoActs() {
        List<Event> evs = run("ومن المقرر أن يعقد لافروف في دمشق مطلع الأسبوع المقبل اجتماعا مع منظمة الأمن والتعاون في أوروبا.", List.of(), List.of());
        assertEquals("planned", only(evs, "CONSULT").status());
        assertTrue(evs.stream().noneMatch(e -> e.eventType().equals("COOPERATE")), evs.toString());
    }

    @Test
    void requestNounWithMinNamesWhoAsks() {
        List<Event> evs = run("وانعقدت الجلسة أمس بطلب من روسيا.", List.of(), List.of());
        assertEquals(Set.of("RUS"), codes(only(evs, "REQUEST").actor()));
    }

    @Test
    void clashesBetweenTwoSidesAreMutual() {
        Event e = only(run("وتدور اشتباكات بين جيش الإسلام وقوات النظام السوري في محيط دمشق.", List.of(), List.of()), "ASSAULT");
        assertEquals(Set.of("SYR"), codes(e.actor()));
        assertTrue(e.recipient().isEmpty());
        assertEquals(2, e.actor().size());
    }

    @Test
    void reportedAttackIsClaimedAndImpliesAccusation() {
        List<Event> evs = run("وقالت وزارة الدفاع السورية إن الطائرات الإسرائيلية قصفت مواقع للجيش السوري.", List.of(), List.of());
        Event a = only(evs, "ASSAULT");
        assertEquals("claimed", a.status());
        assertEquals(Set.of("SYR"), codes(a.claimedBy()));
        assertEquals(Set.of("ISR"), codes(a.actor()));
        Event acc = only(evs, "ACCUSE");
        assertEquals("allege", acc.mode());
        assertEquals(Set.of("SYR"), codes(acc.actor()));
        assertEquals(Set.of("ISR"), codes(acc.recipient()));
    }

    @Test
    void plannedMeetingTakesFutureDate() {
        String s = "وسيلتقي لافروف نظيره الأمريكي يوم الاثنين.";
        int k = s.indexOf("يوم");
        TimeExpr t = new TimeExpr(k, k + 10, "يوم الاثنين", TimeType.DATE, "2018-02-26", "2018-03-05", null);
        Event e = only(run(s, List.of(t), List.of()), "CONSULT");
        assertEquals("planned", e.status());
        assertEquals("2018-03-05", e.date());
        assertEquals(Set.of("RUS", "USA"), codes(e.actor()));
    }

    @Test
    void sameEventTwiceIsOneAndIdsAreStable() {
        String text = "غارات إسرائيلية على دمشق\nاستهدفت غارات إسرائيلية مواقع لقوات الجيش السوري قرب دمشق، بحسب مصادر محلية.";
        List<Event> a = run(text, List.of(), List.of()), b = run(text, List.of(), List.of());
        assertEquals(1, a.stream().filter(e -> e.eventType().equals("ASSAULT")).count(), a.toString());
        assertEquals(a.get(0).id(), b.get(0).id());
    }

    @Test
    void aWordInsideATimeExpressionIsNoTrigger() {
        // فجر is "dawn" here, not فجّر "detonated": the time tagger's span keeps it from being an act.
        String s = "قصفت إسرائيل مواقع عسكرية سورية فجر الثلاثاء.";
        int k = s.indexOf("فجر");
        TimeExpr t = new TimeExpr(k, k + "فجر الثلاثاء".length(), "فجر الثلاثاء", TimeType.TIME, "2018-02-27TMO", "2018-03-06TMO", null);
        Event e = only(run(s, List.of(t), List.of()), "ASSAULT");
        assertEquals(Set.of("ISR"), codes(e.actor()));
    }
}
