package org.marsad.server;

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
import org.marsad.store.MarsadStore;

/**
 * A small store for the server and browser tests, written by hand: five articles, six events (two
 * outlets on one shelling near Goris, an accusation, a ceasefire, a protest) and one article whose
 * title and text carry markup that must never run in the dashboard.
 */
final class ServerFixtures {
    static final String XSS_SCRIPT = "<script>window.__pwned=1</script>";
    static final String XSS_IMG = "<img src=x onerror=\"window.__pwned=2\">";
    static final int EVENTS = 6, ASSAULTS = 3, LOCATED = 5;

    private ServerFixtures() {}

    static final Party ARM_MOD = new Party("وزارة الدفاع الأرمينية", "ARM", "MIL", "Armenian Ministry of Defence");
    static final Party AZE_FORCES = new Party("القوات الأذربيجانية", "AZE", "MIL", "Azerbaijan Armed Forces");
    static final Party ARM_FORCES = new Party("مواقع أرمينية", "ARM", "MIL", null);

    static void fill(MarsadStore store) {
        String t1 = "يريفان (وكالة الاختبار) - قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مواقع أرمينية قرب غوريس"
                + " صباح الثلاثاء، ما أسفر عن مقتل ثلاثة جنود. ونفت باكو هذه الرواية.";
        String s1 = "قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت مواقع أرمينية قرب غوريس صباح الثلاثاء، ما أسفر عن مقتل ثلاثة جنود.";
        Location goris = new Location("غوريس", "Goris", "ARM", 39.51, 46.34);
        ingest(store, "t-01", "قصف قرب غوريس", t1, "2026-03-10", "وكالة الاختبار", "https://test-agency.example/1", List.of(
                event("t-01-e1", "ASSAULT", "heavy-weapons", "2026-03-10", List.of(AZE_FORCES), List.of(ARM_FORCES), List.of(goris), 3,
                        List.of(ARM_MOD), "claimed", t1, s1),
                event("t-01-e2", "ACCUSE", "allege", "2026-03-10", List.of(ARM_MOD), List.of(AZE_FORCES), List.of(), null,
                        List.of(), "asserted", t1, s1)),
                List.of(new Entity("LOC", "غوريس", "Goris", "loc:goris", "ARM", null, List.of(span(t1, "غوريس")))));

        String t2 = "غوريس - صحيفة التجربة: أعلنت يريفان مقتل أربعة جنود في قصف أذربيجاني على غوريس يوم الثلاثاء.";
        String s2 = "أعلنت يريفان مقتل أربعة جنود في قصف أذربيجاني على غوريس يوم الثلاثاء.";
        ingest(store, "t-02", "أربعة قتلى في غوريس", t2, "2026-03-11", "صحيفة التجربة", "https://test-paper.example/2", List.of(
                event("t-02-e1", "ASSAULT", "heavy-weapons", "2026-03-10", List.of(AZE_FORCES), List.of(ARM_FORCES), List.of(goris), 4,
                        List.of(new Party("يريفان", "ARM", "GOV", null)), "claimed", t2, s2)), List.of());

        String t3 = "موسكو - وكالة الاختبار: اتفقت أرمينيا وأذربيجان على وقف لإطلاق النار بوساطة روسية يبدأ مساء الخميس.";
        String s3 = "اتفقت أرمينيا وأذربيجان على وقف لإطلاق النار بوساطة روسية يبدأ مساء الخميس.";
        ingest(store, "t-03", "اتفاق على وقف إطلاق النار", t3, "2026-03-12", "وكالة الاختبار", "https://test-agency.example/3", List.of(
                event("t-03-e1", "AGREE", null, "2026-03-12", List.of(new Party("أرمينيا", "ARM", "GOV", "Armenia"),
                        new Party("أذربيجان", "AZE", "GOV", "Azerbaijan")), List.of(), List.of(new Location("موسكو", "Moscow", "RUS", 55.75, 37.62)),
                        null, List.of(), "asserted", t3, s3)), List.of());

        String t4 = "يريفان - صحيفة التجربة: تظاهر الآلاف في ساحة الحرية مطالبين باستقالة الحكومة.";
        String s4 = "تظاهر الآلاف في ساحة الحرية مطالبين باستقالة الحكومة.";
        ingest(store, "t-04", "تظاهرة في يريفان", t4, "2026-03-13", "صحيفة التجربة", "javascript:alert(1)", List.of(
                event("t-04-e1", "PROTEST", "demo", "2026-03-13", List.of(new Party("الآلاف", "ARM", "CVL", null)),
                        List.of(new Party("الحكومة", "ARM", "GOV", null)), List.of(new Location("يريفان", "Yerevan", "ARM", 40.18, 44.51)),
                        null, List.of(), "asserted", t4, s4)), List.of());

        String t5 = "جيرموك - موقع مجهول: " + XSS_SCRIPT + " قصفت طائرة مسيرة أذربيجانية موقعا قرب جيرموك " + XSS_IMG
                + " وقتل جنديان. ثم انتهى الخبر.";
        String s5 = XSS_SCRIPT + " قصفت طائرة مسيرة أذربيجانية موقعا قرب جيرموك " + XSS_IMG + " وقتل جنديان.";
        ingest(store, "t-05", "عنوان " + XSS_IMG, t5, "2026-03-14", "موقع <b>مجهول</b>", "https://unknown.example/5", List.of(
                event("t-05-e1", "ASSAULT", "drone", "2026-03-14", List.of(AZE_FORCES), List.of(ARM_FORCES),
                        List.of(new Location("جيرموك", "Jermuk", "ARM", 39.84, 45.67)), 2, List.of(), "asserted", t5, s5)), List.of());
        store.flush();
    }

    private static Span span(String text, String part) {
        int i = text.indexOf(part);
        return new Span(i, i + part.length());
    }

    static Event event(String id, String type, String mode, String date, List<Party> actor, List<Party> recipient,
                       List<Location> places, Integer killed, List<Party> claimedBy, String status, String text, String sentence) {
        int start = text.indexOf(sentence);
        if (start < 0) throw new IllegalArgumentException("evidence not in text: " + sentence);
        return new Event(id, type, mode, new ArrayList<>(), date, null, actor, recipient, places,
                killed == null ? Sizes.NONE : new Sizes(new Size(killed, killed, null), null, null), claimedBy, status,
                new Evidence(sentence, start, start + sentence.length()));
    }

    private static void ingest(MarsadStore store, String id, String title, String text, String published, String outlet,
                               String url, List<Event> events, List<Entity> entities) {
        LocalDate d = LocalDate.parse(published);
        Document doc = new Document(id, title, text, d, outlet, url, List.of(), "ar", List.of());
        store.ingest(doc, new DocumentRecord(id, title, published, outlet, entities, events));
    }
}
