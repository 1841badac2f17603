package org.marsad.event;

import java.time.LocalDate;
import java.util.Map;
import org.marsad.text.TextLayer;

/**
 * "يأتي ذلك بعد أسبوع من هجوم مماثل", "بعد يومين من سيطرة القوات": an act named as the time
 * reference of the reported one happened that long before it. Reads the span {@code بعد N من}
 * right before a noun trigger and gives the days it stands for, or -1.
 */
final class ElapsedBefore {
    private ElapsedBefore() {}

    /** Units in days; a month is 30 days, hours and minutes are the same day. */
    private static final Map<String, Integer> UNIT = Map.ofEntries(
            Map.entry("يوم", 1), Map.entry("يوما", 1), Map.entry("ايام", 1), Map.entry("يومين", 2), Map.entry("يومان", 2),
            Map.entry("اسبوع", 7), Map.entry("اسابيع", 7), Map.entry("اسبوعين", 14), Map.entry("شهر", 30), Map.entry("اشهر", 30),
            Map.entry("شهرين", 60), Map.entry("ساعه", 0), Map.entry("ساعات", 0), Map.entry("ساعتين", 0), Map.entry("دقائق", 0));
    private static final Map<String, Integer> COUNT = Map.ofEntries(
            Map.entry("ثلاثه", 3), Map.entry("اربعه", 4), Map.entry("خمسه", 5), Map.entry("سته", 6), Map.entry("سبعه", 7),
            Map.entry("ثمانيه", 8), Map.entry("تسعه", 9), Map.entry("عشره", 10), Map.entry("بضعه", 3), Map.entry("ثلاث", 3),
            Map.entry("اربع", 4), Map.entry("خمس", 5));

    /** Days between the referenced act at {@code ts} and the reported one, or -1 when no such span precedes it. */
    static int days(TextLayer tl, int ts, int sentenceStart) {
        int min = tl.surfaceNorm(ts - 1 >= sentenceStart ? ts - 1 : ts).equals("من") ? ts - 1 : -1;
        if (min < 0 || min - 1 < sentenceStart) return -1;
        int u = min - 1;
        Integer unit = UNIT.get(tl.surfaceNorm(u));
        if (unit == null) return -1;
        int count = 1, bad = u - 1;
        if (bad >= sentenceStart) {
            String w = tl.surfaceNorm(bad);
            Integer c = COUNT.get(w);
            if (c == null && !w.isEmpty() && w.chars().allMatch(Character::isDigit) && w.length() <= 3) c = Integer.parseInt(w);
            if (c != null) { count = c; bad--; }
        }
        if (bad < sentenceStart || !tl.surfaceNorm(bad).equals("بعد")) return -1;
        return unit * count;
    }

    /** The reference date: {@code days} before {@code from} (YYYY-MM-DD), or null. */
    static String before(String from, int days) {
        if (from == null || from.length() != 10) return null;
        try {
            return LocalDate.parse(from).minusDays(days).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
