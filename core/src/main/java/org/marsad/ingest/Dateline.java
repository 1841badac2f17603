package org.marsad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.DataFile;

/**
 * The publication date given by a dateline at the head of an article: "عمّان - وكالات - 23 أكتوبر
 * 2020", "(موسكو / سبوتنيك - 17 نوفمبر 2021ء)", "بيروت في ٥ كانون الثاني/يناير ٢٠٢١ (أ ف ب) -",
 * "صنعاء 2020/03/26 -". Month names come from {@code lexicon/dateline-months.tsv}; digits may be
 * Arabic-Indic or Persian. A date counts as a dateline only in one of the first four non-empty
 * lines, near its start (at most four words before it: place, agency, weekday), and set off by
 * punctuation (a dash, comma, parenthesis, colon) before or after it — a date inside a running
 * sentence ("اندلعت في 25 مارس 2015 …") is an event date, not the publication date.
 */
public final class Dateline {
    private static final int LINES = 4, MAX_PREFIX_WORDS = 4, MAX_PREFIX_CHARS = 80;

    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern named, numericYmd, numericDmy;

    public Dateline() {
        List<String> forms = new ArrayList<>();
        DataFile.forEachRow("/lexicon/dateline-months.tsv", f -> {
            int month = Integer.parseInt(f[0].strip());
            for (String form : f[1].split("\\|")) {
                String key = key(ArabicNormalizer.normalize(form.strip()));
                months.put(key, month);
                forms.add(key);
            }
        });
        forms.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder alt = new StringBuilder();
        for (String f : forms) { if (alt.length() > 0) alt.append('|'); alt.append(Pattern.quote(f).replace(" ", "\\E\\s+\\Q")); }
        String month = "(" + alt + ")";
        named = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:من\\s+)?" + month + "(?:\\s*/\\s*" + month + ")?\\s*(?:عام|سنه)?\\s*(\\d{4})(?!\\d)\\s*(?:ء|م(?![\\p{L}])|هـ)?");
        numericYmd = Pattern.compile("(?<!\\d)(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?!\\d)");
        numericDmy = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    }

    /** The dateline's date, or null when the head of the text has none. */
    public LocalDate find(String text) {
        int seen = 0, i = 0, n = text.length();
        while (i < n && seen < LINES) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? n : nl;
            if (!text.substring(i, end).isBlank()) {
                seen++;
                LocalDate d = inLine(ArabicNormalizer.normalize(text, i, Math.min(end, i + 300)));
                if (d != null) return d;
            }
            i = end + 1;
        }
        return null;
    }

    private LocalDate inLine(String line) {
        Matcher m = named.matcher(line);
        while (m.find()) {
            if (!datelinePosition(line, m.start(), m.end())) continue;
            String mon = m.group(2) != null ? m.group(2) : m.group(3);
            Integer month = months.get(key(mon));
            if (month == null && m.group(3) != null) month = months.get(key(m.group(3)));
            LocalDate d = date(m.group(4), month, m.group(1));
            if (d != null) return d;
        }
        m = numericYmd.matcher(line);
        while (m.find()) {
            if (datelinePosition(line, m.start(), m.end())) {
                LocalDate d = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
                if (d != null) return d;
            }
        }
        m = numericDmy.matcher(line);
        while (m.find()) {
            if (datelinePosition(line, m.start(), m.end())) {
                LocalDate d = date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
                if (d != null) return d;
            }
        }
        return null;
    }

    private static boolean datelinePosition(String line, int start, int end) {
        if (start > MAX_PREFIX_CHARS) return false;
        String prefix = line.substring(0, start);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < prefix.length(); i++) {
            boolean letter = Character.isLetter(prefix.charAt(i));
            if (letter && !inWord) words++;
            inWord = letter;
        }
        if (words > MAX_PREFIX_WORDS) return false;
        char before = 0, after = 0;
        for (int i = start - 1; i >= 0; i--) { char c = line.charAt(i); if (c != ' ') { before = c; break; } }
        for (int i = end; i < line.length(); i++) { char c = line.charAt(i); if (c != ' ') { after = c; break; } }
        return start == 0 || isSetOff(before) || isSetOff(after) || after == 0 || words == 0;
    }

    private static boolean isSetOff(char c) {
        return c == '-' || c == '–' || c == '—' || c == ',' || c == '(' || c == ')' || c == ':' || c == '/' || c == '|' || c == '[' || c == ']';
    }

    private static LocalDate date(String year, Integer month, String day) {
        if (month == null) return null;
        try {
            int y = Integer.parseInt(year);
            if (y < 1950 || y > 2100) return null;
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String key(String s) { return s.replaceAll("\\s+", " "); }
}
