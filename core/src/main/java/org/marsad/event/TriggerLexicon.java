package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/** The trigger lexicon ({@code lexicon/triggers.tsv}) as a phrase table over text-layer tokens. */
final class TriggerLexicon {
    private final PhraseTable<Trigger> table = new PhraseTable<>();

    TriggerLexicon() { this("/lexicon/triggers.tsv"); }

    TriggerLexicon(String resource) {
        for (String[] r : LexiconFile.rows(resource)) {
            String pos = r[1];
            if (!pos.equals("verb") && !pos.equals("noun") && !pos.equals("perf")) {
                throw new IllegalStateException(resource + ": bad pos '" + pos + "' in " + r[0]);
            }
            Set<String> flags = Set.copyOf(LexiconFile.split(r[5].replace(' ', '|')));
            Trigger t = new Trigger(r[2], r[3], LexiconFile.split(r[4]), !pos.equals("noun"), flags.contains("mutual"),
                    flags.contains("weak"), flags.contains("agree"), flags.contains("ceasefire"), flags.contains("violate"), flags.contains("passive"));
            Set<String> forms = LexiconFile.newSet(), future = LexiconFile.newSet();
            LexiconFile.expand(LexiconFile.split(r[0]), pos, forms, future);
            for (String f : forms) table.add(f, t, false);
            for (String f : future) table.add(f, t, true);
        }
    }

    int size() { return table.size(); }

    List<PhraseTable.Match<Trigger>> find(TextLayer tl, int from, int to) { return table.matchAll(tl, from, to); }

    PhraseTable.Match<Trigger> at(TextLayer tl, int i, int limit) { return table.matchAt(tl, i, limit); }
}
