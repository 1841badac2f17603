package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.Event;
import org.marsad.text.DataFile;

/**
 * Runs {@code lexicon/summit-bodies-examples.tsv} through the whole pipeline: the summit's CONSULT
 * counts the body that holds it among its actors (spec §2: a session of a body).
 */
class SummitBodiesExamplesTest {
    @Test
    void aSummitIsASessionOfItsBody() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String[] r : DataFile.rows("/lexicon/summit-bodies-examples.tsv")) {
            n++;
            Event talks = EventFixture.first(EventFixture.events(r[0]), "CONSULT");
            if (talks == null || !EventFixture.codes(talks.actor()).contains(r[1])) failures.add(r[0] + " → " + talks);
        }
        assertTrue(n > 0, "no examples read");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
