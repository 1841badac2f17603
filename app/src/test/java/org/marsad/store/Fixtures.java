package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.doc.Span;
import org.marsad.entity.Entity;
import org.marsad.event.Event;
import org.marsad.event.Evidence;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.event.Sizes;
import org.marsad.pipeline.DocumentRecord;
import org.marsad.quantity.Size;

/**
 * Articles and their extraction written for the store tests (independent of the pipeline, which
 * may still yield nothing): a document plus the record the pipeline would produce for it.
 */
final class Fixtures {
    private Fixtures() {}

    record Article(Document doc, DocumentRecord rec) {}

    static final Party AZE_MIL = new Party("القوات الأذربيجانية", "AZE", "MIL", "Azerbaijan Armed Forces");
    static final Party ARM_MIL = new Party("الجيش الأرمني", "ARM", "MIL", "Armenian Armed Forces");
    static final Party ARM_MOD = new Party("وزارة الدفاع الأرمنية", "ARM", "GOV", "Ministry of Defence of Armenia");
    static final Party RUS_GOV = new Party("موسكو", "RUS", "GOV", "Russia");

    static Article shelling() {
        String title = "قصف أذربيجاني على غوريس";
        String s1 = "قالت وزارة الدفاع الأرمنية إن القوات الأذربيجانية قصفت بالمدفعية مواقع قرب مدينة غوريس فجر الثلاثاء ما أسفر عن مقتل ثلاثة جنود.";
        String s2 = "وأضافت أن <script>alert(1)</script> القصف استمر ساعتين.";
        String text = title + "\n\n" + s1 + " " + s2;
        Document doc = new Document("t-01", title, text, LocalDate.of(2026, 3, 10), "الوكالة الأولى",
                "https://news.example/az-shelling-goris", List.of(), "ar", List.of());
        Event assault = new Event("t-01-e1", "ASSAULT", "heavy-weapons", List.of(), "2026-03-10", null,
                List.of(AZE_MIL), List.of(ARM_MIL), List.of(new Location("غوريس", "Goris", "ARM", 39.51, 46.34)),
                new Sizes(new Size(null, 3, null), null, null), List.of(ARM_MOD), "claimed", evidence(text, s1));
        Event accuse = new Event("t-01-e2", "ACCUSE", "allege", List.of(), "2026-03-10", null,
                List.of(ARM_MOD), List.of(AZE_MIL), List.of(), Sizes.NONE, List.of(), "asserted", evidence(text, s1));
        List<Entity> ents = List.of(
                entity(text, "ORG", "وزارة الدفاع الأرمنية", "Ministry of Defence of Armenia", "arm-mod", "ARM"),
                entity(text, "LOC", "غوريس", "Goris", "place:goris", "ARM"),
                entity(text, "ORG", "القوات الأذربيجانية", null, null, "AZE"));
        return new Article(doc, record(doc, ents, List.of(assault, accuse)));
    }

    static Article ceasefire() {
        String title = "اتفاق على وقف إطلاق النار بوساطة روسية";
        String s1 = "أعلنت موسكو مساء الجمعة أن أرمينيا وأذربيجان اتفقتا على وقف إطلاق النار اعتبارا من منتصف الليل.";
        String text = title + "\n\n" + s1;
        Document doc = new Document("t-02", title, text, LocalDate.of(2026, 3, 20), "الوكالة الثانية",
                "https://news.example/ceasefire", List.of(), "ar", List.of());
        Event agree = new Event("t-02-e1", "AGREE", null, List.of("ceasefire"), "2026-03-20", null,
                List.of(new Party("أرمينيا", "ARM", "GOV", "Armenia"), new Party("أذربيجان", "AZE", "GOV", "Azerbaijan")),
                List.of(), List.of(), Sizes.NONE, List.of(RUS_GOV), "claimed", evidence(text, s1));
        List<Entity> ents = List.of(entity(text, "LOC", "موسكو", "Moscow", "place:moscow", "RUS"),
                entity(text, "LOC", "أرمينيا", "Armenia", "country:ARM", "ARM"));
        return new Article(doc, record(doc, ents, List.of(agree)));
    }

    /** The same shelling told by another outlet, with no URL (identity by text hash). */
    static Article shellingSecondOutlet() {
        String s1 = "أفاد الجيش الأرمني بأن قصفا مدفعيا أذربيجانيا طال محيط غوريس وأدى إلى مقتل ثلاثة من جنوده.";
        Document doc = new Document("t-03", null, s1, LocalDate.of(2026, 3, 11), "الصحيفة الثالثة", null, List.of(), "ar", List.of());
        Event assault = new Event("t-03-e1", "ASSAULT", "heavy-weapons", List.of(), "2026-03-10", null,
                List.of(AZE_MIL), List.of(ARM_MIL), List.of(new Location("غوريس", "Goris", "ARM", 39.51, 46.34)),
                new Sizes(new Size(3, 3, null), null, null), List.of(ARM_MIL), "claimed", evidence(s1, s1));
        return new Article(doc, record(doc, List.of(entity(s1, "LOC", "غوريس", "Goris", "place:goris", "ARM")), List.of(assault)));
    }

    /** A synthetic article {@code i} of a numbered series, each with {@code eventsEach} ASSAULT events. */
    static Article numbered(int i, int eventsEach) {
        String[] places = {"غوريس", "تافوش", "جرموك", "كابان", "إيجيفان"};
        String place = places[i % places.length];
        StringBuilder text = new StringBuilder("تقرير رقم " + i + " عن الوضع الميداني.\n");
        List<Event> events = new ArrayList<>();
        for (int k = 0; k < eventsEach; k++) {
            String s = "سقطت قذائف على " + place + " في الحادثة " + k + " من التقرير " + i + " وقتل فيها " + (k + 1) + " أشخاص.";
            int start = text.length();
            text.append(s).append(' ');
            events.add(new Event("n" + i + "-e" + k, "ASSAULT", "heavy-weapons", List.of(),
                    LocalDate.of(2026, 1, 1).plusDays(i % 60).toString(), null, List.of(AZE_MIL), List.of(ARM_MIL),
                    List.of(new Location(place, null, "ARM", null, null)), new Sizes(Size.exactly(k + 1), null, null),
                    List.of(), "asserted", new Evidence(s, start, start + s.length())));
        }
        String t = text.toString();
        Document doc = new Document("n-" + i, "تقرير " + i, t, LocalDate.of(2026, 1, 1).plusDays(i % 60), "وكالة الاختبار",
                "https://news.example/series/" + i, List.of(), "ar", List.of());
        return new Article(doc, record(doc, List.of(entity(t, "LOC", place, null, null, "ARM")), events));
    }

    static DocumentRecord record(Document doc, List<Entity> ents, List<Event> events) {
        return new DocumentRecord(doc.id(), doc.title(), doc.published() == null ? null : doc.published().toString(),
                doc.outlet(), ents, events);
    }

    static Evidence evidence(String text, String sentence) {
        int s = text.indexOf(sentence);
        if (s < 0) throw new IllegalArgumentException("sentence not in text");
        return new Evidence(sentence, s, s + sentence.length());
    }

    /** An entity with every occurrence of {@code surface} in {@code text} as its mentions. */
    static Entity entity(String text, String type, String surface, String name, String kbId, String code) {
        List<Span> spans = new ArrayList<>();
        for (int i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) spans.add(new Span(i, i + surface.length()));
        return new Entity(type, surface, name, kbId, code, null, spans);
    }
}
