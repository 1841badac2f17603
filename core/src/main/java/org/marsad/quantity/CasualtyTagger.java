package org.marsad.quantity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.quantity.QuantityLexicon.Qualifier;
import org.marsad.quantity.QuantityLexicon.Trigger;
import org.marsad.quantity.QuantityTagger.Figure;

/**
 * Finds casualty figures: who was killed, injured, captured or went missing, how many (the spec's
 * Size with qualifiers and vague words applied) and who the victims are. The phrases it reads:
 * <ul>
 *   <li>a verbal noun or verb, then the figure and the victims: "مقتل 14 جنديا على الأقل من الجيش
 *       الكونغولي", "أصيب 12 مدنيا", "اعتقلت الشرطة 20 متظاهرا", "مقتل جندي" (one);</li>
 *   <li>a figure, then a counted noun: "30 قتيلا و50 جريحا", "عشرات القتلى", "قتيلان" (two);</li>
 *   <li>a split verb phrase: "لقي 5 أشخاص حتفهم", "وقع 3 جنود في الأسر";</li>
 *   <li>a toll: "ارتفع عدد القتلى إلى 50";</li>
 *   <li>two kinds with one figure or none ("مقتل وإصابة 20 شخصا", "قتلى وجرحى"): both, size null.</li>
 * </ul>
 * Words are data: {@code quantity/casualties.tsv}, {@code quantity/victims.tsv}. Thread-safe.
 */
public final class CasualtyTagger {
    private static final int MAX_GAP = 3, MAX_GAP_WITH_TIME = 6, SPLIT_WINDOW = 8, TOLL_WINDOW = 12;


    record Found(List<Casualty> casualties, int end) {}

    private final QuantityLexicon lex;
    private final QuantityTagger figures;
    private final VictimReader reader;
    private final SubjectVictimReader subjectVictim;
    private final NoCasualtyReader noCasualty;

    public CasualtyTagger() {
        this.lex = QuantityLexicon.defaults();
        this.figures = new QuantityTagger(lex);
        this.reader = new VictimReader(lex, figures);
        this.subjectVictim = new SubjectVictimReader(lex, figures, reader);
        this.noCasualty = new NoCasualtyReader(lex);
    }

    /** All casualty phrases of {@code text} in text order. */
    public List<Casualty> tag(String text) {
        return tag(text, 0, text.length());
    }

    /** The casualty phrases inside {@code text[from, to)} (a sentence), with offsets into the whole text. */
    public List<Casualty> tag(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int limit = t.firstAtOrAfter(to);
        List<Casualty> out = new ArrayList<>();
        int i = t.firstAtOrAfter(from), floor = i;
        while (i < limit) {
            Found f = at(t, i, limit, floor);
            if (f == null) { i++; continue; }
            out.addAll(f.casualties());
            i = floor = Math.max(i + 1, f.end());
            Found other = opposite(t, f, limit);
            if (other != null) { out.addAll(other.casualties()); i = floor = other.end(); }
        }
        return out;
    }

    /** The phrase at token i; {@code floor}: tokens before it belong to a phrase already found. */
    private Found at(Tokens t, int i, int limit, int floor) {
        Found f = toll(t, i, limit);
        // Every other reader starts with a figure or a word of a quantity lexicon (the range opener
        // "ما بين" too): a word with no reading in any, most words, starts nothing.
        if (f != null || !(t.lexical(i) || t.isDigits(i) || t.text(i).equals("بين") || t.text(i).equals("ما"))) return f;
        f = trigger(t, i, limit, floor);
        if (f == null) f = countedNoun(t, i, limit);
        if (f == null) f = subjectVictim.at(t, i, limit);
        if (f == null) f = noCasualty.at(t, i, limit);
        return f;
    }

