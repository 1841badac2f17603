package org.marsad.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Language identification in two steps. First a script count over a sample of the text: when
 * fewer than a third of the letters are Arabic script, the text is not Arabic and the Optimaize
 * detector (all its 71 built-in profiles, loaded on first need) names the language. When Arabic
 * script dominates and the sample holds none of the letters that only Persian, Urdu, Pashto or
 * Kurdish use (the extended letters, ی ک …), the text is Arabic; otherwise Optimaize with the
 * Arabic-script profiles (ar, fa, ur) decides. The letter check keeps identification at a few
 * microseconds per article; the n-gram detector is kept for the cases letters cannot settle.
 * Thread-safe.
 */
public final class LanguageId {
    /** Characters of the text that are looked at: the head of an article is enough. */
    static final int SAMPLE = 600;

    private final LanguageDetector arabicScript;
    private volatile LanguageDetector all;

    public LanguageId() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(List.of(LdLocale.fromString("ar"),
                    LdLocale.fromString("fa"), LdLocale.fromString("ur")));
            arabicScript = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per character below U+0700: {@link #LETTER}, {@link #ARABIC} (an Arabic-block letter), {@link #EXTENDED} (see below). */
    private static final byte[] CLASS = new byte[0x0700];
    private static final int LETTER = 1, ARABIC = 2, EXTENDED = 4;

    static {
        for (int c = 0; c < CLASS.length; c++) {
            char ch = (char) c;
            boolean letter = c < 0x80 ? ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' : Character.isLetter(ch);
            int k = letter ? LETTER : 0;
            if (letter && c >= 0x0600) k |= ARABIC;
            if (nonArabicLetters(String.valueOf(ch)) > 0) k |= EXTENDED;
            CLASS[c] = (byte) k;
        }
    }

    /** ISO 639-1 code of the text's language, or null when it has too few letters to tell. */
    public String identify(String text) {
        int end = Math.min(text.length(), SAMPLE);
        int arabic = 0, letters = 0, extended = 0;
        // one pass over the sample: letters, Arabic-script letters, and the letters only other languages use
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x0700) {
                int k = CLASS[c];
                letters += k & LETTER;
                arabic += (k & ARABIC) >>> 1;
                extended += (k & EXTENDED) >>> 2;
                continue;
            }
            if (!Character.isLetter(c)) continue;
            letters++;
            if (c <= 0x077F && c >= 0x0750 || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) arabic++;
        }
        if (letters < 20) return null;
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (arabic * 3 >= letters) {
            // Fast path: Persian, Urdu, Pashto and Kurdish write letters Arabic does not use (پ چ ژ
            // گ ک ی ے ں ٹ ڈ ڑ ۆ ێ ە); text without one of them in the sample is Arabic. Only text
            // with such letters goes to the n-gram detector (Arabic quoting Persian names, or not Arabic).
            if (extended * 200 < arabic) return "ar";
            return best(arabicScript, sample, "ar");
        }
        return best(general(), sample, null);
    }

    private static int nonArabicLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case 'پ': case 'چ': case 'ژ': case 'گ': case 'ک': case 'ی': case 'ے': case 'ں': case 'ٹ': case 'ڈ': case 'ڑ':
                case 'ۆ': case 'ێ': case 'ە': case 'ھ': case 'ۀ': case 'ڵ': case 'ڕ': case 'ښ': case 'ځ': case 'څ': case 'ډ': case 'ړ': case 'ږ':
                    n++;
                    break;
                default:
            }
        }
        return n;
    }

    private static String best(LanguageDetector d, String sample, String fallback) {
        List<DetectedLanguage> probs = d.getProbabilities(sample);
        if (probs.isEmpty()) return fallback;
        return probs.get(0).getLocale().getLanguage();
    }

    private LanguageDetector general() {
        LanguageDetector d = all;
        if (d == null) {
            synchronized (this) {
                if (all == null) {
                    try {
                        all = LanguageDetectorBuilder.create(NgramExtractors.standard())
                                .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                d = all;
            }
        }
        return d;
    }
}
