package org.marsad.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The scorer's Arabic normalisation and surface variants, exactly as {@code ../shared/tools/score.py}. */
final class ScoreText {
    private ScoreText() {}

    private static final Pattern DIACRITICS = Pattern.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern PUNCT = Pattern.compile("[\"'«»“”()\\[\\]،,.:؛]");

    static String norm(String s) {
        if (s == null || s.isEmpty()) return "";
        s = DIACRITICS.matcher(s).replaceAll("");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى', '\u06cc' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case '\u06a9' -> b.append('ك');
                default -> b.append(c);
            }
        }
        s = PUNCT.matcher(b).replaceAll(" ");
        StringBuilder o = new StringBuilder(s.length());
        for (String w : SPACE.split(s)) {
            if (w.isEmpty()) continue;
            if (o.length() > 0) o.append(' ');
            o.append(w);
        }
        return o.toString().toLowerCase(Locale.ROOT);
    }

    /** The normalised form plus the form without one leading clitic (و ف ب ل ك, or ل before ال). */
    static Set<String> variants(String s) {
        String n = norm(s);
        Set<String> out = new HashSet<>();
        if (n.isEmpty()) return out;
        out.add(n);
        if (n.codePointCount(0, n.length()) > 3 && "وفبلك".indexOf(n.charAt(0)) >= 0) {
            out.add(n.substring(1));
            if (n.startsWith("لل")) out.add("ال" + n.substring(2));
        }
        if (n.length() > 4) {
            String two = n.substring(0, 2);
            if (two.equals("وب") || two.equals("ول") || two.equals("فب") || two.equals("فل") || two.equals("وك")) out.add(n.substring(2));
        }
        return out;
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).split(" ")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