    /**
     * The other side's toll told against the first: "قتل 45 جنديا من الجيش مقابل 27 مسلحا من
     * المتمردين" — a second figure of the same kind after مقابل (a few words of the victims phrase may
     * stand before it), its own victims after it.
     */
    private Found opposite(Tokens t, Found f, int limit) {
        if (f.casualties().isEmpty()) return null;
        Casualty last = f.casualties().get(f.casualties().size() - 1);
        if (last.size() == null || last.size().best() == null || last.size().best() == 0) return null;
        for (int j = f.end(); j < Math.min(limit, f.end() + 4); j++) {
            if (t.isPunct(j) || t.isDigits(j)) return null;
            if (!t.text(j).equals("مقابل") && !t.text(j).equals("ومقابل")) continue;
            Figure fig = plausible(t, figures.figure(t, j + 1, limit), limit, true);
            if (fig == null) return null;
            VictimReader.Victims v = reader.victims(t, fig.numberEnd(), limit, true);
            int end = v != null ? v.end() : fig.numberEnd();
            Size size = fig.size();
            Qualifier post = figures.postQualifier(t, end, limit);
            if (post != null) { size = QuantityTagger.apply(size, fig.vague(), post.effect()); end += post.tokens().length; }
            else if (v != null && v.post() != null) size = QuantityTagger.apply(size, fig.vague(), v.post().effect());
            return new Found(List.of(casualty(t, j + 1, end, last.kind(), size, v)), end);
        }
        return null;
    }

    private Casualty casualty(Tokens t, int startTok, int endTok, CasualtyKind kind, Size size, VictimReader.Victims v) {
        String victims = v == null ? null : t.original.substring(t.start(v.start()), t.end(v.end() - 1));
        return new Casualty(t.start(startTok), t.end(endTok - 1), kind, size, victims, v == null ? null : v.code());
    }

