package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/** Runs the examples files beside each lexicon of {@code lexicon/}. */
class LexiconExamplesTest {
    private static final TextAnalyzer TA = new TextAnalyzer();

    private static TextLayer layer(String s) { return TA.analyze(Document.of("t", null, s, java.time.LocalDate.of(2020, 5, 5))); }

    @Test
    void triggerExamples() {
        TriggerLexicon lex = new TriggerLexicon();
        assertTrue(lex.size() > 500, "lexicon size " + lex.size());
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/triggers-examples.tsv")) {
            TextLayer tl = layer(r[0]);
            List<String> got = new ArrayList<>();
            for (PhraseTable.Match<Trigger> m : lex.find(tl, 0, tl.tokenCount())) {
                got.add(m.value().type() + (m.value().mode() == null ? "" : "/" + m.value().mode()));
                got.add(m.value().type());
            }
            // "-TYPE/mode": a sentence whose word is no such trigger
            boolean absent = r[1].startsWith("-");
            if (absent ? got.contains(r[1].substring(1)) : !got.contains(r[1])) failures.add(r[0] + " → " + got + ", expected " + r[1]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void frameExamples() {
        CueLexicon cues = new CueLexicon();
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/frames-examples.tsv")) {
            TextLayer tl = layer(r[0]);
            List<PhraseTable.Match<CueLexicon.Frame>> ms = cues.frames.matchAll(tl, 0, tl.tokenCount());
            String got = ms.isEmpty() ? "-" : r[0].substring(tl.tokenStart(ms.get(0).start()), tl.tokenEnd(ms.get(0).start()));
            if (!got.equals(r[1])) failures.add(r[0] + " → " + got + ", expected " + r[1]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void lightVerbExamples() {
        RoleReader rr = new RoleReader();
        for (String[] r : LexiconFile.rows("/lexicon/light-verbs-examples.tsv")) {
            TextLayer tl = layer(r[0]);
            String got = null;
            for (int t = 0; t < tl.tokenCount() && got == null; t++) if (rr.isLightVerb(tl, t)) got = r[0].substring(tl.tokenStart(t), tl.tokenEnd(t));
            assertEquals(r[1], got, r[0]);
        }
    }

    @Test
    void cueWordExamples() {
        List<String> failures = new ArrayList<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (String[] r : LexiconFile.rows("/lexicon/cue-words-examples.tsv")) {
            TextLayer tl = layer(r[0]);
            java.util.Set<String> words = CueWords.set(r[1]);
            boolean found = false;
            for (int t = 0; t < tl.tokenCount() && !found; t++) {
                if (!r[0].substring(tl.tokenStart(t), tl.tokenEnd(t)).equals(r[2])) continue;
                found = words.contains(tl.surfaceNorm(t)) || words.contains(tl.norm(t));
            }
            if (!found) failures.add(r[0] + ": '" + r[2] + "' not in class " + r[1]);
            covered.add(r[1]);
        }
        java.util.Set<String> missing = new java.util.TreeSet<>(CueWords.classes());
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "classes without an example: " + missing);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void genericActorExamples() {
        for (String[] r : LexiconFile.rows("/lexicon/generic-actors-examples.tsv")) {
            TextLayer tl = layer(r[0]);
            String got = null, sector = null;
            for (int t = 0; t < tl.tokenCount() && got == null; t++) {
                PhraseTable.Match<String> m = SentenceUnits.GENERIC.matchAt(tl, t, tl.tokenCount());
                if (m != null) { got = r[0].substring(tl.tokenStart(m.start()), tl.tokenEnd(m.end() - 1)); sector = m.value(); }
            }
            assertEquals(r[1], got, r[0]);
            assertEquals(r[2], sector, r[0]);
        }
    }

    @Test
    void modalityExamples() {
        EventExtractor ex = new EventExtractor();
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/modality-examples.tsv")) {
            Event e = eventAt(ex, r[0], r[1]);
            String got = e == null ? "no event" : e.status();
            if (!got.equals(r[2])) failures.add(r[0] + " → " + got + ", expected " + r[2]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void ownVoiceExamples() {
        assertAssaultStatuses("/lexicon/own-voice-examples.tsv");
    }

    @Test
    void officialSourceExamples() {
        assertAssaultStatuses("/lexicon/official-sources-examples.tsv");
    }

    @Test
    void transnationalGroupExamples() {
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/transnational-groups-examples.tsv")) {
            String got = String.valueOf(TransnationalGroups.codeIn(r[0], r[1], r[2]));
            if (!got.equals(r[3])) failures.add(r[0] + " in " + r[2] + " → " + got + ", expected " + r[3]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void modeExamples() {
        EventExtractor ex = new EventExtractor();
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/modes-examples.tsv")) {
            Document d = Document.of("t", null, r[0], java.time.LocalDate.of(2020, 5, 5));
            TextLayer tl = TA.analyze(d);
            List<Event> evs = ex.extract(d, tl, EventExtractorTest.tag(r[0], tl), List.of(), List.of());
            String got = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).map(Event::mode).findFirst().orElse("no event");
            if (!r[1].equals(got)) failures.add(r[0] + " → " + got + ", expected " + r[1]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void backgroundExamples() {
        EventExtractor ex = new EventExtractor();
        org.marsad.time.TimeTagger times = new org.marsad.time.TimeTagger();
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/background-examples.tsv")) {
            java.time.LocalDate pub = java.time.LocalDate.of(2020, 5, 5);
            Document d = Document.of("t", null, r[0], pub);
            TextLayer tl = TA.analyze(d);
            List<Event> evs = ex.extract(d, tl, EventExtractorTest.tag(r[0], tl), times.tag(r[0], pub), List.of());
            String got = evs.stream().anyMatch(e -> e.eventType().equals("ASSAULT")) ? "keep" : "drop";
            if (!r[1].equals(got)) failures.add(r[0] + " → " + got + ", expected " + r[1]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void referenceFrameExamples() {
        ReferenceNouns refs = new ReferenceNouns();
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows("/lexicon/reference-frames-examples.tsv")) {
            TextLayer tl = layer(r[0]);
            int t = tl.tokenAt(r[0].indexOf(r[1]));
            String got = refs.framed(tl, tl.sentenceOf(t), t, t + 1) ? "reference" : "event";
            if (!r[2].equals(got)) failures.add(r[0] + " → " + got + ", expected " + r[2]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** The event whose evidence holds the trigger word (first one). */
    private static Event eventAt(EventExtractor ex, String sentence, String trigger) {
        Document d = Document.of("t", null, sentence, java.time.LocalDate.of(2020, 5, 5));
        TextLayer tl = TA.analyze(d);
        List<Event> evs = ex.extract(d, tl, EventExtractorTest.tag(sentence, tl), List.of(), List.of());
        assertNotNull(evs);
        int at = sentence.indexOf(trigger);
        PhraseTable.Match<Trigger> m = new TriggerLexicon().at(tl, tl.tokenAt(at), tl.tokenCount());
        assertNotNull(m, "no trigger at " + trigger);
        for (Event e : evs) if (e.eventType().equals(m.value().type())) return e;
        return null;
    }

    /** Each row: a sentence with an attack, and the status its first ASSAULT must get. */
    private static void assertAssaultStatuses(String examples) {
        EventExtractor ex = new EventExtractor();
        List<String> failures = new ArrayList<>();
        for (String[] r : LexiconFile.rows(examples)) {
            Document d = Document.of("t", null, r[0], java.time.LocalDate.of(2020, 5, 5));
            TextLayer tl = TA.analyze(d);
            List<Event> evs = ex.extract(d, tl, EventExtractorTest.tag(r[0], tl), List.of(), List.of());
            String got = evs.stream().filter(e -> e.eventType().equals("ASSAULT")).map(Event::status).findFirst().orElse("no event");
            if (!r[1].equals(got)) failures.add(r[0] + " → " + got + ", expected " + r[1]);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }
}
