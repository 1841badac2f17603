package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * The report frames of a sentence ("قالت وزارة الدفاع إن …", "بحسب المرصد", "وأضافت: …"): where each
 * is, who its source is (subject, fronted noun, the speaker named last, the frame before it), whether
 * the outlet's own voice reports, which frame governs a trigger, and a speech before a body as a
 * session with it. Sources are marked unusable as arguments of the acts they report.
 */
final class FrameReader {
    /** A report frame: tokens, source (null when unnamed), verbal or prepositional, accusation, self-report ("إنها"). */
    record FrameUse(int start, int end, Unit source, boolean verbal, boolean accuse, boolean pronounSelf) {}

    static final Set<String> COMPLEMENTISERS = CueWords.set("complementiser");
    /** Nouns that, with a pronoun for the speaker, are the speaker's own forces: جنوده، قواتها، طائراته. */
    private static final Set<String> OWN_FORCES = CueWords.set("own-forces");
    /** Masdars of acts that, as the object of an announcement, are the announcer's own. */
    private static final Set<String> OWN_ACT = CueWords.set("own-act");
    private static final Set<String> SELF = CueWords.set("self");
    /** Verbs of passing on what another said: نقل، ينقل (whose عن phrase is the one quoted). */
    private static final Set<String> TRANSMIT = CueWords.set("transmit");

    private final CueLexicon cues;
    private final RoleReader roles;

    FrameReader(CueLexicon cues, RoleReader roles) { this.cues = cues; this.roles = roles; }

    /** The speaker of words at token {@code t}: the latest frame before it with a source, else the one of the sentences before. */
    static Party speakerBefore(List<FrameUse> frames, int t, Party lastSpeaker) {
        Party p = lastSpeaker;
        for (FrameUse f : frames) if (f.verbal() && f.end() <= t && f.source() != null && !f.source().parties().isEmpty()) p = f.source().parties().get(0);
        return p;
    }

    /**
     * "قال المبعوث الأممي أمام مجلس الأمن إن …", "أعلن الوزير أمام البرلمان": a speech before a body
     * is a session with it (CONSULT/multilateral, the speaker and the body). Null when the frame
     * names no such audience.
     */
    static Candidate audience(TextLayer tl, int s, List<Unit> units, FrameUse f, int b) {
        if (!f.verbal() || f.source() == null || f.source().parties().isEmpty()) return null;
        int comp = complementiserAfter(tl, f.end(), b), stop = comp < 0 ? b : comp;
        for (Unit u : units) {
            if (u.first() < f.end() || u.first() >= stop || u.first() - f.end() > 10 || !"امام".equals(u.prep()) || u.place()) continue;
            Party body = u.parties().get(0);
            boolean isBody = body.code() != null && body.code().startsWith("IGO:") || "LEG".equals(body.sector());
            if (!isBody) continue;
            Candidate c = new Candidate();
            c.type = "CONSULT"; c.mode = "multilateral"; c.context.add("diplomatic");
            c.sentence = s; c.trigStart = u.first() - 1; c.trigEnd = u.end(); c.trigChar = tl.tokenStart(u.first() - 1);
            c.evStart = tl.sentenceStart(s); c.evEnd = tl.sentenceEnd(s);
            c.mutual = true;
            for (Party p : f.source().parties()) Candidate.addParty(c.actor, p);
            for (Party p : u.parties()) Candidate.addParty(c.actor, p);
            return c;
        }
        return null;
    }

    /** The first complementiser (إن، أن …) or colon at or after {@code from} in the sentence ending at {@code b}; -1 if none. */
    static int complementiserAfter(TextLayer tl, int from, int b) {
        for (int t = from; t < b; t++) if (COMPLEMENTISERS.contains(tl.surfaceNorm(t)) || tl.surfaceNorm(t).equals(":")) return t;
        return -1;
    }

    private static final Set<String> REACHED = CueWords.set("deal-reached");

    /** The words from an announcement to the end of its deal's phrase say the announcer reached it: "أعلنت الحركة التوصل إلى اتفاق". */
    static boolean reachedDeal(TextLayer tl, int from, int dealEnd) {
        for (int t = from; t < dealEnd; t++) if (REACHED.contains(tl.norm(t)) || REACHED.contains(tl.surfaceNorm(t))) return true;
        return false;
    }

