package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.marsad.time.Calendars.Anchor;

/**
 * Turns one rule match into TimeExpr values, per the spec's §2: relative expressions count from the
 * publication date, a bare weekday or day-month is the latest such day on or before publication
 * ({@code futureValue}: the next on or after), "الماضي" strictly before, "المقبل" strictly after.
 * Without a publication date, whatever depends on it gets a null value.
 */
final class TimeResolver {
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final TimeLexicon lex;

    TimeResolver(TimeLexicon lex) {
        this.lex = lex;
    }

    /** One resolved element: its normalised span and values. */
    record Piece(int start, int end, String value, String future, String endValue) {}

    List<Piece> resolve(String kind, Groups g, LocalDate pub) {
        int xs = g.start("x"), xe = g.end("x");
        List<Piece> out = new ArrayList<>();
        switch (kind) {
            case "DATE_NUM" -> {
                boolean hijri = "H".equals(lex.key("ERA", g.text("era")));
                LocalDate d = Calendars.date(hijri, num(g.text("year")), num(g.text("mnum")), num(g.text("day")));
                if (d != null) out.add(same(xs, xe, d.toString()));
            }
            case "DATE_DM" -> dayMonth(g, pub, out);
            case "MONTH" -> month(g, pub, out);
            case "YEAR" -> year(g, out);
            case "WEEKDAY" -> weekdays(g, pub, out);
            case "RELDAY" -> out.add(same(xs, xe, pub == null ? null
                    : pub.plusDays(num(lex.key("RELDAY", g.text("relday")))).toString()));
            case "POD" -> partOfDay(g, pub, out);
            case "NIGHT" -> {
                int rel = rel(g.text("rel"));
                out.add(same(xs, xe, pub == null ? null : pub.plusDays(rel < 0 ? rel : 0) + "TNI"));
            }
            case "CALREL" -> {
                String unit = lex.key("CALUNIT", g.text("cu"));
                String v = calendarUnit(unit, g.has("thisw") ? 0 : rel(g.text("rel")), pub);
                // "نهاية الأسبوع" is the weekend: TimeML's week value with -WE.
                if ("W".equals(unit) && v != null && "END".equals(lex.key("PART", g.text("part")))) v += "-WE";
                out.add(same(xs, xe, v));
            }
            case "AGO" -> out.add(same(xs, xe, offset(g, pub)));
            case "DURATION" -> out.add(same(xs, xe, duration(g)));
            case "SET" -> out.add(same(xs, xe, set(g)));
            case "REF" -> out.add(same(xs, xe, reference(g)));
            case "DECADE" -> out.add(same(xs, xe, g.has("dord") ? decadeOfCentury(num(lex.key("ORD", g.text("dord"))))
                    : "19" + lex.key("DECADE", g.text("decade"))));
            case "CENTURY" -> {
                int n = g.has("cord") ? num(lex.key("ORD", g.text("cord"))) : num(g.text("cnum"));
                if (n > 0) out.add(same(xs, xe, Calendars.pad(n - 1, 2)));
            }
            case "SEASON" -> out.add(same(xs, xe, season(g, pub)));
            case "HALF" -> out.add(same(xs, xe, half(g, pub)));
            case "ANAPH" -> out.add(same(xs, xe, null));
            default -> throw new IllegalStateException("unknown time rule kind " + kind);
        }
        return out;
    }

    private static Piece same(int s, int e, String v) {
        return new Piece(s, e, v, v, null);
    }

