package org.marsad.event;

import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Speech/report frames ({@code lexicon/frames.tsv}), modality cues ({@code modality.tsv}) and
 * weapon words that refine ASSAULT modes ({@code modes.tsv}).
 */
final class CueLexicon {
    /** A report frame: {@code verbal} when the source is the verb's subject; {@code accuse} for اتهم. */
    record Frame(boolean verbal, boolean accuse) {}

    /** A modality cue: the status it gives and whether it must stand just before the trigger. */
    record Modality(String status, boolean before) {}

    /** A weapon word: the ASSAULT mode it implies and its rank (lower is stronger); mode "-" names the defence. */
    record Weapon(String mode, int rank) {
        /** Words of the defence ("الدفاعات الجوية"): no weapon of the attack. */
        boolean defence() { return mode.equals("-"); }
    }

    final PhraseTable<Frame> frames = new PhraseTable<>();
    final PhraseTable<Modality> modality = new PhraseTable<>();
    final PhraseTable<Weapon> weapons = new PhraseTable<>();
    /** The outlet's own reporters ({@code own-voice.tsv}): a frame with such a source claims nothing. */
    final PhraseTable<Boolean> ownVoice = new PhraseTable<>();
    /** A state's authorities and unnamed officials ({@code official-sources.tsv}): see {@link StatusCues#officialReport}. */
    final PhraseTable<Boolean> officialSources = new PhraseTable<>();

    CueLexicon() {
        for (String[] r : LexiconFile.rows("/lexicon/frames.tsv")) {
            Frame f = new Frame(r[1].equals("verb"), r[2].equals("accuse"));
            Set<String> forms = LexiconFile.newSet(), future = LexiconFile.newSet();
            LexiconFile.expand(LexiconFile.split(r[0]), r[1], forms, future);
            for (String s : forms) frames.add(s, f, false);
            for (String s : future) frames.add(s, f, true);
        }
        for (String[] r : LexiconFile.rows("/lexicon/modality.tsv")) {
            Modality m = new Modality(r[1], r[2].equals("before"));
            for (String s : LexiconFile.split(r[0])) modality.add(s, m, false);
        }
        for (String[] r : LexiconFile.rows("/lexicon/own-voice.tsv")) {
            for (String s : LexiconFile.split(r[0])) ownVoice.add(s, Boolean.TRUE, false);
        }
        for (String[] r : LexiconFile.rows("/lexicon/official-sources.tsv")) {
            for (String s : LexiconFile.split(r[0])) officialSources.add(s, Boolean.TRUE, false);
        }
        for (String[] r : LexiconFile.rows("/lexicon/modes.tsv")) {
            Weapon w = new Weapon(r[1], Integer.parseInt(r[2]));
            for (String s : LexiconFile.split(r[0])) weapons.add(s, w, false);
        }
    }

    PhraseTable.Match<Frame> frameAt(TextLayer tl, int i, int limit) { return frames.matchAt(tl, i, limit); }
}
