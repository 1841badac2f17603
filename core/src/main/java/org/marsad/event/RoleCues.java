package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Word-shape tests that bound or redirect the roles {@link RoleReader} reads: the owner after an attack
 * noun's craft or force ("لطائرات التحالف"), "كل من" lists, a platform where words were published, a
 * document's resumptive "فيه", an attack told as the time or cause of another act, a passive toll.
 */
final class RoleCues {
    private RoleCues() {}

    /**
     * "قصف مدفعي وصاروخي لقوات التحالف", "غارة جوية لطائرات التحالف": past the adjectives of an attack
     * noun, a craft or force noun with لـ heads the owner's phrase; the owner named after it is the
     * attack's doer as in "غارة للتحالف". Returns the token where that owner may start.
     */
    static int ownerReach(TextLayer tl, int reach, int cb) {
        int p = reach;
        while (p < cb && p < reach + 3 && (tl.proclitics(p) & TextLayer.LI) == 0 && !tl.surfaceNorm(p).startsWith("ل") && nisba(tl.surfaceNorm(p))) p++;
        if (p + 1 >= cb) return reach;
        String w = tl.surfaceNorm(p), rest = w.length() > 3 && w.startsWith("ل") ? w.substring(1) : null;
        boolean li = (tl.proclitics(p) & TextLayer.LI) != 0;
        if (li && (RoleWords.is(tl, p, RoleWords.INSTRUMENT) || SentenceUnits.PARTITIVE_FORCES.contains(tl.norm(p)))) return p + 1;
        if (rest != null && (RoleWords.isForm(rest, RoleWords.INSTRUMENT) || SentenceUnits.PARTITIVE_FORCES.contains(rest))) return p + 1;
        return reach;
    }

    /** "كل من X": X opens a list of "each of". */
    static boolean eachOf(TextLayer tl, int first) {
        return first >= 2 && tl.surfaceNorm(first - 1).equals("من") && tl.surfaceNorm(first - 2).endsWith("كل");
    }

    /** "في بيان على صفحتها على فيسبوك", "في تغريدة على حسابه في تويتر": where words were published is no party to the act. */
    static boolean onMedium(TextLayer tl, Unit u) {
        if (u.prep() == null || !(u.prep().equals("علي") || u.prep().equals("في")) || u.first() < 2) return false;
        return MEDIA.contains(tl.surfaceNorm(u.first() - 2)) || MEDIA.contains(tl.norm(u.first() - 2));
    }

    private static final Set<String> MEDIA = CueWords.set("medium");

    /**
     * "بيانا طالبت فيه", "رسالة دعت فيها": the verb ({@code ts}..{@code te}) is followed by في with a pronoun
     * standing for a document noun (cue-words.tsv, document) right before it (not "ثاني مرة تقصف فيها
     * الطائرات": a time, whose verb keeps its subject).
     */
    static boolean resumptiveIn(TextLayer tl, int ts, int te) {
        if (te >= tl.tokenCount()) return false;
        String n = tl.surfaceNorm(te);
        if (!n.equals("فيه") && !n.equals("فيها") && !n.equals("فيهما")) return false;
        for (int p = ts - 1; p >= Math.max(0, ts - 3); p--) {
            if (DOCUMENTS.contains(tl.surfaceNorm(p)) || DOCUMENTS.contains(tl.norm(p))) return true;
        }
        return false;
    }

    private static final Set<String> DOCUMENTS = CueWords.set("document");

    /** Where "بعد/إثر/عقب + an attack noun" opens after the trigger, else {@code cb}. */
    static int causeCut(TextLayer tl, int te, int cb) {
        for (int p = te; p + 1 < cb; p++) {
            if (CAUSE_OPENERS.contains(tl.surfaceNorm(p)) && RoleWords.is(tl, p + 1, RoleWords.INSTRUMENT)) return p;
        }
        return cb;
    }

