package org.marsad.event;

import java.time.LocalDate;
import org.marsad.text.TextLayer;
import org.marsad.time.TimeExpr;

/**
 * The war behind the news is not an event of it ({@code lexicon/background.tsv}). "الحوثيون الذين
 * يقاتلون منذ 2015"، "طوق مفروض على البلدة منذ 2016 تخلله قصف طوال أعوام"، "أدى النزاع منذ التدخل إلى مقتل
 * عشرة آلاف": a lasting state since a time long past, or a war-long summary, is no action at one
 * time (spec §2). A since-adjunct of a comparison ("الحصيلة الأعلى منذ 2011") measures today's act
 * instead: that act keeps the publication date, the since-time does not date it.
 */
final class Background {
    private final PhraseTable<String> table = new PhraseTable<>();

    Background() {
        for (String[] r : LexiconFile.rows("/lexicon/background.tsv")) {
            for (String p : LexiconFile.split(r[1])) table.add(p, r[0], false);
        }
    }

    /** What the since-adjuncts of a sentence do to one of its acts. */
    enum Verdict { KEEP, DROP, UNDATE }

    /**
     * @param c        the act, dated from {@code from} (null when the sentence gave no time)
     * @param from     the time expression that dated it, or null
     */
    Verdict judge(Candidate c, TimeExpr from, String text, TextLayer tl, int sentence, LocalDate published) {
        int a = tl.sentenceFirstToken(sentence), b = tl.sentenceEndToken(sentence);
        int since = -1, span = -1, superlative = -1;
        for (PhraseTable.Match<String> m : table.matchAll(tl, a, b)) {
            switch (m.value()) {
                case "span" -> { if (span < 0) span = m.start(); if (since < 0) since = m.start(); }
                case "since" -> { if (since < 0 || sinceBefore(tl, m.start(), from, text)) since = m.start(); }
                default -> { if (superlative < 0) superlative = m.start(); }
            }
        }
        if (since < 0 && span < 0) return Verdict.KEEP;
        boolean compared = superlative >= 0 && (since < 0 || superlative < since) && sameClause(text, tl, superlative, since < 0 ? span : since);
        if (from != null && sinceBefore(tl, since, from, text) && !triggerInside(c, tl, since, from)) {
            if (compared) return Verdict.UNDATE;
            // only the act of the since-clause lasts since then: "اتهم كير مشار …، وقد أوقعت الحرب آلاف القتلى منذ 2013"
            return yearOrMoreBefore(from, published) && sameClause(text, tl, since, tl.tokenAt(c.trigChar)) ? Verdict.DROP : Verdict.KEEP;
        }
        if (span >= 0 && (from == null || !c.dated) && !compared
                && (sameClause(text, tl, span, tl.tokenAt(c.trigChar)) || parenthetical(text, tl, span))) return Verdict.DROP;
        return Verdict.KEEP;
    }

    /** Token {@code since} opens the adjunct that holds {@code t}: no comma or full stop between. */
    private static boolean sinceBefore(TextLayer tl, int since, TimeExpr t, String text) {
        if (since < 0 || t == null) return false;
        int from = tl.tokenEnd(since);
        if (from > t.start() || t.start() - from > 40) return false;
        for (int k = from; k < t.start(); k++) {
            char ch = text.charAt(k);
            if (ch == '،' || ch == ',' || ch == '.' || ch == '؛') return false;
        }
        return true;
    }

    /** "منذ اتفاق فصل القوات عام 1974": the act is what the since-phrase names, dated by its time. */
    private static boolean triggerInside(Candidate c, TextLayer tl, int since, TimeExpr t) {
        return c.trigChar >= tl.tokenEnd(since) && c.trigChar < t.start();
    }

    /** "تعرضت مخازن الأسلحة، على مدى الاثني عشر عاما، لمئات الضربات": a span set off by commas spans its whole clause. */
    private static boolean parenthetical(String text, TextLayer tl, int span) {
        int at = tl.tokenStart(span);
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') k--;
        if (k < 0 || text.charAt(k) != '،' && text.charAt(k) != ',') return false;
        int end = Math.min(text.length(), at + 40);
        for (int j = at; j < end; j++) {
            char ch = text.charAt(j);
            if (ch == '،' || ch == ',') return true;
            if (ch == '.') return false;
        }
        return false;
    }

    private static boolean sameClause(String text, TextLayer tl, int x, int y) {
        int from = tl.tokenStart(Math.min(x, y)), to = tl.tokenStart(Math.max(x, y));
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch == '،' || ch == ',' || ch == '.' || ch == '؛') return false;
        }
        return true;
    }

    /** A year value, or a month or day at least 365 days before publication. */
    private static boolean yearOrMoreBefore(TimeExpr t, LocalDate published) {
        String v = EventDates.specDate(t.value());
        if (v == null || published == null) return false;
        try {
            LocalDate d = v.length() == 4 ? LocalDate.of(Integer.parseInt(v), 12, 31)
                    : v.length() == 7 ? LocalDate.parse(v + "-01").plusMonths(1).minusDays(1) : LocalDate.parse(v);
            return !d.plusDays(365).isAfter(published);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
