package org.marsad.event;

import java.time.LocalDate;
import java.util.List;
import org.marsad.time.TimeExpr;

/**
 * The date of an act: the calendar expression of its sentence nearest its trigger that no nearer
 * act owns and no relative clause before it holds, written as the spec writes dates; else the
 * publication date.
 */
final class EventDates {
    private EventDates() {}

    /**
     * A TIMEX value as the spec's date: YYYY-MM-DD, YYYY-MM or YYYY; a week (2018-W35) is its
     * Monday, a season or quarter its year, a time its day.
     */
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*"),
            WEEK = java.util.regex.Pattern.compile("\\d{4}-W\\d{2}.*"), MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}"),
            YEAR = java.util.regex.Pattern.compile("\\d{4}.*");

    static String specDate(String v) {
        if (v == null) return null;
        if (DAY.matcher(v).matches()) return v.substring(0, 10);
        if (WEEK.matcher(v).matches()) {
            try {
                int y = Integer.parseInt(v.substring(0, 4)), w = Integer.parseInt(v.substring(6, 8));
                return LocalDate.of(y, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, w)
                        .with(java.time.DayOfWeek.MONDAY).toString();
            } catch (RuntimeException e) {
                return v.substring(0, 4);
            }
        }
        if (MONTH.matcher(v).matches()) return v;
        if (YEAR.matcher(v).matches()) return v.substring(0, 4);
        return null;
    }

    /**
     * "الجماعات التي تتصارع في الإقليم منذ الشهر الماضي اتفقت على هدنة": a time inside a relative clause
     * that stands between the subject and the verb dates the relative clause, not the verb.
     */
    static boolean inRelativeBefore(String text, TimeExpr t, int trig) {
        if (t.end() > trig) return false;
        int from = Math.max(0, t.start() - 60);
        String before = text.substring(from, t.start());
        int rel = -1;
        for (String r : RELATIVES) rel = Math.max(rel, before.lastIndexOf(r));
        if (rel < 0) return false;
        // the relative clause ends at a comma or full stop before the trigger
        String between = text.substring(from + rel, trig);
        return between.indexOf('،') < 0 && between.indexOf(',') < 0 && between.indexOf('.') < 0;
    }

    /** Openers of a clause of its own past that describes a noun of the act's: وكان، وكانت (cue class {@code past-description}). */
    private static final String[] DESCRIPTIONS = java.util.Arrays.stream(CueWords.array("past-description")).map(w -> " " + w + " ").toArray(String[]::new);

    /**
     * "بعد سيطرتها على اللواء 135، وهو معسكر تدريب وكان قبل ست سنوات مقرا لقوات النظام": a time after
     * the act, past a "وكان" that opens a clause of its own, dates that clause, not the act.
     */
    static boolean inDescriptionAfter(String text, TimeExpr t, int trig) {
        if (t.start() <= trig) return false;
        for (String d : DESCRIPTIONS) {
            int k = text.indexOf(d, trig);
            if (k >= 0 && k + d.length() <= t.start()) return true;
        }
        return false;
    }

    /**
     * "حمّلت الحكومة المعارضة المسؤولية عن انهيار مفاوضات الدوحة الشهر الماضي": a time right after
     * another act's noun phrase (up to 45 characters after its trigger: "بالمسؤولية عن إسقاط طائرة الركاب
     * الماليزية في عام 2014"), which stands between it and this trigger, dates that act.
     */
    static boolean ownedByNearer(Candidate c, TimeExpr t, List<Candidate> others) {
        if (others == null || t.start() < c.trigChar) return false;
        for (Candidate o : others) {
            if (o == c || o.type.equals(c.type) || o.reference) continue;   // a noun naming a known act owns no time
            if (o.trigChar > c.trigChar && o.trigChar < t.start() && t.start() - o.trigChar <= 45) return true;
        }
        return false;
    }

    /** Relative pronouns as whole words of the raw text (none has a letter the normaliser folds). */
    private static final String[] RELATIVES = java.util.Arrays.stream(CueWords.array("relative-clause")).map(w -> " " + w + " ").toArray(String[]::new);

    /** Another act of the sentence whose phrase the time closes: its trigger shortly before the time. */
    private static boolean actBefore(Candidate c, TimeExpr t, List<Candidate> others) {
        if (others == null) return false;
        for (Candidate o : others) if (o != c && !o.reference && o.sentence == c.sentence && o.trigChar < t.start() && t.start() - o.trigChar <= 60) return true;
        return false;
    }

    /** A comma opening a clause joined by و ("، وأسقطت") between {@code from} and {@code to}. */
    private static boolean commaBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (ch != '،' && ch != ',') continue;
            int n = k + 1;
            while (n < to && text.charAt(n) == ' ') n++;
            if (n < to && text.charAt(n) == 'و') return true;
        }
        return false;
    }

    /** Imperfect verbs of taking effect before a time ("تبدأ صباح الأربعاء"، "تسري اعتبارا من"), whole words of the raw text. */
    private static final String[] STARTS = java.util.Arrays.stream(CueWords.array("takes-effect")).map(w -> " " + w + " ").toArray(String[]::new);

    /** A time right after a verb of taking effect (within 20 characters), after the trigger. */
    private static boolean startOfAgreed(String text, TimeExpr t, int trigChar) {
        int from = Math.max(trigChar, t.start() - 20);
        if (from >= t.start()) return false;
        String before = " " + org.marsad.text.ArabicNormalizer.normalize(text, from, t.start()) + " ";
        for (String w : STARTS) if (before.contains(w)) return true;
        return false;
    }

    /** A day and month without a year whose past reading is most of a year back and whose next one is within a month. */
    private static boolean upcoming(TimeExpr t, LocalDate published) {
        if (published == null || t.futureValue() == null || t.futureValue().equals(t.value())) return false;
        if (!DAY.matcher(t.value()).matches() || !DAY.matcher(t.futureValue()).matches()) return false;
        try {
            LocalDate past = LocalDate.parse(t.value().substring(0, 10)), next = LocalDate.parse(t.futureValue().substring(0, 10));
            return past.isBefore(published.minusDays(300)) && !next.isAfter(published.plusDays(31));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /** The nearest calendar expression of the sentence (the future reading when the event is planned). */
    static TimeExpr date(Candidate c, LocalDate published, List<TimeExpr> times, String text, List<Candidate> others) {
        TimeExpr best = null;
        int bestD = Integer.MAX_VALUE;
        // "تعقد الجلسة يوم الخميس بطلب من بريطانيا": a request told as the circumstance of another act was made
        // before it, at a time the sentence does not give; the sentence's times are that act's
        if (times != null && !c.atRequest) {
            for (TimeExpr t : times) {
                if (!t.isCalendar() || t.start() < c.evStart || t.end() > c.evEnd) continue;
                if (inRelativeBefore(text, t, c.trigChar) || inDescriptionAfter(text, t, c.trigChar)) continue;
                // "هدنة لمدة 72 ساعة تبدأ صباح الأربعاء": the start of what was agreed, not the agreeing (nor a
                // planned act's: its start is the act's own)
                if (!"planned".equals(c.status) && c.type.equals("AGREE") && startOfAgreed(text, t, c.trigChar)) continue;
                if (ownedByNearer(c, t, others)) continue;
                if (c.timesBefore > 0 && t.start() >= c.timesBefore) continue;
                int d = t.start() >= c.trigChar ? t.start() - c.trigChar : c.trigChar - t.end();
                // "… قاعدة الظفرة السبت، وأسقطت مسيرة … الخميس": a time behind "، و" before the act closes the
                // clause of the act before it; one after the act is its own
                // (a time fronted before its act and a comma, "وفي السابع من أيار، أطلق", is the act's own)
                if (t.end() <= c.trigChar && commaBetween(text, t.end(), c.trigChar) && actBefore(c, t, others)) d += 1000;
                if (best == null || d < bestD) { best = t; bestD = d; }
            }
        }
        if (best != null) {
            String v = "planned".equals(c.status) && best.futureValue() != null ? best.futureValue() : best.value();
            // "ويستضيف الاتحاد مؤتمر بروكسل يومي 24 و25 أبريل", told on 15 April: a day and month in the weeks ahead
            // are this year's, the act to come, not last year's
            if (!"planned".equals(c.status) && upcoming(best, published)) {
                v = best.futureValue();
                if (c.status.equals("asserted")) c.status = "planned";
            }
            c.date = specDate(v);
            c.dated = c.date != null;
            c.dateEnd = best.endValue() == null ? null : specDate(best.endValue());
            if (c.date == null && published != null) c.date = published.toString();
        } else if (published != null) {
            c.date = published.toString();
        }
        return best;
    }
}
