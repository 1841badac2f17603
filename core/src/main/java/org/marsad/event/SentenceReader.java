package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextLayer;

/**
 * Reads the events of one sentence: triggers, their clauses and arguments, report frames (who
 * claims it), modality, weapon modes, ceasefire readings. Dates, casualties and merging are done
 * by {@link EventExtractor}; this class only needs the text layer and the sentence's units.
 */
final class SentenceReader {
    private final TriggerLexicon triggers;
    private final CueLexicon cues;
    private final RoleReader roles;
    private final FrameReader frameReader;

    /** Mediation words that make talks CONSULT/third-party. */
    private static final Set<String> MEDIATION = CueWords.set("mediation");
    private static final Set<String> BLOCK_CEASEFIRE = CueWords.set("not-ceasefire-head");
    private static final Set<String> NOT_ACT_AFTER = CueWords.set("not-act-after");
    /** "عمليات ضد الجيش": a preposition after an operation noun that makes it an attack. */
    private static final Set<String> HOSTILE_PREPS = CueWords.set("hostile-prep");

    SentenceReader(TriggerLexicon triggers, CueLexicon cues, RoleReader roles) {
        this.triggers = triggers; this.cues = cues; this.roles = roles;
        this.frameReader = new FrameReader(cues, roles);
    }

    List<PhraseTable.Match<Trigger>> triggersOf(TextLayer tl, int s) {
        List<PhraseTable.Match<Trigger>> found = triggers.find(tl, tl.sentenceFirstToken(s), tl.sentenceEndToken(s));
        boolean any = false;
        for (PhraseTable.Match<Trigger> m : found) any |= TriggerForms.droneNotMarch(tl, found, m, roles);
        if (!any) return found;
        List<PhraseTable.Match<Trigger>> out = new java.util.ArrayList<>(found.size());
        for (PhraseTable.Match<Trigger> m : found) if (!TriggerForms.droneNotMarch(tl, found, m, roles)) out.add(m);
        return out;
    }

    private static final java.util.Set<String> DEMANDING = CueWords.set("demanding-participle");
    private static final java.util.Set<String> SIGN_VERBS = CueWords.set("sign-verb");

    /** Whether the unit is the source of a report frame (a capital speaking for its state is then no place of the act). */
    private static boolean sourceOf(List<FrameReader.FrameUse> frames, Unit u) {
        for (FrameReader.FrameUse f : frames) if (f.source() == u) return true;
        return false;
    }

    private static boolean functionWordIn(TextLayer tl, int from, int to) {
        for (int k = from; k < to; k++) if (UnitWords.isFunction(tl.surfaceNorm(k)) || UnitWords.isFunction(tl.norm(k))) return true;
        return false;
    }

    /** Words of a telephone call (cue class {@code phone}). */
    private static final Set<String> PHONE = CueWords.set("phone");

