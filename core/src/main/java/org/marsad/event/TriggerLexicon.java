package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
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
                    flags.contains("weak"), flags.contains("agree"), flags.contains("ceasefire"), flags.contains("violate"), flags.contains("passive"),
                    flags.contains("resumptive"), flags.contains("carried"), flags.contains("transitive"), flags.contains("prep-object"));
            Set<String> forms = LexiconFile.newSet(), future = LexiconFile.newSet();
            LexiconFile.expand(LexiconFile.split(r[0]), pos, forms, future);
            for (String f : forms) table.add(f, t, false);
            for (String f : future) table.add(f, t, true);
            if (pos.equals("verb")) firstPersonForms(LexiconFile.split(r[0]));
        }
    }

    /**
     * First-person forms of a verb row (نطالب، ندعو، أدين): the imperfect with ن or أ for ي, and
     * literal forms so written. A form that is also the perfect of the row (اتهم is both "I accuse"
     * and "he accused") is left out.
     */
    private void firstPersonForms(List<String> cells) {
        if (cells.size() < 2) return;
        String imperfect = ArabicNormalizer.normalize(cells.get(1).split(" ")[0]);
        if (imperfect.length() < 3 || imperfect.charAt(0) != 'ي') return;
        String stem = imperfect.substring(1);
        String perfect = ArabicNormalizer.normalize(cells.get(0).split(" ")[0]);
        Set<String> perfects = new java.util.HashSet<>();
        for (String suf : new String[] {"", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و"}) perfects.add(perfect + suf);
        for (String w : List.of("ن" + stem, "ا" + stem)) if (!perfects.contains(w)) firstPerson.add(w);
    }

    private final Set<String> firstPerson = new java.util.HashSet<>();

    /** The trigger at token {@code i} is a verb in the first person: "نطالب", "وندعو", "أدين". */
    boolean firstPerson(TextLayer tl, int i) {
        for (String f : PhraseTable.forms(tl, i)) if (firstPerson.contains(f)) return true;
        return false;
    }

    int size() { return table.size(); }

    List<PhraseTable.Match<Trigger>> find(TextLayer tl, int from, int to) { return table.matchAll(tl, from, to); }

    PhraseTable.Match<Trigger> at(TextLayer tl, int i, int limit) { return table.matchAt(tl, i, limit); }
}