    static int clause0(FrameUse f) { return f.source() != null ? Math.max(f.end(), f.source().end()) : f.end(); }

    /**
     * Report frames of the sentence with their sources; sources are marked unusable as arguments; {@code outletVoiced[0]}
     * set when the outlet's own correspondent reports. {@code frameCues}: the sentence's matches of the frames lexicon.
     */
    List<FrameUse> read(TextLayer tl, List<Unit> units, boolean[] usable, int a, int b, Party lastSpeaker,
                                  List<PhraseTable.Match<Trigger>> acts, List<PhraseTable.Match<CueLexicon.Frame>> frameCues, boolean[] outletVoiced) {
        List<FrameUse> out = new ArrayList<>();
        List<PhraseTable.Match<CueLexicon.Frame>> found = new ArrayList<>(frameCues);
        // "هدنة أعلنتها روسيا", "الاتفاق الذي أعلنه مسؤولون": a report verb whose object pronoun is the act
        // named just before it is that act's light verb (its subject the doer), not a report of something else
        found.removeIf(f -> objectOfAct(tl, f.start(), acts));
        // "نشرت روسيا قوات": a report verb that opens a longer act phrase (نشر … قوات) is that act's verb, not "published"
        found.removeIf(f -> opensAct(f, acts));
        // "مركبة تابعة للمسلحين", "موقع تابع للجيش": the participle "belonging to" before لـ is no "he went on (saying)"
        found.removeIf(f -> AttackRoles.belongingTo(tl, f.start(), f.end(), b));
        // "إضافة إلى": the masdar of أضاف joins phrases; it reports nothing
        found.removeIf(f -> f.end() - f.start() == 1 && UnitWords.additiveAt(tl, f.start()));
        // "في إشارة إلى الصواريخ": a report verb's form after a preposition is its masdar, the outlet's gloss, not a report
        found.removeIf(f -> f.value().verbal() && f.start() > a && SentenceReader.NOUN_GOVERNORS.contains(tl.surfaceNorm(f.start() - 1)));
        for (PhraseTable.Match<CueLexicon.Frame> f : found) {
            for (int k = 0; k < units.size(); k++) if (units.get(k).first() < f.end() && f.start() < units.get(k).end() && units.get(k).end() - units.get(k).first() <= f.end() - f.start()) usable[k] = false;
        }
        for (PhraseTable.Match<CueLexicon.Frame> f : found) {
            // "وفق ما أفاد مراسلنا", "ويذكر أن": the outlet's own voice
            if (ownVoice(tl, f.end(), b) || cues.ownVoice.matchAt(tl, f.start(), f.end()) != null) { outletVoiced[0] = true; continue; }
            // "ويعتبر هذا الهجوم الأعنف": no one reports it
            if (StatusCues.impersonal(tl, f.start(), f.end(), b)) continue;
            Unit src = null;
            int srcIdx = -1;
            int comp = complementiserAfter(tl, f.end(), b), stop = comp < 0 ? b : comp;   // the source stands before the reported clause: "قال X إن ..."
            if (f.value().verbal()) {
                // "أرمينيا تتهم أذربيجان ...", "إن الجيش أعلن": a noun fronted right before the verb is its subject
                for (int k = 0; k < units.size(); k++) {
                    Unit u = units.get(k);
                    if (!usable[k] || u.prep() != null || u.end() != f.start()) continue;
                    int before = u.first() - 1;
                    if (u.first() == a || before >= a && (COMPLEMENTISERS.contains(tl.surfaceNorm(before)) || tl.surfaceNorm(before).equals(","))) { src = u; srcIdx = k; }
                }
            }
            for (int k = 0; k < units.size() && src == null; k++) {
                Unit u = units.get(k);
                // ("أعلنت كييف أن …", "قالت موسكو إن": a capital right after a report verb is its government speaking)
                if (u.place() && !(u.capital() && f.value().verbal() && u.first() == f.end()) || u.at() < f.end() || !usable[k]) continue;
                if (u.first() >= stop) break;
                // "كما أفاد مصدر أمني لوكالة الأنباء": after a cue that ends in a speech verb, a phrase with لـ
                // past the subject is the audience ("وفقا للمرصد"، "وفق حصيلة جديدة للمرصد": the source)
                boolean audience = "ل".equals(u.prep()) && u.first() > f.end() && speechVerbIn(tl, f.start() + 1, u.first());
                if (u.at() - f.end() <= (f.value().verbal() ? 5 : 4) && !audience && (u.prep() == null || !f.value().verbal() || u.prep().equals("عن"))) { src = u; srcIdx = k; }
                break;
            }
            if (src == null && f.value().verbal()) {
                for (int k = units.size() - 1; k >= 0; k--) {
                    Unit u = units.get(k);
                    if (u.end() <= f.start() && !u.place() && usable[k] && u.prep() == null && f.start() - u.end() <= 3) { src = u; srcIdx = k; break; }
                }
            }
            // "وأضافت: …", "وتابع "…"": a speech verb right before its quote has its subject elided; it is the
            // speaker named last (earlier in the sentence, else before it)
            // "نقلت رويترز عن دبلوماسي فرنسي قوله إن …": the one quoted speaks first, through the outlet that tells it
            if (src != null && f.value().verbal() && PhraseTable.hasForm(tl, f.start(), TRANSMIT)) {
                for (int k = 0; k < units.size(); k++) {
                    Unit u = units.get(k);
                    if (u == src || !"عن".equals(u.prep()) || u.place() || u.first() < src.end() || u.first() - src.end() > 3 || u.first() >= stop) continue;
                    List<Party> both = new ArrayList<>(u.parties());
                    both.addAll(src.parties());
                    src = new Unit(src.first(), src.at(), Math.max(src.end(), u.end()), both, src.prep(), false, false, false, null, null, null);
                    usable[k] = false;
                    break;
                }
            }
            boolean quoteNext = f.end() < b && f.value().verbal() && opensQuote(tl.surfaceNorm(f.end()));
            if (quoteNext && src != null && src.first() >= f.end()) { src = null; srcIdx = -1; }
            if (src == null && quoteNext) {
                Party prev = lastSpeaker;
                for (FrameUse g : out) if (g.source() != null && !g.source().parties().isEmpty()) prev = g.source().parties().get(0);
                if (prev != null) src = new Unit(f.start(), f.start(), f.end(), List.of(prev), null, false, false, false, null, null, null);
            }
            // "وقالت الوزارة إن … وأضافت على صفحتها …": a coordinated report verb with no subject of its own
            // continues the speaker of the frame before it in the sentence
            if (src == null && f.value().verbal() && tl.surfaceNorm(f.start()).startsWith("و")) {
                for (FrameUse g : out) if (g.verbal() && g.source() != null && !g.source().parties().isEmpty()) src = g.source();
            }
            if (src == null && f.value().verbal() && f.start() - a <= 1 && lastSpeaker != null) {
                src = new Unit(f.start(), f.start(), f.end(), List.of(lastSpeaker), null, false, false, false, null, null, null);
            }
            // "واتهمت الحركة بتفجير السيارة": the one phrase before the act is the accused, not the accuser
            if (src != null && f.value().accuse() && src.first() >= f.end() && src.end() < b && RoleCues.ofTheAct(tl, src.end(), units)) { src = null; srcIdx = -1; }
            // ("ونددت الحكومة بالقصف الذي قالت إنه": across a relative pronoun the source is the main clause's subject, still its verb's)
            if (srcIdx >= 0 && !f.value().accuse() && !relativeBetween(tl, src.end(), f.start())) usable[srcIdx] = false;
            boolean self = false;
            int from = src != null && src.end() > f.end() ? src.end() : f.end();
            // "أعلن الجيش شن غارات", "يعلن تنفيذ ضربات": the announcer's own act, told as the object masdar
            // ("أعلنت السلطات عن وقف إطلاق النار": عن may stand before it)
            int object = from + 1 < b && tl.surfaceNorm(from).equals("عن") ? from + 1 : from;
            if (object < b && f.value().verbal() && (roles.isLightVerb(tl, object) || ownAct(tl, object))
                    && (tl.proclitics(object) & (TextLayer.WA | TextLayer.BI | TextLayer.LI)) == 0) self = true;
            // ("أعلنت الحركتان في بيان مشترك مساء الثلاثاء تبنيهما إطلاق الصواريخ": after where and when it was announced)
            if (!self && f.value().verbal()) self = ownActAfterSetting(tl, from, b);
            // "أعلن الجيش في وقت لاحق أن قواته …": a short adverbial may stand before the complementiser
            int reach = from + 2;
            for (int t = from; t < Math.min(b, from + 5); t++) if (COMPLEMENTISERS.contains(tl.surfaceNorm(t))) { reach = t + 2; break; }
            for (int t = from; t < Math.min(b, reach); t++) {
                String w = tl.surfaceNorm(t);
                // ("ونددت الحكومة بالقصف الذي قالت إنه أدى": a pronoun of the other gender than the verb's is not the speaker)
                self |= SELF.contains(w) && !(f.value().verbal() && genderClash(tl.surfaceNorm(f.start()), w));
                // "نفى الجيش أن يكون قد استهدف المستشفى": the elided subject of "يكون قد" is the speaker
                if (t > from && t + 1 < b && KanaClauses.kanaQad(tl, t)) self = true;
                // "قال الجيش إن جنوده قتلوا ...": the speaker's own men, planes, forces
                if (t > from && COMPLEMENTISERS.contains(tl.surfaceNorm(t - 1)) && w.length() >= 5
                        && (w.endsWith("ه") && !w.endsWith("يه") || w.endsWith("ها") || w.endsWith("هم"))
                        && OWN_FORCES.contains(w.substring(0, w.length() - (w.endsWith("ه") ? 1 : 2)))) self = true;
            }
            out.add(new FrameUse(f.start(), f.end(), src, f.value().verbal(), f.value().accuse(), self));
        }
        return out;
    }