    /**
     * Candidates of sentence {@code s}. {@code lastSpeaker} is the source of the latest report frame
     * (for "وأضاف ..." with its subject elided); returns the new one in {@code speakerOut[0]}.
     */
    List<Candidate> read(String text, TextLayer tl, int s, List<Unit> units, List<PhraseTable.Match<Trigger>> found,
                         List<PhraseTable.Match<CueLexicon.Frame>> frameCues, Party lastSpeaker, Party[] speakerOut) {
        int a = tl.sentenceFirstToken(s), b = tl.sentenceEndToken(s);
        boolean[] usable = new boolean[units.size()];
        java.util.Arrays.fill(usable, true);
        boolean[] outletVoiced = new boolean[1];
        List<FrameReader.FrameUse> frames = frameReader.read(tl, units, usable, a, b, lastSpeaker, found, frameCues, outletVoiced);
        boolean outlet = outletVoiced[0];
        speakerOut[0] = lastSpeaker;
        for (FrameReader.FrameUse f : frames) if (f.source() != null && !f.source().parties().isEmpty()) speakerOut[0] = f.source().parties().get(0);

        boolean agreeHere = false, violateHere = false, ceasefireHere = false;
        for (PhraseTable.Match<Trigger> m : found) {
            agreeHere |= m.value().agree() || m.value().type().equals("AGREE");
            violateHere |= m.value().violate();
            ceasefireHere |= m.value().ceasefire();
        }
        // (a sentence that names no act needs no modality, weapons or mediation read)
        List<PhraseTable.Match<CueLexicon.Modality>> modal = found.isEmpty() ? List.of() : cues.modality.matchAll(tl, a, b);
        List<PhraseTable.Match<CueLexicon.Weapon>> weapons = found.isEmpty() ? List.of() : cues.weapons.matchAll(tl, a, b);
        boolean mediation = false;
        for (int t = a; t < b && !found.isEmpty(); t++) mediation |= MEDIATION.contains(tl.surfaceNorm(t)) || MEDIATION.contains(tl.norm(t));

        // the verbs of the sentence's acts: a masdar's genitive does not reach across one
        java.util.BitSet verbs = new java.util.BitSet();
        for (PhraseTable.Match<Trigger> m : found) {
            if (m.value().verbal() && (tl.proclitics(m.start()) & (TextLayer.AL | TextLayer.BI | TextLayer.LI)) == 0) verbs.set(m.start());
        }
        List<Candidate> out = new ArrayList<>();
        Candidate prevVerbal = null;
        for (PhraseTable.Match<Trigger> m : found) {
            Trigger t = m.value();
            String type = t.type();
            boolean definite = TriggerForms.definite(tl, m.start());
            // ... and so is the bare form right after an announcement and its subject: "أعلنت ليتوانيا طرد السفير"
            // (what one announces is a masdar or a clause after أن, not a verb standing alone)
            // ("ونفت أنقرة قصف القرى": and so after a denial and its subject)
            if (t.verbal() && (TriggerForms.masdarForm(tl, m.start(), a) || TriggerForms.objectOfReport(tl, frames, m.start())
                    || TriggerForms.objectOfLightVerb(tl, units, roles, m.start())
                    || TriggerForms.bare(tl, m.start()) && RoleCues.denierOf(tl, units, m.start()) != null)) {
                t = t.asNoun();
            }
            // "أسقط صاروخين بالستيين أطلقهما الحوثيون": the fired weapon is named before the verb, by its pronoun
            // ("صاروخ باليستي أطلق من اليمن باتجاه جازان": or, with no pronoun, the passive, its origin or target after it)
            if (t.resumptive() && !(t.verbal() && AttackRoles.instrumentBetween(tl, Math.max(a, m.start() - 4), m.start())
                    && (RoleCues.objectPronoun(tl, m.start()) || AttackRoles.passiveLaunch(tl, m.start(), b)))) continue;
            // "في عملية نفذها مسلحون": an operation noun is an attack only when a light verb carries it, by its pronoun
            // ... or when "ضد" follows it: "قاموا بعدة عمليات ضد الجيش" is attacks on the army
            if (t.carried() && !(m.end() < b && roles.isLightVerb(tl, m.end()) && RoleCues.objectPronoun(tl, m.end()))
                    && !(m.end() < b && HOSTILE_PREPS.contains(tl.surfaceNorm(m.end())))) continue;
            if (t.ceasefire() && (agreeHere || violateHere)) continue;        // the agreement or the violation is the event
            if (t.ceasefire() && m.start() > a && BLOCK_CEASEFIRE.contains(tl.norm(m.start() - 1))) continue;
            // "مؤتمر صحفي": a word after a talks noun that makes it no meeting (a press conference; "مقتل الصحافي" stays an act)
            if (!t.verbal() && type.equals("CONSULT") && m.end() < b && (NOT_ACT_AFTER.contains(tl.norm(m.end())) || NOT_ACT_AFTER.contains(tl.surfaceNorm(m.end())))) continue;
            // "مطالبين برحيل الحكومة": the participle, not the dual of the demands noun
            if (!t.verbal() && type.equals("REQUEST") && (DEMANDING.contains(tl.surfaceNorm(m.start())) || DEMANDING.contains(tl.norm(m.start())))) continue;
            if (t.violate() && !ceasefireHere && !agreeHere) continue;           // "violations" of other things: not an attack
            if (t.verbal() && TriggerForms.countedNoun(tl, m, a)) continue;
            // "مناطق سيطرتها": a verb that takes its object with a preposition carries no object pronoun
            if (t.prepObject() && t.verbal() && UnitWords.feminineWithPronoun(tl, m.start())) continue;
            // "وقعت اشتباكات رغم اتفاق": وقع with a preposition before the deal happened; it signed nothing
            if (type.equals("AGREE") && t.verbal() && (SIGN_VERBS.contains(tl.norm(m.start())) || SIGN_VERBS.contains(tl.surfaceNorm(m.start())))
                    && functionWordIn(tl, m.start() + 1, m.end() - 1)) continue;
            if (insideName(tl, units, m.start(), m.end())) continue;   // "منظمة الأمن والتعاون": a word of a name is no act
            if (!t.verbal() && irrealis(tl, m.start(), a)) continue;
            // "أمهلتهم حتى نهاية الشهر للتوصل إلى اتفاق", "لعقد محادثات": a purpose, not talks or a deal
            if ((type.equals("AGREE") || type.equals("CONSULT")) && purpose(tl, m.start(), a)) continue;
            int[] clause = Clauses.of(tl, m.start(), m.end(), a, b);
            FrameReader.FrameUse frame = frameReader.governing(tl, frames, m.start());
            // "وقال دبلوماسي "إن إيران تنتهك القرار" الذي دعاها ...": past the closing quote the outlet speaks
            if (frame != null && frame.verbal() && frame.end() <= m.start() && StatusCues.quoteClosedBefore(tl, frame.end(), m.start())) frame = null;
            // "قال مسؤول غربي مطلع على المفاوضات إن …": an act named in the source's description, before its
            // complementiser, is the outlet's description of the speaker, not what the speaker reports
            if (frame != null && frame.verbal() && frame.end() <= m.start()) {
                int comp = FrameReader.complementiserAfter(tl, frame.end(), b);
                // (not the nominal complement of "أشار المصدر إلى الضربة": that act is what the source reports)
                boolean nominal = false;
                for (int q = frame.end(); q < m.start() && !nominal; q++) nominal = tl.norm(q).equals("الي") || tl.surfaceNorm(q).equals("الي");
                if (comp >= m.end() && !nominal && m.start() > frame.end() && (frame.source() == null || frame.source().end() <= m.start())) {
                    clause[1] = Math.min(clause[1], comp);
                    frame = null;
                }
            }
            if (frame != null && frame.verbal() && frame.end() <= m.start()) clause[0] = Math.max(clause[0], frame.source() != null ? Math.max(frame.end(), frame.source().end()) : frame.end());
            if (frame != null && frame.start() <= m.start() && m.start() < frame.end() && !type.equals("ACCUSE")) continue;   // the frame word itself
            // "اتفاق وقف الأعمال العدائية الذي أعلنه X": the deal and its truce are one phrase for its arguments
            int te = m.end();
            if (t.agree() && !t.verbal()) for (PhraseTable.Match<Trigger> n : found) if (n.start() == m.end() && n.value().ceasefire()) te = n.end();
            RoleReader.Roles r = roles.read(tl, units, usable, m.start(), te, t, clause[0], clause[1], verbs);
            if (t.verbal() && !t.mutual() && r.recipient().isEmpty() && clause[1] < b - 1 && RELATIVE.contains(tl.surfaceNorm(clause[1] + 1))
                    && (type.equals("ACCUSE") || type.equals("REQUEST") || type.equals("ASSAULT"))) {
                // the object after a relative clause set off by commas: "اتهم الحوثيون، الذين ...، التحالف"
                int[] next = Clauses.of(tl, clause[1] + 1, clause[1] + 2, a, b);
                RoleReader.Roles wide = roles.read(tl, units, usable, m.start(), m.end(), t, clause[0], next[1]);
                if (!wide.recipient().isEmpty()) r = new RoleReader.Roles(r.actor().isEmpty() ? wide.actor() : r.actor(), wide.recipient(), r.instrument());
            } else if (t.verbal() && !t.mutual() && r.recipient().isEmpty() && !r.actor().isEmpty() && clause[1] < b - 1
                    && (type.equals("ACCUSE") || type.equals("REQUEST")) && RelativeRoles.closesRelative(tl, r.actor(), m.end(), clause[1])) {
                // a relative clause after the subject closed by a comma: "اتهمت الحركة التي تنشط في الجنوب، القوات الكينية
                // بقصف القرية" — the object is the first phrase after the comma (not a phrase inside the relative clause)
                int[] next = Clauses.of(tl, clause[1] + 1, clause[1] + 2, a, b);
                RoleReader.Roles wide = roles.read(tl, units, usable, m.start(), m.end(), t, clause[0], next[1]);
                List<Unit> obj = new ArrayList<>();
                for (Unit u : wide.recipient()) if (u.first() > clause[1]) obj.add(u);
                if (!obj.isEmpty()) r = new RoleReader.Roles(r.actor(), obj, r.instrument());
            }
            if (t.verbal() && r.actor().isEmpty()) {
                // the subject before an apposition set off by commas: "المتحدث باسم الخارجية، أحمد أبو زيد، نفى"
                int from = frame != null && frame.verbal() && frame.end() <= m.start() ? FrameReader.clause0(frame) : a;
                if (from < clause[0]) {
                    RoleReader.Roles wide = roles.read(tl, units, usable, m.start(), m.end(), t, from, clause[1]);
                    if (!wide.actor().isEmpty()) r = new RoleReader.Roles(wide.actor(), r.recipient(), false);
                }
            }
            if (r.recipient().isEmpty() && t.context().contains("diplomatic")) {
                Unit host = RoleCues.envoyHost(tl, units, m.end());
                if (host != null) r = new RoleReader.Roles(r.actor(), List.of(host), r.instrument());
            }
            // "ترحل الفنانة بنور ساطع"، "رحل الشاعر": the intransitive verb of that spelling leaves or dies; deporting has an object
            if (t.transitive() && t.verbal() && r.recipient().isEmpty()) continue;
            if (type.equals("ASSAULT") && !t.mutual() && r.actor().isEmpty() && !r.instrument()) {
                // "منذ بدء الجيش حملته على المدينة، قتل 300 مدني": the toll since a campaign began is the campaign's doer's
                Unit doer = AttackRoles.onsetDoer(tl, units, usable, a, m.start());
                if (doer != null && !r.recipient().contains(doer)) r = new RoleReader.Roles(List.of(doer), r.recipient(), false);
            }
            if (!t.verbal() && r.actor().isEmpty() && !r.instrument()) {
                // "وصعدت فرنسا عملياتها، بما في ذلك غارات على …": what the sentence's subject did includes it
                Unit host = AttackRoles.inclusionHost(tl, units, usable, a, m.start());
                if (host != null && !r.recipient().contains(host)) r = new RoleReader.Roles(List.of(host), r.recipient(), false);
            }
            if (t.verbal() && r.actor().isEmpty() && RoleCues.resumptiveIn(tl, m.start(), m.end())) {
                // "أصدرت قطر بيانا طالبت فيه …": the document's author, the subject of the sentence's first verb
                Unit author = AttackRoles.sentenceSubject(tl, units, usable, a, m.start());
                if (author != null && !r.recipient().contains(author)) r = new RoleReader.Roles(List.of(author), r.recipient(), false);
            }
            List<Party> elided = null;
            // ("أفرجت الجماعة عن رهائن كانت قد اختطفتهم": so does a pluperfect carrying the object's pronoun, whose
            // object is the noun before it)
            if (t.verbal() && r.actor().isEmpty() && prevVerbal != null && RoleCues.objectPronoun(tl, m.start()) && m.start() >= a + 2
                    && tl.surfaceNorm(m.start() - 1).equals("قد") && KanaClauses.kanaBefore(tl, m.start() - 2)) {
                elided = prevVerbal.actor;
                if (r.recipient().isEmpty()) for (Unit u : units) if (u.hasCode() && !u.place() && u.end() == m.start() - 2) r = new RoleReader.Roles(r.actor(), List.of(u), r.instrument());
            } else if (t.verbal() && r.actor().isEmpty() && prevVerbal != null
                    && ((tl.proclitics(m.start()) & TextLayer.WA) != 0 || tl.surfaceNorm(m.start()).startsWith("و"))) {
                elided = prevVerbal.actor;   // "وألقى الحوثي باللوم ... وتوعد": coordinated verbs share the subject
            } else if (t.verbal() && r.actor().isEmpty() && prevVerbal == null
                    && ((tl.proclitics(m.start()) & TextLayer.WA) != 0 || tl.surfaceNorm(m.start()).startsWith("و"))) {
                // "إن قوة من الشرطة قامت بمداهمة المسجد واعتدت على المصلين": the subject of the light verb before
                Unit subject = lightVerbSubject(tl, units, usable, a, m.start());
                if (subject != null) elided = subject.parties();
            }
            // "نطالب الحكومة العراقية بوقف …", "ندين الهجوم": a verb in the first person is the speaker's
            // own act (the source of the quote); a phrase read as its subject is the one it addresses
            Party self = null;
            if (t.verbal() && triggers.firstPerson(tl, m.start())) {
                self = FrameReader.speakerBefore(frames, m.start(), lastSpeaker);
                if (self != null && !t.mutual()) {
                    List<Unit> addressed = new ArrayList<>(r.actor());
                    addressed.addAll(r.recipient());
                    r = new RoleReader.Roles(List.of(), addressed);
                }
            }
            Candidate c = new Candidate();
            c.type = type;
            c.verbal = t.verbal();
            c.mode = t.mode();
            c.context.addAll(t.context());
            c.sentence = s; c.trigStart = m.start(); c.trigEnd = m.end(); c.trigChar = tl.tokenStart(m.start());
            c.evStart = tl.sentenceStart(s); c.evEnd = tl.sentenceEnd(s);
            c.mutual = t.mutual(); c.weak = t.weak();
            c.subordinate = t.verbal() && AttackRoles.timeClauseBefore(tl, m.start(), clause[0]);
            c.clauseStart = clause[0];
            c.contrast = clause[0] > a && CONTRAST.contains(tl.surfaceNorm(clause[0] - 1));
            // "تم الاتفاق على هدنة", "جرى التوقيع": the masdar after a passive auxiliary is the act told, not one referred to
            c.reference = definite && !t.verbal() && !lightVerbBefore(tl, m.start(), clause[0]) && !TriggerForms.roundOf(tl, m.start(), a)
                    && !(m.start() > a && PASSIVE_AUX.contains(tl.surfaceNorm(m.start() - 1)));
            for (Unit u : r.actor()) {
                if (type.equals("ASSAULT") && SentenceUnits.isQuantifier(tl, u)) continue;   // "عشرات" counts victims or a crowd
                // "اتفاق بوساطة الأمم المتحدة"، "تبادلا الأسرى بوساطة إماراتية": the mediator is no party to the deal or exchange (spec §2)
                if ((type.equals("AGREE") || type.equals("RETREAT")) && Mediators.named(tl, units, units.indexOf(u), a)) continue;
                for (Party p : u.parties()) Candidate.addParty(c.actor, p);
            }
            if (elided != null) for (Party p : elided) Candidate.addParty(c.actor, p);
            if (self != null) Candidate.addParty(c.actor, self);
            for (Unit u : r.recipient()) for (Party p : u.parties()) Candidate.addParty(c.recipient, p);
            if (type.equals("PROTEST") && c.actor.isEmpty() && !t.weak()) {
                // a demonstration is done by demonstrators: the trigger itself names them ("خرجت مظاهرات"),
                // with the states they come from when its phrase says so ("المتظاهرون من ألمانيا وفرنسا")
                Unit own = null;
                for (Unit u : units) if (u.first() <= m.start() && m.end() <= u.end() && !u.place() && u.hasCode()) own = u;
                if (own != null) for (Party p : own.parties()) Candidate.addParty(c.actor, p);
                else c.actor.add(new Party(text.substring(tl.tokenStart(m.start()), tl.tokenEnd(m.end() - 1)), null, "CVL", null));
            }
            if (t.mutual() && !type.equals("REQUEST")) { for (Party p : c.recipient) Candidate.addParty(c.actor, p); c.recipient.clear(); }
            if (type.equals("AGREE") && ceasefireHere) c.context.add("ceasefire");
            if (t.violate()) c.context.add("ceasefire");
            if (type.equals("CONSULT") && mediation && !"phone".equals(c.mode)) c.mode = "third-party";
            if (type.equals("ASSAULT")) ActModes.refineMode(c, weapons, clause[0], clause[1]);
            if (type.equals("MOBILIZE")) for (Party p : c.actor) if ("COP".equals(p.sector())) c.mode = "police";
            // "بحث الوزير في اتصال هاتفي مع نظيره": talks held by phone, whatever verb names them
            if (type.equals("CONSULT") && c.mode == null && PhraseTable.anyWord(tl, m.start(), Math.min(b, m.end() + 3), PHONE)) c.mode = "phone";
            for (Unit u : units) {
                if (u.place() && !sourceOf(frames, u) && u.end() > clause[0] && u.first() < clause[1]) Candidate.addLocation(c.locations, new Location(u.parties().get(0).text(), u.placeName(), u.code(), u.lat(), u.lon()));
            }
            if (c.locations.isEmpty()) {
                for (Unit u : units) if (u.place() && !sourceOf(frames, u)) Candidate.addLocation(c.locations, new Location(u.parties().get(0).text(), u.placeName(), u.code(), u.lat(), u.lon()));
            }
            c.status = ActModes.status(tl, m, clause[0], a, modal, t.verbal() ? -1 : lightVerbAt(tl, m.start(), clause[0]));
            c.official = outlet && frame == null;   // the outlet's correspondent tells it: its own fact
            if (frame != null && (c.status.equals("asserted"))) c.status = "claimed";
            // "أعلنت السلطات عن مقتل 12 شخصا إثر انفجار": the authorities' toll of an attack they blame on no one
            if (frame != null && c.status.equals("claimed") && type.equals("ASSAULT") && StatusCues.officialReport(tl, cues, frame, c.actor, units, a, b)) { c.status = "asserted"; c.official = true; }
            if (frame != null) ReportedActs.apply(c, frame, tl, m.start(), m.end(), a, r.instrument());
            if (type.equals("CONSULT") && !t.verbal() && c.actor.isEmpty() && prevVerbal != null && m.start() > a
                    && SETTING.contains(tl.surfaceNorm(m.start() - 1))) {
                // "اتفق لافروف ونظيره خلال اتصال هاتفي على ...": the talks are where the act was done, by its doers
                for (Party p : prevVerbal.actor) Candidate.addParty(c.actor, p);
                for (Party p : prevVerbal.recipient) Candidate.addParty(c.actor, p);
            }
            c.atRequest = type.equals("REQUEST") && !t.verbal() && AT_REQUEST.contains(tl.surfaceNorm(m.start()));
            if (c.atRequest) {
                // the asker is the one named right after "بناء على طلب", "بطلب من" (and those joined to it by و)
                c.actor.clear(); c.recipient.clear();
                int next = m.end();
                for (int k = 0; k < units.size(); k++) {
                    Unit u = units.get(k);
                    if (!usable[k] || u.place() && u.code() == null || u.first() < m.end()) continue;
                    if (u.first() > next + 1 && !(u.conj() && u.first() <= next + 1)) break;
                    if (u.first() > next + 1) break;
                    for (Party p : u.parties()) Candidate.addParty(c.actor, p);
                    next = u.end();
                }
            }
            out.add(c);
            // ("قامت قوة من الشرطة بمداهمة المسجد واعتدت على المصلين": a masdar after a light verb is a verb's act too)
            if ((t.verbal() || lightVerbBefore(tl, m.start(), clause[0])) && !c.actor.isEmpty()) prevVerbal = c;
        }
        CandidatePasses.invitedTalks(tl, out);
        for (FrameReader.FrameUse f : frames) {
            Candidate c = FrameReader.audience(tl, s, units, f, b);
            if (c != null) out.add(c);
        }
        CandidatePasses.atRequestOf(out);
        for (Candidate c : out) {
            // "تعقد منظمة الأمن والتعاون اجتماعا": a session of a body is multilateral (spec §2)
            if (c.type.equals("CONSULT") && c.mode == null && !c.actor.isEmpty() && c.actor.stream().allMatch(p -> p.code() != null && p.code().startsWith("IGO:"))) c.mode = "multilateral";
        }
        return out;
    }