    private Found trigger(Tokens t, int i, int limit, int floor) {
        Trigger trig = null;
        int e = -1;
        boolean verb = false;
        List<Trigger> cands = QuantityLexicon.startingAt(lex.triggersByFirst, t, i);
        if (cands.isEmpty()) return null;
        cands = new ArrayList<>(cands);
        cands.sort(java.util.Comparator.comparingInt((Trigger tr) -> -tr.tokens().length));
        for (Trigger tr : cands) {
            int x = QuantityLexicon.matchAt(t, i, tr.tokens());
            if (x < 0 || x > limit) continue;
            if (trig == null) { trig = tr; e = x; }
            if (x == e && tr.kind() == trig.kind() && tr.role().equals("VERB")) verb = true;
            if (x == e && tr.role().equals("SPLIT")) { trig = tr; break; }
        }
        if (trig == null) return null;
        if (trig.role().equals("SPLIT")) return split(t, i, e, trig, limit);
        // "مقتل وإصابة 20 شخصا", "قتل وجرح": one figure for two kinds cannot be divided.
        Trigger second = conjoined(t, e, limit, trig.kind());
        if (second != null) {
            int e2 = e + (t.text(e).equals("و") ? 1 : 0) + second.tokens().length;
            Figure fig = figures.figure(t, e2, limit);
            int after = fig != null ? fig.numberEnd() : e2;
            VictimReader.Victims v = reader.victims(t, after, limit, fig != null);
            int end = v != null ? v.end() : after;
            if (fig != null && v != null && lex.others.contains(t.text(v.start()))) {
                // "3 جنود قتلوا وأصيب خمسة آخرون": the figure with "others" is the second kind's alone.
                Casualty first = lookBack(t, i, e, trig.kind(), floor);
                Casualty second2 = casualty(t, e2 - second.tokens().length, end, second.kind(), fig.size(), v);
                return new Found(first == null ? List.of(second2) : List.of(first, second2), end);
            }
            return new Found(List.of(casualty(t, i, end, trig.kind(), null, v), casualty(t, i, end, second.kind(), null, v)), end);
        }
        boolean agent = verb && fig0(t, e, limit) == null && e < limit && QuantityLexicon.contains(lex.agents, t, e);
        Figure fig = plausible(t, figures.figure(t, e, limit), limit, false);
        int after0 = -1;
        // ("وأصيب طفل وامرأتان": a singular victim right after the verb, joined to more, is the victims itself)
        boolean victimFirst = e + 1 < limit && t.text(e + 1).startsWith("و") && VictimReader.nounSize(reader.victims(t, e, limit, false)) != null;
        if (fig == null && verb && !victimFirst) {
            // The subject may stand between a verb and its figure: "قتلت القوات 5 مسلحين".
            // Time words may stand there too: "وقتل صباح السبت مدنيين اثنين", "قتل ليلة أمس 5".
            int words = 0, timeWords = 0;
            for (int g = 1; g <= MAX_GAP_WITH_TIME && fig == null && e + g < limit; g++) {
                int w = e + g - 1;
                if (SPAN_HEADS.contains(t.text(w))) { fig = afterTimePhrase(t, w + 1, limit); break; }
                // "وقتلت الشرطة في هذه الاحتجاجات 31 متظاهرا": a place or occasion after the subject
                if (words > 0 && PLACE_HEADS.contains(t.text(w))) { fig = afterTimePhrase(t, w + 1, limit); break; }
                boolean time = QuantityLexicon.contains(lex.timeWords, t, w);
                if (t.isPunct(w) || t.isDigits(w) || (!time && lex.stops.contains(t.text(w))) || reader.startsTrigger(t, w, limit)) break;
                if (time) timeWords++; else words++;
                if (words > MAX_GAP) break;
                fig = plausible(t, figures.figure(t, e + g, limit), limit, timeWords == 0);
                if (fig == null) {
                    // After time words the victims may come first ("مدنيين اثنين"); a dual is its own figure
                    // ("قتل خلالها فلسطينيان").
                    VictimReader.Victims v0 = reader.victims(t, e + g, limit, false);
                    if (v0 != null && ((timeWords > 0 && words == 0) || "D".equals(v0.number()))) { after0 = e + g; break; }
                }
            }
        }
        int after = fig != null ? fig.numberEnd() : after0 >= 0 ? after0 : agent ? e + 1 : e;
        VictimReader.Victims v = reader.victims(t, after, limit, fig != null);
        if (fig == null && v != null) {
            // The figure after the noun: "مدنيين اثنين".
            Figure f2 = figures.figure(t, v.start() + 1, limit);
            int n = v.start() + 1;
            if (f2 == null && n < limit && t.text(n).startsWith("ال")) {
                // A definite number after the noun: "مقتل الفلسطينيين الأربعة".
                QuantityLexicon.NumberWord nw = lex.numberWords().get(t.text(n).substring(2));
                if (nw != null && nw.kind().equals("WORD")) f2 = new Figure(n, n + 1, n + 1, Size.exactly((int) nw.value()), false);
            }
            if (f2 != null && !f2.vague()) { fig = f2; v = new VictimReader.Victims(v.start(), f2.numberEnd(), v.number(), v.code(), null); }
        }
        // "احتجاز أخرى": "others" names no victims without a figure.
        if (fig == null && v != null && lex.others.contains(t.text(v.start()))) v = null;
        if (fig == null && v == null) {
            // "ثلاثة جنود قتلوا": the figure and victims before the verb.
            Casualty back = verb ? lookBack(t, i, e, trig.kind(), floor) : null;
            return back == null ? null : new Found(List.of(back), e);
        }
        // "قتل ضابط وجندي", "أصيب طفل وامرأتان": singular and dual victims joined by و count together
        int[] joined = fig == null ? reader.joined(t, v, limit) : null;
        if (joined != null) v = new VictimReader.Victims(v.start(), joined[1], "P", v.code(), null);
        int end = v != null ? v.end() : after;
        Size size = fig != null ? fig.size() : joined != null ? Size.exactly(joined[0]) : VictimReader.nounSize(v);
        Qualifier post = figures.postQualifier(t, end, limit);
        if (post != null && fig != null) {
            size = QuantityTagger.apply(size, fig.vague(), post.effect());
            end += post.tokens().length;
        } else if (v != null && v.post() != null && fig != null) {
            size = QuantityTagger.apply(size, fig.vague(), v.post().effect());
        }
        return new Found(List.of(casualty(t, i, end, trig.kind(), size, v)), end);
    }

    /** Heads of a time phrase that may stand between a casualty verb and its figure. */
    private static final java.util.Set<String> SPAN_HEADS = java.util.Set.of("منذ", "خلال", "طوال", "طيله");
    private static final int TIME_PHRASE = 8;
    /** Prepositions of place or occasion that may stand, with their phrase, between a verb's subject and its figure. */
    private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("في", "خلال", "اثناء");

