package org.marsad.event;

import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;
import org.marsad.time.FutureVerbs;

/**
 * Readings that decide an event's status beside the modality lexicon (spec §2: asserted, claimed,
 * planned, hypothetical, negated): future verbs, where a quoted report ends, which sources the
 * outlet takes as fact, which frame words are impersonal. Used by {@link SentenceReader}.
 */
final class StatusCues {
    private StatusCues() {}

    private static final Set<String> COMPLEMENTISERS = CueWords.set("report-opener");
    /** "ويعتبر هذا الهجوم الأعنف": the passive "is considered" with a demonstrative subject. */
    private static final Set<String> CONSIDERED = CueWords.set("considered");
    private static final Set<String> DEMONSTRATIVES = CueWords.set("demonstrative");
    /** Prepositions that tie an official to the body he serves: "ضابط بالشرطة", "مسؤول في الوزارة". */
    private static final Set<String> AFFILIATION = CueWords.set("affiliation");

    /** A future verb of the time lexicon in tokens {@code [from, to)}: "ستعود العقوبات", "ستعيد فرض عقوبات". */
    static boolean futureVerbIn(TextLayer tl, int from, int to) {
        for (int p = from; p < to; p++) if (FutureVerbs.contains(tl.surfaceNorm(p))) return true;
        return false;
    }

    /**
     * The whole report is quoted and the quote closes before the trigger: "وقال دبلوماسي "إن إيران
     * تنتهك القرار" الذي دعاها إلى ..." — what follows the closing mark is the outlet's own text.
     * The quote must open the reported clause (before its complementiser, or after a colon), so a
     * quoted phrase inside the report ("قال إن "القوات الخاصة" قصفت") does not end it.
     */
    static boolean quoteClosedBefore(TextLayer tl, int from, int trigger) {
        int open = -1;
        for (int p = from; p < Math.min(trigger - 1, from + 8) && open < 0; p++) {
            if (!isQuote(tl.surfaceNorm(p), true)) continue;
            boolean opensReport = COMPLEMENTISERS.contains(tl.surfaceNorm(p + 1)) || p > 0 && tl.surfaceNorm(p - 1).equals(":");
            if (!opensReport) return false;
            open = p;
        }
        if (open < 0) return false;
        for (int p = open + 2; p < trigger; p++) if (isQuote(tl.surfaceNorm(p), false)) return true;
        return false;
    }

    private static boolean isQuote(String w, boolean opening) {
        if (w.isEmpty()) return false;
        char c = w.charAt(0);
        if (c == '"') return true;
        return opening ? c == '«' || c == '“' : c == '»' || c == '”';
    }

    /** "ويعتبر هذا التفجير الأعنف منذ سنوات": no one reports, the outlet says it. */
    static boolean impersonal(TextLayer tl, int frameStart, int frameEnd, int b) {
        return frameEnd == frameStart + 1 && frameEnd < b && CONSIDERED.contains(tl.surfaceNorm(frameStart))
                && DEMONSTRATIVES.contains(tl.surfaceNorm(frameEnd));
    }