    /**
     * The speaker's pronoun ("إنها", "بأنه") or own forces ("قواته") last named before the trigger stands
     * at most two words before it ("إنها قصفت", "أن قواته قتلت"), not before another verb ("إنها ترجح أن يكون
     * الاغتيال"); a frame made self by its object masdar ("أعلن الجيش شن غارات") names no pronoun.
     */
    static boolean selfReaches(TextLayer tl, int from, int ts) {
        int at = -1;
        for (int t = from; t < ts; t++) {
            String w = tl.surfaceNorm(t);
            if (SELF.contains(w) || ownForces(w)) at = t;
        }
        if (at < 0) return true;
        int words = 0;
        for (int t = at + 1; t < ts; t++) if (UnitWords.isWord(tl, t)) words++;
        return words <= 2;
    }

    static boolean ownForces(String w) {
        return w.length() >= 5 && (w.endsWith("ه") && !w.endsWith("يه") || w.endsWith("ها") || w.endsWith("هم"))
                && OWN_FORCES.contains(w.substring(0, w.length() - (w.endsWith("ه") ? 1 : 2)));
    }

    private static boolean opensQuote(String w) {
        return !w.isEmpty() && (w.charAt(0) == '"' || w.charAt(0) == '«' || w.charAt(0) == '“' || w.charAt(0) == ':');
    }