    private static int num(String s) {
        if (s == null) return 0;
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Direction of a REL word: -1, 0 or 1; 0 when absent. */
    private int rel(String text) {
        String k = lex.key("REL", text);
        return k == null ? 0 : Integer.parseInt(k);
    }

    private static Anchor anchorOf(int rel) {
        return rel < 0 ? Anchor.BEFORE : rel > 0 ? Anchor.AFTER : Anchor.SAME_YEAR;
    }

    private int dayNumber(String text) {
        if (text == null) return 0;
        if (text.chars().allMatch(Character::isDigit)) return num(text);
        return num(lex.key("ORD", text));
    }

    private void dayMonth(Groups g, LocalDate pub, List<Piece> out) {
        String[] dayGroups = {"day", "day2", "day3"};
        List<String> present = new ArrayList<>();
        for (String dg : dayGroups) if (g.has(dg)) present.add(dg);
        boolean hijri;
        int month, fixedYear = 0;
        if (g.has("mrel")) {
            if (pub == null) { nulls(g, present, out); return; }
            YearMonth ym = YearMonth.from(pub).plusMonths(rel(g.text("mrel")));
            hijri = false;
            month = ym.getMonthValue();
            fixedYear = ym.getYear();
        } else {
            String key = lex.key("MONTH", g.text("month"));
            hijri = key.startsWith("H") || "H".equals(lex.key("ERA", g.text("era")));
            month = Integer.parseInt(key.substring(2));
            if (g.has("year")) fixedYear = num(g.text("year"));
            else if (g.has("yrel")) {
                if (pub == null) { nulls(g, present, out); return; }
                fixedYear = Calendars.yearOf(hijri, pub) + rel(g.text("yrel"));
            }
        }
        for (int i = 0; i < present.size(); i++) {
            String dg = present.get(i);
            int start = i == 0 && present.size() == 1 ? g.start("x") : g.start(dg);
            int end = i == present.size() - 1 ? g.end("x") : g.end(dg);
            int day = dayNumber(g.text(dg));
            LocalDate v, f;
            if (fixedYear != 0) {
                v = f = Calendars.date(hijri, fixedYear, month, day);
            } else if (pub == null) {
                v = f = null;
            } else if (g.has("rel")) {
                int r = rel(g.text("rel"));
                v = f = Calendars.anchorDay(hijri, month, day, pub, anchorOf(r));
                // "قبل الماضي": the one before the last.
                if (r < -1 && v != null) v = f = Calendars.anchorDay(hijri, month, day, v, Anchor.BEFORE);
            } else {
                v = Calendars.anchorDay(hijri, month, day, pub, Anchor.ON_OR_BEFORE);
                f = Calendars.anchorDay(hijri, month, day, pub, Anchor.ON_OR_AFTER);
            }
            String endValue = null;
            if (g.has("dayend") && v != null) {
                LocalDate e = Calendars.date(hijri, Calendars.yearOf(hijri, v), month, dayNumber(g.text("dayend")));
                if (e != null && e.isAfter(v)) endValue = e.toString();
            }
            if (v != null || pub == null || fixedYear == 0) out.add(new Piece(start, end, str(v), str(f), endValue));
        }
    }

    private static void nulls(Groups g, List<String> present, List<Piece> out) {
        out.add(new Piece(g.start("x"), g.end("x"), null, null, null));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private void month(Groups g, LocalDate pub, List<Piece> out) {
        int xs = g.start("x"), xe = g.end("x");
        String key = lex.key("MONTH", g.text("month"));
        boolean hijri = key.startsWith("H") || "H".equals(lex.key("ERA", g.text("era")));
        int month = Integer.parseInt(key.substring(2));
        Integer y, fy;
        if (g.has("year")) {
            y = fy = num(g.text("year"));
        } else if (pub == null) {
            out.add(same(xs, xe, null));
            return;
        } else if (g.has("yrel")) {
            y = fy = Calendars.yearOf(hijri, pub) + rel(g.text("yrel"));
        } else if (g.has("rel")) {
            int r = rel(g.text("rel"));
            y = fy = Calendars.anchorMonthYear(hijri, month, pub, anchorOf(r));
            if (r < -1 && y != null) y = fy = y - 1;
        } else {
            y = Calendars.anchorMonthYear(hijri, month, pub, Anchor.ON_OR_BEFORE);
            fy = Calendars.anchorMonthYear(hijri, month, pub, Anchor.ON_OR_AFTER);
        }
        if (y == null) return;
        if (!hijri) {
            out.add(new Piece(xs, xe, Calendars.pad(y, 4) + "-" + Calendars.pad(month, 2), Calendars.pad(fy, 4) + "-" + Calendars.pad(month, 2), null));
            return;
        }
        // A Hijri month straddles two Gregorian months: its first day, with its last day as the end.
        LocalDate[] r = Calendars.hijriMonth(y, month);
        LocalDate[] rf = Calendars.hijriMonth(fy, month);
        if (r != null) out.add(new Piece(xs, xe, r[0].toString(), rf == null ? null : rf[0].toString(), r[1].toString()));
    }

    private void year(Groups g, List<Piece> out) {
        boolean hijri = "H".equals(lex.key("ERA", g.text("era")));
        String[] groups = g.has("year2") ? new String[] {"year", "year2"} : new String[] {"year"};
        for (int i = 0; i < groups.length; i++) {
            int start = groups.length == 1 ? g.start("x") : g.start(groups[i]);
            int end = i == groups.length - 1 ? g.end("x") : g.end(groups[i]);
            int y = num(g.text(groups[i]));
            if (hijri) {
                LocalDate[] r = Calendars.hijriYear(y);
                if (r != null) out.add(new Piece(start, end, r[0].toString(), r[0].toString(), r[1].toString()));
                continue;
            }
            if (y < 1000 || y > 2199) continue;
            String endValue = null;
            if (g.has("yearend")) {
                int ye = num(g.text("yearend"));
                if (ye > y) endValue = Calendars.pad(ye, 4);
            }
            out.add(new Piece(start, end, Calendars.pad(y, 4), Calendars.pad(y, 4), endValue));
        }
    }

    private DayOfWeek dow(String text) {
        String k = lex.key("WEEKDAY", text);
        return k == null ? null : DayOfWeek.of(Integer.parseInt(k));
    }

    private void weekdays(Groups g, LocalDate pub, List<Piece> out) {
        String[] groups = g.has("weekday2") ? new String[] {"weekday", "weekday2"} : new String[] {"weekday"};
        int rel = rel(g.text("rel"));
        for (int i = 0; i < groups.length; i++) {
            int start = groups.length == 1 ? g.start("x") : g.start(groups[i]);
            int end = i == groups.length - 1 ? g.end("x") : g.end(groups[i]);
            DayOfWeek d = dow(g.text(groups[i]));
            if (d == null) continue;
            if (pub == null) { out.add(new Piece(start, end, null, null, null)); continue; }
            LocalDate v, f;
            if (rel != 0) {
                v = f = Calendars.weekday(d, pub, rel < 0 ? Anchor.BEFORE : Anchor.AFTER);
                if (rel < -1) v = f = v.minusWeeks(1);
            } else {
                v = Calendars.weekday(d, pub, Anchor.ON_OR_BEFORE);
                f = Calendars.weekday(d, pub, Anchor.ON_OR_AFTER);
            }
            out.add(new Piece(start, end, v.toString(), f.toString(), null));
        }
    }

    private void partOfDay(Groups g, LocalDate pub, List<Piece> out) {
        String pod = "T" + lex.key("POD", g.text("pod"));
        int xs = g.start("x"), xe = g.end("x");
        LocalDate v = null, f = null;
        if (g.has("day")) {
            String key = lex.key("MONTH", g.text("month"));
            boolean hijri = key.startsWith("H");
            int m = Integer.parseInt(key.substring(2)), d = num(g.text("day"));
            if (g.has("year")) v = f = Calendars.date(hijri, num(g.text("year")), m, d);
            else if (pub != null) {
                v = Calendars.anchorDay(hijri, m, d, pub, Anchor.ON_OR_BEFORE);
                f = Calendars.anchorDay(hijri, m, d, pub, Anchor.ON_OR_AFTER);
            }
        } else if (pub != null && g.has("relday")) {
            v = f = pub.plusDays(num(lex.key("RELDAY", g.text("relday"))));
        } else if (pub != null && g.has("weekday")) {
            DayOfWeek d = dow(g.text("weekday"));
            int rel = rel(g.text("rel"));
            if (rel != 0) v = f = Calendars.weekday(d, pub, rel < 0 ? Anchor.BEFORE : Anchor.AFTER);
            else {
                v = Calendars.weekday(d, pub, Anchor.ON_OR_BEFORE);
                f = Calendars.weekday(d, pub, Anchor.ON_OR_AFTER);
            }
        }
        out.add(new Piece(xs, xe, v == null ? null : v + pod, f == null ? null : f + pod, null));
    }

    /** "الأسبوع الماضي" and the like: the unit containing publication, shifted by the direction. */
    private static String calendarUnit(String unit, int rel, LocalDate pub) {
        if (pub == null || unit == null) return null;
        return switch (unit) {
            case "W" -> Calendars.isoWeek(pub.plusWeeks(rel));
            case "M" -> YearMonth.from(pub).plusMonths(rel).toString();
            case "Y" -> Calendars.pad(pub.getYear() + rel, 4);
            case "DE" -> Calendars.pad(pub.getYear() / 10 + rel, 3);
            case "CE" -> Calendars.pad(pub.getYear() / 100 + rel, 2);
            default -> null;
        };
    }

    /** Count of units of a match: digits, words, a dual, or one. "X" when vague. */
    private String count(Groups g) {
        if (g.has("num")) {
            String t = g.text("num").replace(',', '.');
            if (DECIMAL.matcher(t).matches()) return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
            long n = lex.number(t);
            return n < 0 ? null : Long.toString(n);
        }
        if (g.has("unit2")) return "2";
        if (g.has("vague")) return "X";
        return "1";
    }

    private String unitKey(Groups g) {
        if (g.has("unit")) return lex.key("UNIT", g.text("unit"));
        if (g.has("unit2")) return lex.key("UNIT2", g.text("unit2"));
        if (g.has("unitv")) return lex.key("UNIT", g.text("unitv"));
        if (g.has("unit1")) return lex.key("UNIT", g.text("unit1"));
        return null;
    }

    private String offset(Groups g, LocalDate pub) {
        String unit = unitKey(g), c = count(g);
        if (pub == null || unit == null || c == null || !TimeLexicon.allDigits(c)) return null;
        long n = Long.parseLong(c) * ("قبل".equals(g.text("dir")) ? -1 : 1);
        return switch (unit) {
            case "D" -> pub.plusDays(n).toString();
            case "W" -> pub.plusWeeks(n).toString();
            case "M" -> YearMonth.from(pub).plusMonths(n).toString();
            case "Y" -> Calendars.pad(pub.getYear() + n, 4);
            case "DE" -> Calendars.pad(pub.getYear() + 10 * n, 4);
            case "CE" -> Calendars.pad(pub.getYear() + 100 * n, 4);
            default -> pub.toString();
        };
    }

    private static String isoPeriod(String count, String unit) {
        if (count == null || unit == null) return null;
        return switch (unit) {
            case "H" -> "PT" + count + "H";
            case "MIN" -> "PT" + count + "M";
            default -> "P" + count + unit;
        };
    }

    private String duration(Groups g) {
        return isoPeriod(count(g), unitKey(g));
    }

    private String set(Groups g) {
        if (g.has("setw")) return lex.key("SETWORD", g.text("setw"));
        String wd = g.has("weekday") ? g.text("weekday") : g.text("weekday2");
        DayOfWeek d = wd == null ? null : dow(wd);
        if (d != null) return "XXXX-WXX-" + d.getValue();
        return isoPeriod(count(g), unitKey(g));
    }

    private String reference(Groups g) {
        if (g.has("ref")) return lex.key("REF", g.text("ref"));
        if (g.has("past")) return "PAST_REF";
        if (g.has("later")) return "FUTURE_REF";
        int r = rel(g.text("rel"));
        return r < 0 ? "PAST_REF" : r > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }

    /** The n-th decade of a century, the 20th until a century written after it says otherwise. */
    private static String decadeOfCentury(int n) {
        return n >= 1 && n <= 10 ? "19" + (n - 1) : null;
    }

    private static int seasonIndex(String code) {
        return switch (code) { case "SP" -> 0; case "SU" -> 1; case "FA" -> 2; default -> 3; };
    }

    private String season(Groups g, LocalDate pub) {
        String code = lex.key("SEASON", g.text("season"));
        if (code == null) return null;
        if (g.has("year")) return g.text("year") + "-" + code;
        if (pub == null) return null;
        int y = pub.getYear();
        int m = pub.getMonthValue();
        // Winter is counted to the year of its December, so January and February belong to the year before.
        int pubSeasonYear = m <= 2 ? y - 1 : y;
        int pubIdx = m <= 2 || m == 12 ? 3 : (m - 3) / 3;
        int idx = seasonIndex(code);
        if (g.has("yrel")) y = y + rel(g.text("yrel"));
        else if (g.has("rel") && rel(g.text("rel")) < 0) {
            y = (idx < pubIdx ? pubSeasonYear : pubSeasonYear - 1) + (rel(g.text("rel")) < -1 ? -1 : 0);
        }
        else if (g.has("rel") && rel(g.text("rel")) > 0) y = idx > pubIdx ? pubSeasonYear : pubSeasonYear + 1;
        else if (idx == pubIdx) y = pubSeasonYear;
        return Calendars.pad(y, 4) + "-" + code;
    }

    private String half(Groups g, LocalDate pub) {
        int n = num(lex.key("ORD", g.text("ord")));
        String p = "نصف".equals(g.text("qh")) ? "H" : "Q";
        if (n < 1 || n > (p.equals("H") ? 2 : 4)) return null;
        Integer y = null;
        if (g.has("year")) y = num(g.text("year"));
        else if (g.has("year2")) y = num(g.text("year2"));
        else if (pub != null) y = pub.getYear() + rel(g.text("rel"));
        return y == null ? null : Calendars.pad(y, 4) + "-" + p + n;
    }
}
