package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Document;

/** Clitic segmentation table (text/known-words-examples.tsv) and tokenisation details. */
class SegmentationTest {
    private final TextAnalyzer ta = new TextAnalyzer();

    static String split(TextLayer t, String text, int i) {
        List<String> parts = new ArrayList<>();
        String pre = text.substring(t.tokenStart(i), t.stemStart(i)), stem = text.substring(t.stemStart(i), t.stemEnd(i)),
                suf = text.substring(t.stemEnd(i), t.tokenEnd(i));
        if (!pre.isEmpty()) parts.add(pre);
        parts.add(stem);
        if (!suf.isEmpty()) parts.add(suf);
        return String.join("+", parts);
    }

    @Test
    void examplesTable() throws IOException {
        int n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/text/known-words-examples.tsv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] f = line.split("\t");
                TextLayer t = ta.analyze(Document.of("x", null, f[0], null));
                assertEquals(1, t.tokenCount(), f[0]);
                assertEquals(f[1], split(t, f[0], 0), f[0]);
                n++;
            }
        }
        assertTrue(n >= 40);
    }

    @Test
    void procliticFlagsAndNorms() {
        String s = "وستعقد بالعاصمة";
        TextLayer t = ta.analyze(Document.of("x", null, s, null));
        assertEquals(TextLayer.WA | TextLayer.SA, t.proclitics(0));
        assertEquals(TextLayer.BI | TextLayer.AL, t.proclitics(1));
        assertEquals("عاصمه", t.norm(1));
        assertEquals("بالعاصمه", t.surfaceNorm(1));
    }

    @Test
    void offsetsSurviveDiacriticsTatweelAndNbsp() {
        String s = "\u00A0وَالحُكُومَةُ أعلنـــت\u00A0٣٫٥ مليون، و«سوتك».";
        TextLayer t = ta.analyze(Document.of("x", null, s, null));
        assertEquals("وَالحُكُومَةُ", s.substring(t.tokenStart(0), t.tokenEnd(0)));
        assertEquals("حُكُومَةُ", s.substring(t.stemStart(0), t.stemEnd(0)));
        assertEquals("حكومه", t.norm(0));
        assertEquals("اعلنت", t.norm(1));
        assertEquals("3.5", t.norm(2));
        assertEquals("مليون", t.norm(3));
        assertEquals(",", t.norm(4));
        List<String> rest = new ArrayList<>();
        for (int i = 5; i < t.tokenCount(); i++) rest.add(t.norm(i));
        assertEquals(List.of("و", "«", "سوتك", "»", "."), rest);
    }

    @Test
    void extraKnownWordsKeepNamesWhole() {
        String s = "وصل وهيب إلى كربلاء";
        assertEquals("و+هيب", split(ta.analyze(Document.of("x", null, s, null)), s, 1));   // unknown name: the bare-و rule
        TextAnalyzer withKb = new TextAnalyzer(Set.of("وهيب"));
        assertEquals("وهيب", split(withKb.analyze(Document.of("x", null, s, null)), s, 1));
    }

    /** What a token comes to when it is analysed on its own: stem offsets (relative), flags, norms. */
    private String alone(String word) {
        TextLayer t = ta.analyze(Document.of("w", null, word, null));
        return (t.stemStart(0) - t.tokenStart(0)) + "," + (t.stemEnd(0) - t.tokenStart(0)) + "," + t.proclitics(0) + "," + t.norm(0) + "," + t.surfaceNorm(0);
    }

    @Test
    void aRepeatedWordIsSegmentedAsWhenItIsAlone() {
        // the same normalised word in different dress (diacritics, tatweel, hamza forms): each
        // occurrence keeps its own offsets though its segmentation is remembered from the first
        String s = "الحكومة والحكومة وَالحُكُومَةُ والحكومـــة الحكومة. بالقوات بالقُوّات لقواتهم لقواتهم أعلن وأعلن وأَعلن إعلان";
        TextLayer t = ta.analyze(Document.of("x", null, s, null));
        for (int i = 0; i < t.tokenCount(); i++) {
            String word = s.substring(t.tokenStart(i), t.tokenEnd(i));
            if (word.equals(".")) continue;
            String here = (t.stemStart(i) - t.tokenStart(i)) + "," + (t.stemEnd(i) - t.tokenStart(i)) + "," + t.proclitics(i) + "," + t.norm(i) + "," + t.surfaceNorm(i);
            assertEquals(alone(word), here, word);
        }
    }

    @Test
    void threadsSharingAnAnalyzerGetTheSameLayers() throws InterruptedException {
        String[] texts = {"وقال المتحدث باسم الحكومة إن القوات انسحبت.", "وأعلنت الوزارة أن وفدها سيزور بغداد وبيروت.",
            "الحكومة والحكومة وبالحكومة لحكومتهم.", "فيقول وسيقول ولقواتهم وكتابها."};
        String[] expected = new String[texts.length];
        for (int k = 0; k < texts.length; k++) expected[k] = dump(ta.analyze(Document.of("x", null, texts[k], null)));
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread[] threads = new Thread[4];
        for (int n = 0; n < threads.length; n++) {
            int offset = n;
            threads[n] = new Thread(() -> {
                for (int r = 0; r < 500; r++) {
                    int k = (r + offset) % texts.length;
                    String got = dump(ta.analyze(Document.of("x", null, texts[k], null)));
                    if (!got.equals(expected[k])) failures.add(texts[k] + ": " + got);
                }
            });
            threads[n].start();
        }
        for (Thread th : threads) th.join();
        assertTrue(failures.isEmpty(), String.valueOf(failures));
    }

    private static String dump(TextLayer t) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.tokenCount(); i++) {
            b.append(t.tokenStart(i)).append(',').append(t.stemStart(i)).append(',').append(t.stemEnd(i)).append(',')
                    .append(t.proclitics(i)).append(',').append(t.norm(i)).append(' ');
        }
        return b.toString();
    }

    @Test
    void aHashtagUnderscoreJoinsTheWordsOfANameAndIsNoToken() {
        String text = "وتبنت #حركة_الشباب الهجوم. وقال a_b و 5_6";
        TextLayer t = ta.analyze(Document.of("h", null, text, null));
        List<String> words = new ArrayList<>();
        for (int i = 0; i < t.tokenCount(); i++) words.add(text.substring(t.tokenStart(i), t.tokenEnd(i)));
        assertTrue(words.containsAll(List.of("حركة", "الشباب")), words.toString());
        assertEquals(List.of("a", "b"), words.subList(words.indexOf("a"), words.indexOf("a") + 2), words.toString());
    }
}