    /** An own-act masdar at {@code t}, with its article or not ("السيطرة على"، "تدمير"). */
    private static boolean ownAct(TextLayer tl, int t) { return PhraseTable.hasForm(tl, t, OWN_ACT); }

    private static boolean opensAct(PhraseTable.Match<CueLexicon.Frame> f, List<PhraseTable.Match<Trigger>> acts) {
        for (PhraseTable.Match<Trigger> m : acts) if (m.start() == f.start() && m.end() > f.end()) return true;
        return false;
    }

    private static boolean objectOfAct(TextLayer tl, int f, List<PhraseTable.Match<Trigger>> acts) {
        String w = tl.surfaceNorm(f), stem = tl.norm(f);
        boolean pronoun = !stem.isEmpty() && !w.equals(stem) && (w.endsWith("ه") || w.endsWith("ها") || w.endsWith("هم") || w.endsWith("هما"))
                && w.indexOf(stem) >= 0 && w.indexOf(stem) + stem.length() < w.length();
        if (!pronoun) return false;
        for (PhraseTable.Match<Trigger> m : acts) if (!m.value().verbal() && m.end() <= f && f - m.end() <= 2) return true;
        return false;
    }

    /**
     * An own-act masdar ("تبنيهما", "اعتقال") after a short setting of the announcement that opens
     * with في ("في بيان مشترك مساء الثلاثاء"), before any complementiser or punctuation.
     */
    private static boolean ownActAfterSetting(TextLayer tl, int from, int b) {
        if (from >= b || !tl.surfaceNorm(from).equals("في")) return false;
        for (int t = from + 1; t < Math.min(b, from + 7); t++) {
            String w = tl.surfaceNorm(t);
            if (!UnitWords.isWord(tl, t) || COMPLEMENTISERS.contains(w)) return false;
            if (ownAct(tl, t) && (tl.proclitics(t) & (TextLayer.WA | TextLayer.BI | TextLayer.LI)) == 0) return true;
        }
        return false;
    }