    /**
     * A report by a state's authorities or unnamed officials of an attack that blames no one: no
     * attacker, or only the source's own state. The toll and the act are the outlet's fact.
     */
    static boolean officialReport(TextLayer tl, CueLexicon cues, FrameReader.FrameUse frame, List<Party> actor, List<Unit> units, int a, int b) {
        int officialEnd = -1;
        for (int p = frame.end(); p < Math.min(b, frame.end() + 3) && officialEnd < 0; p++) {
            PhraseTable.Match<Boolean> m = cues.officialSources.matchAt(tl, p, b);
            if (m != null) officialEnd = m.end();
        }
        if (officialEnd < 0 && frame.verbal() && frame.start() > a && cues.officialSources.matchAt(tl, frame.start() - 1, frame.start()) != null) officialEnd = frame.start();
        if (officialEnd < 0) return false;
        Set<String> own = new java.util.HashSet<>();
        if (frame.source() != null) for (Party p : frame.source().parties()) if (p.code() != null) own.add(p.code());
        // "ضابط بالشرطة الصومالية", "مسؤول في وزارة الداخلية العراقية": the body the official serves is the source's side
        for (Unit u : units) {
            // ("أحد عناصر الشرطة الصومالية": the body as the genitive of the official noun)
            boolean genitive = u.first() == officialEnd && u.prep() == null;
            if (u.place() || u.first() < officialEnd || u.first() > officialEnd + 1 || !genitive && !AFFILIATION.contains(String.valueOf(u.prep()))) continue;
            for (Party p : u.parties()) if (p.code() != null) own.add(p.code());
        }
        // (an armed group of the source's own state is another side: "قتل 5 إثر هجوم شنه تنظيم داعش", told by the police)
        for (Party p : actor) if (p.code() != null && (!own.contains(p.code()) || "REB".equals(p.sector()))) return false;
        // a party of another side named in the report may be blamed ("إن طائرات إسرائيلية قصفت"), even
        // before the attacker is read from it: only a report that names no other party is the outlet's fact
        for (Unit u : units) {
            if (u.place() || u == frame.source() || u.first() < frame.end()) continue;
            if (TARGET_PREPS.contains(String.valueOf(u.prep())) || nearPlace(tl, u, frame.end())) continue;
            for (Party p : u.parties()) if (p.code() != null && (!own.contains(p.code()) || "REB".equals(p.sector()))) return false;
        }
        return true;
    }

    /** Acts done by speaking: the report of one by its own doer is the act, not a claim about it. */
    private static final Set<String> SPEECH_ACTS = Set.of("AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "CONSULT");

    /**
     * A communicative act done by the speaker himself ("قال الرئيس إنه يرفض الحوار", "وأضافت الوزارة:
     * نطالب الحكومة بوقف العمليات"): the statement is the act, which the outlet reports as fact
     * (asserted, as the accusation beside a claimed attack is). Where the speaker tells an act of
     * others too ("أعلن الجيش التوصل إلى هدنة مع المتمردين") or of another person of his side ("قال
     * المتحدث إن الوزير زار العاصمة") it stays claimed.
     */
    static boolean speakersOwnWord(String type, java.util.Collection<String> context, Unit source, List<Party> actor) {
        // ("أعلن الجيش هدنة لمدة ثلاثة أيام": a truce is declared by saying it)
        boolean speech = SPEECH_ACTS.contains(type) || type.equals("RETREAT") && context.contains("ceasefire");
        if (!speech || source == null || actor.isEmpty()) return false;
        for (Party p : actor) {
            boolean same = false;
            for (Party q : source.parties()) same |= samePerson(p, q);
            if (!same) return false;
        }
        return true;
    }

    /** One name of the other ("غني", "الرئيس الأفغاني أشرف غني") or one knowledge-base entry. */
    private static boolean samePerson(Party p, Party q) {
        if (p.name() != null && p.name().equals(q.name())) return true;
        return p.text().contains(q.text()) || q.text().contains(p.text());
    }

    /** Prepositions of what is attacked: "هجوم على السفارة الأمريكية" blames no one of it. */
    private static final Set<String> TARGET_PREPS = Set.of("علي", "ضد");
    private static final Set<String> PROXIMITY = CueWords.set("proximity");

    /**
     * The unit is (or is joined by و to, or the genitive of) the object of "بالقرب من", "على مقربة
     * من": a landmark near the blast ("بالقرب من مبنى البلدية وسفارة أجنبية"), not a party to blame.
     */
    private static boolean nearPlace(TextLayer tl, Unit u, int from) {
        for (int p = u.first() - 1; p > Math.max(from, u.first() - 12); p--) {
            String w = tl.surfaceNorm(p);
            if (w.equals(",") || w.equals(".")) return false;
            if (w.equals("من")) return PROXIMITY.contains(tl.surfaceNorm(p - 1)) || PROXIMITY.contains(tl.norm(p - 1));
        }
        return false;
    }
}
