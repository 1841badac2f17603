package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.doc.Span;
import org.marsad.entity.Entity;

/**
 * A line that is not article body (a credit or caption line, masked by the ingest clean-up) still
 * names the outlets it credits; nothing else of it is an entity. A document written for this test.
 */
class CreditLineEntitiesTest {
    @Test
    void theOutletsOfACreditLineAreEntitiesItsOtherNamesAreNot() {
        String body = "وقال مسؤول محلي إن الأمطار أغرقت عشرات المنازل في المدينة.\n";
        String credit = "الصورة: سوريا - رويترز/ أ ف ب";
        String text = body + credit;
        Document d = new Document("credit", null, text, LocalDate.of(2024, 3, 10), null, null, List.of(), "ar",
                List.of(new Span(body.length(), text.length())));
        List<Entity> es = EventFixture.pipeline().process(d).entities();
        assertTrue(es.stream().anyMatch(e -> "Agence France-Presse".equals(e.name())), es.toString());
        assertFalse(es.stream().anyMatch(e -> "SYR".equals(e.code())), es.toString());
    }
}