    /** A speech verb among tokens {@code [from, to)}: "كما أفاد"، "بحسب ما أفاد" (its subject comes before an audience). */
    private boolean speechVerbIn(TextLayer tl, int from, int to) {
        for (int t = from; t < to; t++) {
            PhraseTable.Match<CueLexicon.Frame> v = cues.frames.matchAt(tl, t, t + 1);
            if (v != null && v.value().verbal()) return true;
        }
        return false;
    }

    private boolean ownVoice(TextLayer tl, int from, int b) {
        for (int t = from; t < Math.min(b, from + 2); t++) if (cues.ownVoice.matchAt(tl, t, t + 1) != null) return true;
        return false;
    }

    /** The frame reporting a trigger: the nearest verbal frame before it, or any prepositional one. */
    FrameUse governing(TextLayer tl, List<FrameUse> frames, int t) {
        FrameUse best = null;
        for (FrameUse f : frames) if (f.verbal() && f.end() <= t && !(f.accuse() && boundaryBetween(tl, f.end(), t))) best = f;
        if (best != null) return best;
        for (FrameUse f : frames) if (!f.verbal()) return f;
        return null;
    }

    /**
     * An accusation reaches its own clause ("اتهم X Y بالتخطيط لانقلاب"), not a new one coordinated
     * after a comma ("، وقد أوقعت الحرب ..."); a comma closing a relative clause does not end it.
     */
    private static boolean boundaryBetween(TextLayer tl, int from, int to) {
        for (int p = from; p + 1 < to; p++) {
            if (Clauses.isBoundary(tl.surfaceNorm(p)) && ((tl.proclitics(p + 1) & TextLayer.WA) != 0 || tl.surfaceNorm(p + 1).startsWith("و"))) return true;
        }
        return false;
    }

    /**
     * A speech verb and a singular pronoun of different genders: the perfect of the 3rd person feminine ("قالت") with
     * a masculine "إنه"/"بأنه", or a masculine perfect or imperfect ("قال", "يقول") with a feminine "إنها". A form
     * that begins with ت is left alone: "تقول" is feminine, "تابع" and "تحدث" masculine perfects.
     */
    static boolean genderClash(String verb, String pronoun) {
        String v = verb.startsWith("و") || verb.startsWith("ف") ? verb.substring(1) : verb;
        if (v.length() < 3 || v.startsWith("ت")) return false;
        boolean feminine = v.endsWith("ت");
        boolean masculinePronoun = pronoun.endsWith("ه") && !pronoun.endsWith("ها"), femininePronoun = pronoun.endsWith("ها");
        return feminine && masculinePronoun || !feminine && femininePronoun;
    }

    /** A relative pronoun among tokens {@code [from, to)}. */
    private static boolean relativeBetween(TextLayer tl, int from, int to) {
        for (int t = from; t < to; t++) if (RoleCues.RELATIVES.contains(tl.surfaceNorm(t))) return true;
        return false;
    }
}
