package org.marsad.event;

import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Word-level tests of the phrases around a party: the preposition that governs a phrase (its
 * own clitic, the word before it, or its construct head's), function words that end a phrase,
 * and the additive links that join one party to the one before it.
 */
final class UnitWords {
    private UnitWords() {}

    /** Normalised prepositions that mark a role; the clitic ل and ب come from the proclitic flags. */
    static final Set<String> PREPS = CueWords.set("prep");
    /**
     * The words [from, first) join the phrase at {@code first} to the one ending at {@code from}: an
     * additive ("إضافة إلى", "بالإضافة إلى", "فضلا عن", "علاوة على"), then maybe a delegate noun and
     * عن/من ("إضافة إلى ممثلين عن").
     */
    static boolean additiveJoin(TextLayer tl, int from, int first) {
        int p = from;
        if (p < first && tl.surfaceNorm(p).equals(",")) p++;
        if (p + 1 >= first || !additiveAt(tl, p)) return false;
        if (tl.surfaceNorm(p + 1).startsWith("ل")) return p + 1 == first;   // "إضافة للقوات": the preposition on the next word
        p += 2;
        if (p < first && DELEGATES.contains(tl.surfaceNorm(p))) {
            p++;
            if (p < first && (tl.surfaceNorm(p).equals("عن") || tl.surfaceNorm(p).equals("من"))) p++;
        }
        return p == first;
    }

    /** "إضافة إلى", "فضلا عن", "علاوة على", "إضافة لـ" at {@code p} (not "أضافه", the speech verb it spells). */
    static boolean additiveAt(TextLayer tl, int p) {
        if (p + 1 >= tl.tokenCount() || !ADDITIVE.contains(tl.surfaceNorm(p))) return false;
        String link = tl.surfaceNorm(p + 1);
        return link.equals("الي") || link.equals("عن") || link.equals("علي") || link.startsWith("ل") && link.length() > 2;
    }

    private static final Set<String> ADDITIVE = CueWords.set("additive");
    private static final Set<String> DELEGATES = CueWords.set("delegate");

    /** The preposition governing a phrase at token {@code first}: a clitic on it, or the word before. */
    static String prepBefore(TextLayer tl, int first, int sentenceStart) { return prepBefore(tl, first, sentenceStart, null); }

    /**
     * As above; the genitive walk stops at a verb ({@code verbAt}), which heads no construct: "في هجوم
     * شنه مسلحون" — مسلحون is the subject of شنه; "إلى ذلك قتلت قوات الأمن" — no إلى on قوات الأمن.
     */
    static String prepBefore(TextLayer tl, int first, int sentenceStart, boolean[] verbAt) {
        String p = prepAt(tl, first, sentenceStart);
        if (p != null) return p;
        // a genitive complement takes the preposition of its construct head: "على مواقع الجيش", "لمدفعية الجيش"
        for (int h = first - 1, k = 0; h >= sentenceStart && k < 2; h--, k++) {
            String n = tl.surfaceNorm(h);
            if (verbAt != null && verbAt[h]) break;
            // ("بين عناصر فصيل "أحرار الشام" والجيش السوري": the quote around a name in construct is no boundary)
            if (k == 0 && h == first - 1 && isOpeningQuote(n)) { k--; continue; }
            // a title in apposition carries it: "بالملك عبد الله", "للرئيس ماكرون"
            if (k == 0 && isWord(tl, h) && (tl.proclitics(h) & TextLayer.AL) != 0 && (tl.proclitics(h) & (TextLayer.BI | TextLayer.LI)) != 0) {
                return (tl.proclitics(h) & TextLayer.BI) != 0 ? "ب" : "ل";
            }
            if (!isWord(tl, h) || isFunction(n) || isFunction(tl.norm(h)) || n.startsWith("ال") || (tl.proclitics(h) & TextLayer.AL) != 0) break;
            if ((tl.proclitics(h) & TextLayer.WA) != 0 && (tl.proclitics(h) & (TextLayer.LI | TextLayer.BI)) == 0) break;
            p = prepAt(tl, h, sentenceStart);
            if (p != null) return p;
        }
        return null;
    }

    private static String prepAt(TextLayer tl, int first, int sentenceStart) {
        int pf = tl.proclitics(first);
        if ((pf & TextLayer.LI) != 0) return "ل";
        if ((pf & TextLayer.BI) != 0) return "ب";
        String w = tl.surfaceNorm(first);
        if (w.startsWith("لل") && (pf & TextLayer.AL) == 0 && w.length() > 4) return "ل";
        int p = first - 1;
        // "بين "حركة تحرير السودان" والقوات": a quoted name after بين is one of the two sides (after other
        // words a quote may open a name that is no argument of theirs: "أطلق عليه "إعلان الخرطوم"")
        if (p > sentenceStart && isOpeningQuote(tl.surfaceNorm(p)) && tl.norm(p - 1).equals("بين")) p--;
        if (p < sentenceStart) return null;
        String prev = tl.norm(p);
        if (p - 1 >= sentenceStart && prev.equals("قبل") && tl.norm(p - 1).equals("من")) return "من قبل";
        if ((prev.equals("يد") || prev.equals("ايدي")) && p - 1 >= sentenceStart && tl.norm(p - 1).equals("علي")) return "من قبل";
        // "بيد مسلحي التنظيم", "بأيدي": by the hand of (the segmenter may leave بـ on the word)
        if ((prev.equals("يد") || prev.equals("ايدي")) && (tl.proclitics(p) & TextLayer.BI) != 0
                || tl.surfaceNorm(p).equals("بيد") || tl.surfaceNorm(p).equals("بايدي")) return "من قبل";
        // "قتل برصاص الجيش", "أصيب بنيران القوات": the fire is the doer's
        if ((prev.equals("نيران") || prev.equals("رصاص")) && (tl.proclitics(p) & TextLayer.BI) != 0) return "من قبل";
        if (PREPS.contains(prev)) return prev;
        String prevSurface = tl.surfaceNorm(p);
        if (PREPS.contains(prevSurface)) return prevSurface;
        if (prevSurface.length() > 1 && prevSurface.charAt(0) == 'و' && PREPS.contains(prevSurface.substring(1))) return prevSurface.substring(1);
        return null;
    }

    /** An opening quote mark as a token of its own: ", «, “. */
    static boolean isOpeningQuote(String w) {
        return w.equals("\"") || w.equals("«") || w.equals("“");
    }

    private static final String[] PRONOUNS = {"هما", "هم", "هن", "ها", "كم", "نا", "ه"};

    /** A word ending in the feminine ت before an attached pronoun: "سيطرتها"، "سيطرته" (the ة of a noun). */
    static boolean feminineWithPronoun(TextLayer tl, int t) {
        String w = tl.surfaceNorm(t);
        for (String p : PRONOUNS) {
            int cut = w.length() - p.length();
            if (cut >= 4 && w.endsWith(p)) return w.charAt(cut - 1) == 'ت';
        }
        return false;
    }

    static boolean isWord(TextLayer tl, int t) {
        String n = tl.surfaceNorm(t);
        return !n.isEmpty() && Character.isLetter(n.charAt(0));
    }

    /** Function words that end a noun phrase when looking back from an adjective. */
    static boolean isFunction(String n) {
        return PREPS.contains(n) || n.equals("و") || n.equals("ان") || n.equals("انه") || n.equals("التي") || n.equals("الذي")
                || n.equals("ما") || n.equals("لا") || n.equals("لم") || n.equals("قد") || CAUSE.contains(n);
    }

    /** Words of cause and time that open a new phrase: "جراء غارات", "إثر هجوم". */
    static final Set<String> CAUSE = CueWords.set("cause");
}