    /**
     * "وقتل منذ اندلاع المعارك في 3 أيار/مايو 45 مسلحا", "قتل خلال الأسبوع الماضي 20 شخصا": the
     * figure after a time phrase, the first one in the clause that counts a victim noun (a date's
     * day is followed by its month, which counts nothing).
     */
    private Figure afterTimePhrase(Tokens t, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + TIME_PHRASE); k++) {
            if (t.isPunct(k) && !t.text(k).equals("/")) return null;
            if (reader.startsTrigger(t, k, limit)) return null;
            Figure f = plausible(t, figures.figure(t, k, limit), limit, true);
            if (f != null && reader.victims(t, f.numberEnd(), limit, false) != null) return f;
        }
        return null;
    }

    private Figure fig0(Tokens t, int e, int limit) {
        return plausible(t, figures.figure(t, e, limit), limit, false);
    }

    /** A figure and victims right before a verb ("ثلاثة جنود قتلوا"), as a casualty up to the verb's end. */
    private Casualty lookBack(Tokens t, int i, int e, CasualtyKind kind, int floor) {
        int v0 = i;
        // "قد قتلوا": the particle of the perfect stands between the subject and its verb
        if (v0 - 1 >= floor && t.text(v0 - 1).equals("قد")) v0--;
        Casualty c = lookBack(t, v0, i, e, kind, floor);
        if (c != null || v0 - 1 < floor || !t.text(v0 - 1).equals(",")) return c;
        // "إن 14 قرويا على الأقل، بينهم طفلان، قد قتلوا": an aside set off by commas after the victims
        for (int j = v0 - 2; j >= Math.max(floor, v0 - 2 - ASIDE); j--) {
            if (!t.text(j).equals(",")) continue;
            if (!ASIDE_HEADS.contains(t.text(j + 1))) return null;
            return lookBack(t, j, i, e, kind, floor);
        }
        return null;
    }

    private static final int ASIDE = 8;
    /** Words that open an aside about the victims: "بينهم", "معظمهم", "غالبيتهم". */
    private static final java.util.Set<String> ASIDE_HEADS = java.util.Set.of("بينهم", "منهم", "معظمهم", "غالبيتهم", "اغلبهم", "بينهن", "وبينهم");

    /** The figure and victims ending right before token {@code before} (after a qualifier such as "على الأقل"). */
    private Casualty lookBack(Tokens t, int before, int i, int e, CasualtyKind kind, int floor) {
        for (int j = before - 1; j >= Math.max(floor, before - 5); j--) {
            if (t.isPunct(j)) return null;
            Figure f = figures.figure(t, j, before);
            if (f == null) continue;
            VictimReader.Victims v = reader.victims(t, f.numberEnd(), before, true);
            if (v == null) continue;
            Size size = f.size();
            int end = v.end();
            Qualifier post = figures.postQualifier(t, end, before);
            if (post != null) { size = QuantityTagger.apply(size, f.vague(), post.effect()); end += post.tokens().length; }
            else if (v.post() != null) size = QuantityTagger.apply(size, f.vague(), v.post().effect());
            // Up to two words may close the victims phrase before the verb: "18 من مسلحي الميليشيات قتلوا".
            if (end <= before && before - end <= 2 && VictimReader.noPunct(t, end, before)) return casualty(t, j, e, kind, size, v);
        }
        return null;
    }

    /** A trigger of another kind joined by و right after position e, or null. */
    private Trigger conjoined(Tokens t, int e, int limit, CasualtyKind kind) {
        if (e >= limit) return null;
        int j = t.text(e).equals("و") ? e + 1 : e;
        if (j >= limit || (j == e && !t.text(e).startsWith("و"))) return null;
        for (Trigger tr : lex.triggers) {
            if (tr.kind() == kind || tr.role().equals("SPLIT")) continue;
            String w = j == e ? t.text(e).substring(1) : t.text(j);
            if (tr.tokens().length == 1 && Tokens.variants(w).contains(tr.tokens()[0])) return tr;
        }
        return null;
    }

    /**
     * Keeps a figure only when it can count people: not a year or a distance ("مقتل 3 كم"?), and,
     * when {@code needNoun}, only if a victim or counted noun follows it.
     */
    private Figure plausible(Tokens t, Figure f, int limit, boolean needNoun) {
        if (f == null) return null;
        int n = f.numberEnd();
        if (n < limit && QuantityLexicon.contains(lex.notCount, t, n)) return null;
        boolean noun = n < limit && (reader.victims(t, n, limit, !needNoun) != null || QuantityLexicon.lookup(lex.after, t, n) != null
                || QuantityLexicon.lookup(lex.afterPlural, t, n) != null);
        if (needNoun && !noun) return null;
        Integer best = f.size() == null ? null : f.size().best();
        boolean yearLike = best != null && best >= 1900 && best <= 2100 && t.isDigits(f.numberEnd() - 1)
                && t.text(f.numberEnd() - 1).length() == 4;
        if (yearLike && !noun) return null;
        if (n < limit && !noun && !t.isPunct(n) && !t.text(n).startsWith("و") && !lex.stops.contains(t.text(n))
                && !QuantityLexicon.contains(lex.stops, t, n)) return null;
        return f;
    }

    private Found split(Tokens t, int i, int e, Trigger trig, int limit) {
        for (int p = e; p < Math.min(limit, e + SPLIT_WINDOW); p++) {
            if (t.text(p).equals(".")) return null;
            for (String[] end : trig.ends()) {
                int x = QuantityLexicon.matchAt(t, p, end);
                if (x < 0 || x > limit) continue;
                Figure fig = figures.figure(t, e, p);
                VictimReader.Victims v = reader.victims(t, fig != null ? fig.numberEnd() : e, p, fig != null);
                if (fig == null && v == null) return null;
                Size size = fig != null ? fig.size() : VictimReader.nounSize(v);
                return new Found(List.of(casualty(t, i, x, trig.kind(), size, v)), x);
            }
        }
        return null;
    }

    /** "36 قتيلا", "عشرات الجرحى", "قتيلان", "سقوط قتيل", "قتلى وجرحى". */
    private Found countedNoun(Tokens t, int i, int limit) {
        Figure fig = figures.figure(t, i, limit);
        int n = fig != null ? fig.numberEnd() : i;
        if (n >= limit) return null;
        // Token-index lookups: the clitic readings of token n are computed once per text.
        CasualtyKind kind = QuantityLexicon.lookup(lex.after, t, n);
        boolean plural = false;
        if (kind == null) { kind = QuantityLexicon.lookup(lex.afterPlural, t, n); plural = kind != null; }
        Size size;
        CasualtyKind dual;
        if (kind != null && fig != null) {
            size = fig.size();
        } else if (fig == null && (dual = QuantityLexicon.lookup(lex.dual, t, n)) != null) {
            kind = dual;
            size = Size.exactly(2);
        } else if (fig == null && kind != null && i > 0 && isCue(t, i)) {
            size = plural ? null : Size.exactly(1);
        } else {
            return null;
        }
        int end = n + 1;
        List<Casualty> out = new ArrayList<>();
        if (fig != null && end < limit) {
            // "88 قتيلا وجريحا": one figure for two kinds cannot be divided (spec §2), as "مقتل وإصابة 20"
            String nx = t.text(end).equals("و") && end + 1 < limit ? t.text(end + 1) : t.text(end).startsWith("و") ? t.text(end).substring(1) : null;
            CasualtyKind k2 = nx == null ? null : QuantityLexicon.lookup(lex.after, nx);
            // "عشرات القتلى والجرحى": a vague word before the plural nouns counts both kinds together too
            if (k2 == null && nx != null && plural) k2 = QuantityLexicon.lookup(lex.afterPlural, nx);
            if (k2 != null && k2 != kind) {
                end += t.text(end).equals("و") ? 2 : 1;
                return new Found(List.of(casualty(t, i, end, kind, null, null), casualty(t, i, end, k2, null, null)), end);
            }
        }
        // "قتلى وجرحى" with no figure: both kinds, no size.
        if (fig == null && plural && end + 1 <= limit) {
            String nx = t.text(end).equals("و") && end + 1 < limit ? t.text(end + 1) : t.text(end).startsWith("و") ? t.text(end).substring(1) : null;
            CasualtyKind k2 = nx == null ? null : QuantityLexicon.lookup(lex.afterPlural, nx);
            if (k2 != null && k2 != kind) {
                end += t.text(end).equals("و") ? 2 : 1;
                out.add(casualty(t, i, end, k2, null, null));
            }
        }
        VictimReader.Victims v = end < limit && t.text(end).equals("من") ? reader.victims(t, end, limit, true) : null;
        if (v != null) end = v.end();
        Qualifier post = figures.postQualifier(t, end, limit);
        if (post != null && fig != null) {
            size = QuantityTagger.apply(size, fig.vague(), post.effect());
            end += post.tokens().length;
        }
        out.add(0, casualty(t, i, end, kind, size, v));
        return new Found(out, end);
    }

    private boolean isCue(Tokens t, int i) {
        if (QuantityLexicon.contains(lex.cues, t, i - 1)) return true;
        return i > 1 && lex.cues.contains(t.text(i - 2) + " " + t.text(i - 1));
    }

    /** "ارتفع عدد القتلى إلى 50", "بلغت حصيلة الضحايا 30 قتيلا". */
    private Found toll(Tokens t, int i, int limit) {
        // every reading of a word ends as the word does (clitics go from its front), so a word that
        // ends in neither head has no reading that is one: the common case, tested without the readings
        String w = t.text(i);
        if (!w.endsWith("عدد") && !w.endsWith("حصيله")) return null;
        List<String> vs = t.variants(i);
        if (!vs.contains("عدد") && !vs.contains("حصيله")) return null;
        CasualtyKind kind = null;
        int k = i + 1;
        for (; k < Math.min(limit, i + 3) && kind == null; k++) {
            kind = QuantityLexicon.lookup(lex.afterPlural, t, k);
            if (kind == null) kind = QuantityLexicon.lookup(lex.after, t, k);
        }
        if (kind == null) return null;
        for (int j = k; j < Math.min(limit, k + TOLL_WINDOW); j++) {
            // The search ends with the sentence; dates on the way ("منذ 18 شباط") are no tolls.
            if (t.isPunct(j) && ".;:!?".contains(t.text(j))) return null;
            Figure fig = plausible(t, figures.figure(t, j, limit), limit, false);
            if (fig == null) continue;
            int end = fig.numberEnd();
            VictimReader.Victims v = null;
            if (end < limit && (QuantityLexicon.lookup(lex.after, t, end) != null
                    || QuantityLexicon.lookup(lex.afterPlural, t, end) != null)) end++;
            else if ((v = reader.victims(t, end, limit, false)) != null) end = v.end();
            Size size = fig.size();
            Qualifier post = figures.postQualifier(t, end, limit);
            if (post != null) { size = QuantityTagger.apply(size, fig.vague(), post.effect()); end += post.tokens().length; }
            else if (v != null && v.post() != null) size = QuantityTagger.apply(size, fig.vague(), v.post().effect());
            // "إلى نحو 60 شخصا بين جريح وقتيل": one figure for two kinds cannot be divided (spec §2)
            CasualtyKind[] mixed = betweenKinds(t, end, limit);
            if (mixed != null) {
                int e2 = end + (t.text(end + 2).equals("و") ? 4 : 3);
                return new Found(List.of(casualty(t, i, e2, mixed[0], null, v), casualty(t, i, e2, mixed[1], null, v)), e2);
            }
            return new Found(List.of(casualty(t, i, end, kind, size, v)), end);
        }
        return null;
    }

    /** "بين جريح وقتيل", "بين قتيل و جريح" at token j: the two kinds one figure counts together, or null. */
    private CasualtyKind[] betweenKinds(Tokens t, int j, int limit) {
        if (j + 2 >= limit || !t.text(j).equals("بين")) return null;
        CasualtyKind a = countedKind(t.text(j + 1));
        String second = t.text(j + 2).startsWith("و") && t.text(j + 2).length() > 2 ? t.text(j + 2).substring(1) : null;
        if (second == null && t.text(j + 2).equals("و") && j + 3 < limit) second = t.text(j + 3);
        CasualtyKind b = second == null ? null : countedKind(second);
        return a != null && b != null && a != b ? new CasualtyKind[] {a, b} : null;
    }

    private CasualtyKind countedKind(String w) {
        CasualtyKind k = QuantityLexicon.lookup(lex.after, w);
        return k != null ? k : QuantityLexicon.lookup(lex.afterPlural, w);
    }
}
