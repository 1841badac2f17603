package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.event.Event;
import org.marsad.event.Party;

/**
 * The product brief's report, written in Arabic for this project, through the whole pipeline with
 * the shipped knowledge base: published on a Wednesday, Armenia's defence ministry says Azerbaijani
 * forces shelled positions in Tavush at dawn on Tuesday with artillery and drones, 16 soldiers
 * killed; Lavrov and his Armenian counterpart agree by phone to work for a ceasefire; the OSCE will
 * meet tomorrow at France's request.
 */
class BriefExampleTest {
    static final String TEXT = "أرمينيا تتهم أذربيجان بقصف مواقعها في تافوش\n"
            + "قالت وزارة الدفاع الأرمينية إن القوات الأذربيجانية قصفت فجر الثلاثاء مواقع للجيش الأرميني في محافظة تافوش"
            + " بالمدفعية والطائرات المسيرة، ما أسفر عن مقتل 16 جنديا على الأقل.\n"
            + "واتفق وزير الخارجية الروسي سيرغي لافروف ونظيره الأرميني خلال اتصال هاتفي على العمل من أجل وقف إطلاق النار.\n"
            + "ومن المقرر أن تعقد منظمة الأمن والتعاون في أوروبا اجتماعا غدا بناء على طلب فرنسا.";
    static List<Event> events;

    @BeforeAll
    static void run() {
        Document doc = new Document("brief", null, TEXT, LocalDate.of(2020, 7, 15), "test", null, List.of(), "ar", List.of());
        events = EventFixture.pipeline().process(doc).events();
    }

    static Set<String> codes(List<Party> ps) { return ps.stream().map(Party::code).filter(c -> c != null).collect(Collectors.toSet()); }

    static List<Event> of(String type) { return events.stream().filter(e -> e.eventType().equals(type)).toList(); }

    @Test
    void accusationAndClaimedShelling() {
        Event acc = of("ACCUSE").get(0);
        assertEquals(Set.of("ARM"), codes(acc.actor()));
        assertEquals(Set.of("AZE"), codes(acc.recipient()));
        assertEquals(1, of("ACCUSE").size(), "headline and body tell one accusation");
        List<Event> assaults = of("ASSAULT");
        assertEquals(1, assaults.size(), "headline and body tell one shelling: " + assaults);
        Event a = assaults.get(0);
        assertEquals("heavy-weapons", a.mode(), "shelling with artillery and drones is shelling");
        assertEquals(Set.of("AZE"), codes(a.actor()));
        assertEquals(Set.of("ARM"), codes(a.recipient()));
        assertEquals("claimed", a.status());
        assertEquals(Set.of("ARM"), codes(a.claimedBy()));
        assertEquals("2020-07-14", a.date(), "dawn on Tuesday, published on Wednesday");
        assertTrue(a.locations().stream().anyMatch(l -> l.lat() != null && Math.abs(l.lat() - 40.9) < 0.5), "Tavush with coordinates");
        assertNotNull(a.size().killed());
        assertEquals(16, a.size().killed().low());
    }

    @Test
    void phoneCallAndCeasefireAgreement() {
        Event call = of("CONSULT").stream().filter(e -> "phone".equals(e.mode())).findFirst().orElseThrow();
        assertEquals(Set.of("RUS", "ARM"), codes(call.actor()));
        Event agree = of("AGREE").get(0);
        assertTrue(agree.context().contains("ceasefire"));
        assertEquals(Set.of("RUS", "ARM"), codes(agree.actor()));
    }

    @Test
    void plannedSessionAtFrancesRequest() {
        Event session = of("CONSULT").stream().filter(e -> "multilateral".equals(e.mode())).findFirst().orElseThrow();
        assertEquals(Set.of("IGO:OSCE"), codes(session.actor()), "the requester takes no part in the session");
        assertEquals("planned", session.status());
        assertEquals("2020-07-16", session.date());
        Event req = of("REQUEST").get(0);
        assertEquals(Set.of("FRA"), codes(req.actor()));
        assertEquals(Set.of("IGO:OSCE"), codes(req.recipient()));
    }
}