    private static final Set<String> CAUSE_OPENERS = CueWords.set("cause-opener");

    /** Where the count after a verb would stand: past up to four time words ("وقتل أول من أمس 4 جنود"). */
    static int countAt(TextLayer tl, int te, int cb) {
        int p = te;
        while (p < cb && p < te + 4 && RoleCues.TIME_WORDS.contains(tl.surfaceNorm(p))) p++;
        return p;
    }

    /** The verb is followed by a count (time words may stand between): a passive toll whose cause names the doer. */
    static boolean passiveToll(TextLayer tl, int te, int cb) {
        int p = countAt(tl, te, cb);
        return p < cb && RoleCues.startsWithNumber(tl, p);
    }

    /** A relational adjective (جوية، مدفعي، وصاروخي): the nisba ending. */
    private static boolean nisba(String w) {
        return w.length() >= 4 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("ية"));
    }

    /** Forms of سبق ("it happened before that"), whose لـ phrase is the subject of the verb after أن. */
    private static final Set<String> PRECEDED = CueWords.set("preceded");

    /** The X of "سبق لـ X أن" + the verb at {@code ts}, or null. */
    static Unit precededSubject(TextLayer tl, List<Unit> units, boolean[] usable, int ts) {
        if (ts < 3 || !tl.surfaceNorm(ts - 1).equals("ان")) return null;
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!usable[k] || u.place() || u.end() != ts - 1 || !"ل".equals(u.prep()) || u.first() < 1) continue;
            String w = tl.surfaceNorm(u.first() - 1);
            if (PRECEDED.contains(w) || PRECEDED.contains(tl.norm(u.first() - 1))) return u;
        }
        return null;
    }

    /** Nouns of an aim or attempt whose genitive does the act named after it: "محاولة القوات السيطرة على". */
    private static final Set<String> ATTEMPT = CueWords.set("attempt");

    /** Token {@code t} is an attempt or aim noun ({@code attempt} cue class), by stem or surface. */
    /**
     * "فرضت الخزانة الأميركية عقوبات": the subject inside a gapped verb phrase (not a count, "أطلقت عشرات
     * الصواريخ", which is the object's size); else a named force that the phrase's last word heads and that
     * goes on past it ("ونشرت قوات النظام تعزيزات": the troops deployed are that force's whichever way the
     * verb is read); else null.
     */
    static Unit subjectInside(TextLayer tl, List<Unit> units, boolean[] usable, int ts, int te, boolean assault) {
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (usable[k] && u.first() > ts && u.end() <= te && u.party(assault) && u.prep() == null && !SentenceUnits.isQuantifier(tl, u)) return u;
        }
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (usable[k] && u.first() > ts && u.first() < te && u.end() > te && u.hasCode() && u.party(assault) && u.prep() == null && !u.demonym()) return u;
        }
        return null;
    }

    private static final Set<String> SOVEREIGNTY = CueWords.set("sovereignty");

    /** "أدانت الغارات ووصفتها بأنها انتهاك لسيادة أفغانستان": the genitive of sovereignty is the one wronged, not the one accused. */
    static boolean wronged(TextLayer tl, Unit u) { return u.first() > 0 && PhraseTable.hasForm(tl, u.first() - 1, SOVEREIGNTY); }

    private static final Set<String> ENVOYS = CueWords.set("envoy");

    /**
     * "واستدعت القائم بالأعمال الباكستاني": an envoy noun of the act's phrase that a demonym qualifies names the
     * envoy's state, the one the act is aimed at, never the verb's subject.
     */
    static boolean envoyOfState(TextLayer tl, Unit u, int ts, int te) {
        return u.demonym() && u.first() > ts && u.first() < te && PhraseTable.hasForm(tl, u.first(), ENVOYS);
    }

    /**
     * "استدعت الجزائر سفيرها لدى فرنسا"، "طرد السفير لدى موسكو": the state after لدى right behind an envoy
     * noun ending the act's phrase is the one the envoy is accredited to; else null.
     */
    static Unit envoyHost(TextLayer tl, List<Unit> units, int te) {
        if (te < 1 || te >= tl.tokenCount() || !tl.surfaceNorm(te).equals("لدي")) return null;
        if (!PhraseTable.hasForm(tl, te - 1, ENVOYS)) return null;
        for (Unit u : units) if (u.first() == te + 1 && u.hasCode()) return u;
        return null;
    }

    private static final Set<String> DENY_VERBS = CueWords.set("deny-verb");

    /** "نفت موسكو استهداف المدنيين": the subject of a denial right before an act noun denies its own act; else null. */
    static Unit denierOf(TextLayer tl, List<Unit> before, int ts) {
        for (Unit u : before) {
            if (u.end() != ts || u.prep() != null || !u.hasCode() || u.first() < 1 || tl.sentenceOf(u.first() - 1) != tl.sentenceOf(u.first())) continue;
            String v = tl.surfaceNorm(u.first() - 1);
            if (DENY_VERBS.contains(v) || (tl.proclitics(u.first() - 1) & TextLayer.WA) != 0 && v.length() > 1 && DENY_VERBS.contains(v.substring(1))) return u;
        }
        return null;
    }

    private static final Set<String> RESPONSIBLE = CueWords.set("responsible");

    /**
     * "إن روسيا مسؤولة عن نشر الصواريخ"، "الميليشيا هي المسؤولة عن إطلاق": the party named right before
     * "responsible for" (a copula هي/هو between at most) does the act noun after عن; else null.
     */
    static Unit responsibleFor(TextLayer tl, List<Unit> units, int ts) {
        if (ts < 3 || !tl.surfaceNorm(ts - 1).equals("عن") || !RESPONSIBLE.contains(tl.surfaceNorm(ts - 2))) return null;
        int end = ts - 2;
        String cop = tl.surfaceNorm(end - 1);
        if (cop.equals("هي") || cop.equals("هو") || cop.equals("هم")) end--;
        for (Unit u : units) if (u.end() == end && u.prep() == null && !u.place() && u.hasCode()) return u;
        return null;
    }

    static boolean attemptNoun(TextLayer tl, int t) {
        return t >= 0 && PhraseTable.hasForm(tl, t, ATTEMPT);   // "لمحاولة" too
    }

    /** "طائراته", "صواريخها": a weapon noun with a possessive pronoun (the surface without it is a weapon). */
    static boolean possessedInstrument(TextLayer tl, int p) {
        String n = tl.surfaceNorm(p);
        for (String suffix : new String[] {"هما", "هم", "ها", "ه"}) {
            if (n.length() > suffix.length() + 2 && n.endsWith(suffix) && RoleWords.isForm(n.substring(0, n.length() - suffix.length()), RoleWords.INSTRUMENT)) return true;
        }
        return false;
    }

    /**
     * A noun carrying a possessive pronoun: "مساعدتها", "حملتهم" (the stem's end marks plural and feminine
     * endings of nouns too, and a masculine ه is ة in normalised text, so only the surface's ها/هم/هما/هن count).
     */
    static boolean possessed(TextLayer tl, int t) {
        if (t < 0) return false;
        String n = tl.surfaceNorm(t);
        return n.length() >= 5 && (n.endsWith("ها") || n.endsWith("هم") || n.endsWith("هما") || n.endsWith("هن"));
    }

    /** "هجوما", "غارة جوية" after a verb: a noun with the accusative tanwin alif (the stem has none). */
    static boolean indefiniteNoun(TextLayer tl, int t) {
        String n = tl.surfaceNorm(t);
        if (n.length() < 4 || !n.endsWith("ا") || (tl.proclitics(t) & TextLayer.AL) != 0 || n.startsWith("ال") || n.startsWith("وال")) return false;
        // not a long vowel of the word itself: "هدايا", "رعايا", "مصادرنا", "منها", "عليها"
        return !n.endsWith("اا") && !n.endsWith("ها") && !n.endsWith("نا") && !n.endsWith("ما") && !n.endsWith("يا") && !ADVERBS.contains(n)
                && !UnitWords.isFunction(n);
    }

    /** As below, but not a name that begins with ب: "اتهمت الهند باكستان"، "بريطانيا"، "بيروت" (a unit starts there). */
    static boolean ofTheAct(TextLayer tl, int t, List<Unit> units) {
        for (Unit u : units) if (u.first() == t || u.at() == t) return false;
        return ofTheAct(tl, t);
    }

    /** "بتفجير", "بشن", "بالتخطيط": بـ + a noun (not "بحسب"), what an accusation is of. */
    static boolean ofTheAct(TextLayer tl, int t) {
        String n = tl.surfaceNorm(t);
        if (!UnitWords.isWord(tl, t) || n.startsWith("بحسب") || n.equals("بان") || n.startsWith("بانه") || n.startsWith("بانها")) return false;
        return (tl.proclitics(t) & TextLayer.BI) != 0 || n.startsWith("ب") && n.length() > 3 && !UnitWords.isFunction(n);
    }

    /** Nouns of demands, whose من names the one asked (12 مطلبا أميركيا من إيران): cue class {@code demand-noun}. */
    static final Set<String> DEMAND_NOUNS = CueWords.set("demand-noun");

    /** Time words that may stand between a verb and its subject or count: "قتل أمس", "قتل أول من أمس". */
    static final Set<String> TIME_WORDS = CueWords.set("time-word");

    /** Adverbs with the accusative alif that are no object: "قتل صباحا", "اغتيل مجددا". */
    static final Set<String> ADVERBS = CueWords.set("adverb");

    /**
     * "أن مفرزة خاصة اختطفت بعد منتصف الليل مزارعا": an indefinite accusative noun (مزارعا، مدرسا) or a count
     * after the verb is its object, so the verb is active and the noun before it its subject.
     */
    static boolean indefiniteObjectAfter(TextLayer tl, List<Unit> units, int te, int cb) {
        for (int p = te; p < Math.min(cb, te + 6); p++) {
            String n = tl.surfaceNorm(p);
            if (n.isEmpty() || !Character.isLetterOrDigit(n.charAt(0))) return false;
            // "أن جنديا أميركيا قتل وأصيب 10 آخرون": a و right after the verb joins the next clause; the count is its
            if (p == te && (tl.proclitics(p) & TextLayer.WA) != 0) return false;
            if (Character.isDigit(n.charAt(0))) return true;
            if ((tl.proclitics(p) & (TextLayer.BI | TextLayer.LI | TextLayer.WA | TextLayer.AL)) != 0 || n.startsWith("ال")) continue;
            if (p > te && UnitWords.PREPS.contains(tl.surfaceNorm(p - 1))) continue;   // "في أوكرانيا": a preposition's noun
            boolean named = false;   // a name ending in alif (روسيا، أوكرانيا) is no accusative
            for (Unit u : units) named |= u.first() <= p && p < u.end();
            if (named) continue;
            if (n.length() >= 4 && n.endsWith("ا") && !n.endsWith("اا") && !n.endsWith("ها") && !n.endsWith("نا") && !n.endsWith("ما") && !ADVERBS.contains(n) && !UnitWords.isFunction(n)) return true;
        }
        return false;
    }

    /** Connectives that name the cause of a toll: "قتل جندي جراء قصف إسرائيلي" — the cause's party did it. */
    static final Set<String> CAUSAL = CueWords.set("causal");

    /** A causal connective at most five words before {@code at}: "نتيجة سقوط قذيفة هاون تركية على منزله". */
    static boolean causalBefore(TextLayer tl, int at, int from) {
        for (int p = at - 1; p >= Math.max(from, at - 6); p--) {
            if (CAUSAL.contains(tl.surfaceNorm(p)) || CAUSAL.contains(tl.norm(p))) return true;
        }
        return false;
    }

    static final Set<String> COMPLEMENTISERS = CueWords.set("complementiser-bare");

    /** A verb carrying an object pronoun: "حشدتها", "قصفته", "نفذوه" (the segmenter does not always split it). */
    static boolean objectPronoun(TextLayer tl, int t) {
        if (tl.stemEnd(t) < tl.tokenEnd(t)) return true;
        String n = tl.surfaceNorm(t);
        if (n.length() < 4) return false;
        int pf = tl.proclitics(t);   // the conjunction and the future prefix are not letters of the verb
        if ((pf & (TextLayer.WA | TextLayer.FA)) != 0 && n.length() > 1 && (n.charAt(0) == 'و' || n.charAt(0) == 'ف')) n = n.substring(1);
        if ((pf & TextLayer.SA) != 0 && n.length() > 1 && n.charAt(0) == 'س') n = n.substring(1);
        // at least three letters of the verb before the pronoun: "تتهمها" has one, "تتهم" (accuses) has none
        for (String suffix : new String[] {"هما", "ها", "هم", "هن"}) if (n.endsWith(suffix)) return n.length() - suffix.length() >= 3;
        return n.endsWith("ته") || n.endsWith("وه");
    }
    static final Set<String> RELATIVES = CueWords.set("relative");

    /** "حركة الشباب، فرع القاعدة في الصومال، قد تبنت": an apposition set off by a comma right after the subject. */
    static boolean appositionBetween(TextLayer tl, int from, int to) {
        int p = from;
        while (p < to && isQuote(tl.surfaceNorm(p))) p++;   // «كتائب القسام»، ...
        if (p >= to) return false;
        String n = tl.surfaceNorm(p);
        return n.equals(",") || n.length() == 2 && isQuote(n.substring(0, 1)) && n.charAt(1) == ',';
    }

    static boolean isQuote(String n) {
        return n.equals("»") || n.equals("«") || n.equals("\"") || n.equals("”") || n.equals("“");
    }

    static boolean relativeBetween(TextLayer tl, int from, int to) {
        if (from >= to) return false;
        String n = tl.surfaceNorm(from);
        return n.equals("التي") || n.equals("الذي") || n.equals("الذين") || n.equals("اللذين") || n.equals("اللتين");
    }

    /** "قتل 36 ..." / "قتل ثلاثة ..." / "قتل عشرات ...": the verb is passive with its count after it. */
    static boolean startsWithNumber(TextLayer tl, int t) {
        String n = tl.surfaceNorm(t);
        if (n.isEmpty()) return false;
        if (Character.isDigit(n.charAt(0))) return true;
        return NUMBER_WORDS.contains(n) || NUMBER_WORDS.contains(tl.norm(t));
    }

    static final Set<String> NUMBER_WORDS = CueWords.set("count-word");

    private static final Set<String> ATTRIBUTED = CueWords.set("attributed");

    /**
     * The party an act noun ending at {@code te} is attributed to: "نسب إلى X"، "تنسب إلى X" within a
     * few words after it (adjectives, one comma), X a party phrase right after إلى; else null.
     */
    static Unit attributedTo(TextLayer tl, List<Unit> units, boolean[] usable, int te, int end) {
        boolean comma = false;
        for (int p = te; p + 2 < end && p < te + 4; p++) {
            String w = tl.surfaceNorm(p);
            if (w.equals(",")) {   // the normaliser writes the Arabic comma so
                if (comma) return null;
                comma = true;
                continue;
            }
            if (!ATTRIBUTED.contains(w) && !ATTRIBUTED.contains(tl.norm(p))) {
                if (!UnitWords.isWord(tl, p) || UnitWords.isFunction(w)) return null;
                continue;
            }
            return isIla(tl, p + 1) ? partyAt(units, usable, p + 2) : null;
        }
        return null;
    }

    private static boolean isIla(TextLayer tl, int p) { return tl.norm(p).equals("الي") || tl.surfaceNorm(p).equals("الي"); }

    /** The usable party phrase that begins at token {@code first}, or null. */
    private static Unit partyAt(List<Unit> units, boolean[] usable, int first) {
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.first() == first && usable[k] && u.party(true)) return u;
        }
        return null;
    }

    /** A verb of attribution ({@code attributed}) a few words before the act noun at {@code ts}, in its clause. */
    static boolean attributionVerbBefore(TextLayer tl, int ts, int ca) {
        for (int p = ts - 1; p >= Math.max(ca, ts - 5); p--) if (ATTRIBUTED.contains(tl.surfaceNorm(p)) || ATTRIBUTED.contains(tl.norm(p))) return true;
        return false;
    }

    /** The party phrase right after "إلى" within two words after the act noun ending at {@code te}; else null. */
    static Unit partyAfterIla(TextLayer tl, List<Unit> units, boolean[] usable, int te, int cb) {
        for (int p = te; p < Math.min(cb, te + 3); p++) if (isIla(tl, p)) return partyAt(units, usable, p + 1);
        return null;
    }

    /** Tokens of the parenthesised asides among the eight tokens before {@code ts} (not before {@code ca}). */
    static int parenthesisBefore(TextLayer tl, int ts, int ca) {
        int inside = 0, close = -1;
        for (int p = ts - 1; p >= Math.max(ca, ts - 20); p--) {
            String w = tl.surfaceNorm(p);
            if (w.equals(")")) close = p;
            else if (w.equals("(") && close > p) { inside += close - p + 1; close = -1; }
        }
        return inside;
    }

    /**
     * The weapon or attack noun (role-words.tsv, instrument) that is the subject of the verb at
     * {@code ts}: at most two adjectives between ("صاروخا مجنحا استهدف", "بقذيفة مدفعية روسية
     * استهدفت"); -1 when there is none. A verb opening a new clause with و/ف has a subject of its own.
     */
    static int instrumentBefore(TextLayer tl, int ts, int ca) {
        if ((tl.proclitics(ts) & (TextLayer.WA | TextLayer.FA)) != 0 || tl.surfaceNorm(ts).startsWith("و")) return -1;
        for (int p = ts - 1, k = 0, skipped = 0; p >= ca && k < 3; p--, k++) {
            // "هجوم "انتحاري" استهدف": quotation marks around a word are no boundary
            if (isQuote(tl.surfaceNorm(p))) { k--; continue; }
            // "هجوم كبير عام 2015 استهدف القنصلية", "غارة الخميس استهدفت": the act's time stands between
            if (skipped < 4 && timeFiller(tl, p)) { k--; skipped++; continue; }
            if (!UnitWords.isWord(tl, p)) return -1;
            if (RoleWords.is(tl, p, RoleWords.INSTRUMENT)) return p;
            // "ضربة جوية في الصومال استهدفت": and so does where it struck, في and a place
            if (skipped < 4 && p - 1 > ca && tl.surfaceNorm(p - 1).equals("في")) { p--; k--; skipped += 2; continue; }
            String n = tl.surfaceNorm(p);
            if (UnitWords.isFunction(n) || UnitWords.isFunction(tl.norm(p)) || (tl.proclitics(p) & TextLayer.WA) != 0) return -1;
        }
        return -1;
    }

    /** A year or day number, or a word of time other than من: "عام"، "2015"، "الخميس"، "مساء". */
    private static boolean timeFiller(TextLayer tl, int p) {
        String n = tl.surfaceNorm(p);
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) return true;
        if (n.equals("من")) return false;
        return n.equals("عام") || n.equals("العام") || TIME_WORDS.contains(n) || TIME_WORDS.contains(tl.norm(p));
    }

}
