package org.marsad.event;

import java.util.List;
import java.util.Set;

/**
 * Organisations that act in many states ({@code lexicon/transnational-groups.tsv}): their
 * knowledge-base code is their core's home, which is wrong for their acts elsewhere; there the
 * event's party has no code.
 */
final class TransnationalGroups {
    private static final Set<String> NAMES;
    static {
        Set<String> s = new java.util.HashSet<>();
        for (String[] r : LexiconFile.rows("/lexicon/transnational-groups.tsv")) s.add(r[0].strip());
        NAMES = Set.copyOf(s);
    }

    private TransnationalGroups() {}

    /** The code a party of this knowledge-base name keeps in an event that happens in {@code eventState}. */
    static String codeIn(String name, String code, String eventState) {
        if (name == null || code == null || eventState == null || !NAMES.contains(name)) return code;
        return code.equals(eventState) ? code : null;
    }

    /** Applies {@link #codeIn} to every party of the event ({@code home}: where the article's events happen, the fallback). */
    static void localise(Candidate c, String home) {
        String state = null;
        for (Location l : c.locations) if (l.code() != null && !l.code().startsWith("IGO")) { state = l.code(); break; }
        if (state == null) state = home;
        if (state == null) return;
        for (List<Party> side : List.of(c.actor, c.recipient, c.claimedBy)) {
            for (int k = 0; k < side.size(); k++) {
                Party p = side.get(k);
                String code = codeIn(p.name(), p.code(), state);
                if (!java.util.Objects.equals(code, p.code())) side.set(k, new Party(p.text(), code, p.sector(), p.name()));
            }
        }
    }
}