    /** Relative pronouns: a comma before one sets off a relative clause, not a new clause. */
    private static final Set<String> RELATIVE = CueWords.set("relative");

    /** Auxiliaries of the periphrastic passive: تم الاتفاق، يتم التوقيع، جرى الاتصال. */
    private static final Set<String> PASSIVE_AUX = CueWords.set("passive-aux");

    /** Words that set talks as the occasion of another act: "خلال اتصال هاتفي", "في لقاء". */
    private static final Set<String> SETTING = CueWords.set("setting");
    /** A request noun opening "at the request of X": "بناء على طلب فرنسا", "بطلب من", "بدعوة من". */
    private static final Set<String> AT_REQUEST = CueWords.set("at-request");

    /**
     * The subject of the latest light verb (قام، شن، نفذ …) before token {@code ts} in the sentence: the
     * phrase ending right before it or the one right after it, with no preposition; null when none.
     */
    private Unit lightVerbSubject(TextLayer tl, List<Unit> units, boolean[] usable, int a, int ts) {
        for (int p = ts - 1; p >= a; p--) {
            if (!roles.isLightVerb(tl, p)) continue;
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                if (usable[k] && u.prep() == null && !u.place() && u.hasCode() && (u.end() == p || u.first() == p + 1)) return u;
            }
            return null;
        }
        return null;
    }

    /** The trigger opens the object of "ردا على" / "في رد على": the act being answered. */
    static boolean answered(TextLayer tl, int ts, int a) {
        if (ts - 2 < a || !tl.norm(ts - 1).equals("علي")) return false;
        String r = tl.surfaceNorm(ts - 2);
        return r.equals("ردا") || r.equals("رد") || r.equals("وردا");
    }

    /** The trigger, or the light verb or verb of reaching before it, carries the لـ of purpose. */
    private boolean purpose(TextLayer tl, int ts, int a) {
        if ((tl.proclitics(ts) & TextLayer.LI) != 0 || tl.surfaceNorm(ts).startsWith("للت")) return true;
        int p = ts - 1;
        return p >= a && ((tl.proclitics(p) & TextLayer.LI) != 0 || tl.surfaceNorm(p).startsWith("لل")) && roles.isLightVerb(tl, p);
    }

    /** Words after which a verb-shaped trigger can only be its masdar. */
    static final Set<String> NOUN_GOVERNORS = CueWords.set("noun-governor");
    /** Words that open a clause of contrast: "قصفت المدفعية …، بينما شنت المقاتلات غارات" tells two acts. */
    private static final Set<String> CONTRAST = CueWords.set("contrast");

    /** "أي مفاوضات": any act of the kind, not one that happened. */
    private static final Set<String> ANY = CueWords.set("any");
    /** "نية دمشق شن هجوم", "احتمال شن هجوم": an intention or a possibility, not an act (commentary, spec §2). */
    private static final Set<String> INTENT = CueWords.set("intent");

    /** "أبرز الغارات", "أهم الهجمات": the head of a list of acts, not one act. */
    private static final Set<String> LISTING = CueWords.set("listing");
    /** "قناة المسيرة", "صحيفة الثورة": a word after an outlet noun is its name. */
    private static final Set<String> OUTLET = CueWords.set("outlet");

    /** A noun trigger that names no act: "أي هجوم", the object of an intention "نية X شن هجوم", a list head, an outlet's name. */
    private static boolean irrealis(TextLayer tl, int ts, int a) {
        if (ts > a && (ANY.contains(tl.surfaceNorm(ts - 1)) || ANY.contains(tl.norm(ts - 1)))) return true;
        if (ts > a && (LISTING.contains(tl.surfaceNorm(ts - 1)) || OUTLET.contains(tl.norm(ts - 1)) || OUTLET.contains(tl.surfaceNorm(ts - 1)))) return true;
        if (ts - 1 > a && UnitWords.isOpeningQuote(tl.surfaceNorm(ts - 1)) && OUTLET.contains(tl.norm(ts - 2))) return true;
        for (int p = ts - 1; p >= Math.max(a, ts - 3); p--) {
            String n = tl.surfaceNorm(p);
            if (n.equals(",") || n.equals(".")) break;
            if (INTENT.contains(n) || INTENT.contains(tl.norm(p))) return true;
        }
        return false;
    }

    /** The trigger lies inside a multi-word name (not a demonym phrase, whose head noun may be the act). */
    private static boolean insideName(TextLayer tl, List<Unit> units, int ts, int te) {
        for (Unit u : units) {
            if (!u.demonym() && u.end() - u.at() > 1 && u.at() <= ts && te <= u.end() && !SentenceUnits.isGenericPhrase(tl, u)) return true;
        }
        return false;
    }

    private boolean lightVerbBefore(TextLayer tl, int ts, int ca) { return lightVerbAt(tl, ts, ca) >= 0; }

    /** The light verb of the noun act at {@code ts} (up to eight words before it in its clause), or -1. */
    private int lightVerbAt(TextLayer tl, int ts, int ca) {
        for (int p = ts - 1; p >= Math.max(ca, ts - 8); p--) if (roles.isLightVerb(tl, p)) return p;
        return -1;
    }

}
