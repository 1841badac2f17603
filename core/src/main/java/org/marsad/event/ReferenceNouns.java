package org.marsad.event;

import java.util.List;
import org.marsad.text.TextLayer;
import org.marsad.time.TimeExpr;

/**
 * Talk, deal and appeal nouns that name an act the reader knows, or one only aimed at
 * ({@code lexicon/reference-frames.tsv}): "بموجب اتفاق بين الحكومة والمتمردين"، "بشأن الاتفاق
 * النووي"، "هذا الاتفاق"، "للتوصل إلى اتفاق سياسي"، "محادثات السلام المتوقفة". Such a noun tells
 * no new act unless a time of its own phrase dates it ("اتفاق فصل القوات عام 1974").
 */
final class ReferenceNouns {
    private final PhraseTable<String> table = new PhraseTable<>();

    ReferenceNouns() {
        for (String[] r : LexiconFile.rows("/lexicon/reference-frames.tsv")) {
            for (String p : LexiconFile.split(r[1])) table.add(p, r[0], false);
        }
    }

    /** Whether the noun at tokens {@code [start, end)} of sentence {@code s} is framed as a reference. */
    boolean framed(TextLayer tl, int s, int start, int end) {
        int a = tl.sentenceFirstToken(s), b = tl.sentenceEndToken(s);
        for (PhraseTable.Match<String> m : table.matchAll(tl, a, b)) {
            switch (m.value()) {
                // "بموجب اتفاق"، "بموجب بنود اتفاق"، "للتوصل إلى اتفاق"
                case "before", "goal" -> { if (m.end() == start || m.end() == start - 1) return true; }
                // "المحادثات المتوقفة"، "الاتفاق النووي السابق": right after the noun or its one adjective
                default -> { if (m.start() == end || m.start() == end + 1) return true; }
            }
        }
        return false;
    }

    /**
     * A calendar time of the noun's own phrase: one that starts within a few words after it with
     * no comma or full stop between ("محادثات السبت"، "اتفاق فصل القوات عام 1974"). A time of
     * another clause of the sentence, or of an earlier sentence, does not date a reference.
     */
    static boolean datedInPhrase(String text, TextLayer tl, Candidate c, List<TimeExpr> times) {
        if (times == null) return false;
        int from = tl.tokenEnd(c.trigEnd - 1);
        for (TimeExpr t : times) {
            if (!t.isCalendar() || t.start() < from || t.start() - from > 30 || t.start() > c.evEnd) continue;
            boolean clean = true;
            for (int k = from; k < t.start() && clean; k++) {
                char ch = text.charAt(k);
                clean = ch != '،' && ch != ',' && ch != '.' && ch != '؛' && ch != '"' && ch != '«';
            }
            if (clean) return true;
        }
        return false;
    }
}
