package org.marsad.event;

import java.util.List;
import org.marsad.entity.EntityLayer;
import org.marsad.text.TextLayer;

/**
 * A summit named by its body's adjective ("القمة العربية", {@code lexicon/summit-bodies.tsv}) is a
 * session of that body: the body is among the talks' actors, as a body holding a session is
 * (spec §2, CONSULT/multilateral).
 */
final class SummitBodies {
    private SummitBodies() {}

    private record Body(String code, String name) {}

    private static final PhraseTable<Body> TABLE = new PhraseTable<>();

    static {
        for (String[] r : LexiconFile.rows("/lexicon/summit-bodies.tsv")) {
            Body b = new Body(r[1].strip(), r[2].strip());
            for (String f : LexiconFile.split(r[0])) TABLE.add(f, b, false);
        }
    }

    /** Adds the body of a summit named at the trigger of each CONSULT of the sentence. */
    static void apply(List<Candidate> cs, TextLayer tl, String text, int sentenceEnd) {
        for (Candidate c : cs) {
            if (!c.type.equals("CONSULT")) continue;
            PhraseTable.Match<Body> m = TABLE.matchAt(tl, c.trigStart, sentenceEnd);
            if (m == null) continue;
            boolean present = false;
            for (Party p : c.actor) present |= m.value().code().equals(p.code());
            if (present) continue;
            String shown = EntityLayer.shown(text, tl, m.start(), m.end());
            Candidate.addParty(c.actor, new Party(shown, m.value().code(), "IGO", m.value().name()));
            c.mode = "multilateral";
        }
    }
}
