package org.marsad.event;

import static org.marsad.event.RoleCues.possessedInstrument;
import static org.marsad.event.RoleCues.possessed;
import static org.marsad.event.RoleCues.indefiniteNoun;
import static org.marsad.event.RoleCues.TIME_WORDS;
import static org.marsad.event.RoleCues.causalBefore;
import static org.marsad.event.RoleCues.COMPLEMENTISERS;
import static org.marsad.event.RoleCues.objectPronoun;
import static org.marsad.event.RoleCues.RELATIVES;
import static org.marsad.event.RoleCues.appositionBetween;
import static org.marsad.event.RoleCues.isQuote;
import static org.marsad.event.RoleCues.relativeBetween;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.TextLayer;

/**
 * Reads who does what to whom around one trigger: subject and object of a verb (VSO and SVO),
 * passives ("قتل 36 مقاتلا من ..."), the genitive, demonym and لـ of a noun ("هجوم داعش", "غارات
 * تركية", "غارة للتحالف"), "من قبل X", "على/ضد/باتجاه X", "بين X وY", and the subject of a light
 * verb ("شنت إسرائيل غارات").
 */
final class RoleReader {
    /**
     * Actor and recipient units of a trigger; {@code instrument}: the verb's subject is a weapon or
     * attack noun before it ("صاروخا استهدف"), so the clause does not name who acted.
     */
    record Roles(List<Unit> actor, List<Unit> recipient, boolean instrument) {
        Roles(List<Unit> actor, List<Unit> recipient) { this(actor, recipient, false); }
    }

    private final PhraseTable<Boolean> lightVerbs = new PhraseTable<>();

    private static final Set<String> ASSAULT_PREPS = CueWords.set("assault-prep");
    private static final Set<String> OTHER_PREPS = CueWords.set("recipient-prep");
    /** "أفرجت السلطات عن صحفية فرنسية": عن names who is released. */
    private static final Set<String> RELEASE_PREPS = java.util.stream.Stream.concat(OTHER_PREPS.stream(), java.util.stream.Stream.of("عن")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    RoleReader() {
        for (String[] r : LexiconFile.rows("/lexicon/light-verbs.tsv")) {
            Set<String> forms = LexiconFile.newSet(), future = LexiconFile.newSet();
            LexiconFile.expand(LexiconFile.split(r[0]), r[1], forms, future);
            for (String f : forms) lightVerbs.add(f, Boolean.TRUE, false);
            for (String f : future) lightVerbs.add(f, Boolean.TRUE, true);
        }
    }

    boolean isLightVerb(TextLayer tl, int t) { return lightVerbs.matchAt(tl, t, t + 1) != null; }


    /**
     * @param ca,cb   the clause: units outside it are not read
     * @param usable  units that may be arguments (report sources are not)
     */
    /** Acts whose noun takes its doer after من: a request, an approval, a backing, a refusal. */
    private static final Set<String> FROM_AGENT = Set.of("REQUEST", "AGREE", "SUPPORT", "REJECT");

    /** Buildings (cue class {@code building}): forces entering one are in a siege or raid, not deployed. */
    private static final Set<String> BUILDINGS = CueWords.set("building");

    Roles read(TextLayer tl, List<Unit> units, boolean[] usable, int ts, int te, Trigger t, int ca, int cb) {
        return read(tl, units, usable, ts, te, t, ca, cb, null);
    }

    /** @param verbs tokens that are verbs of events in the sentence (a genitive does not reach across one), or null */
    Roles read(TextLayer tl, List<Unit> units, boolean[] usable, int ts, int te, Trigger t, int ca, int cb, java.util.BitSet verbs) {
        List<Unit> actor = new ArrayList<>(), recipient = new ArrayList<>();
        boolean instrumentSubject = false;
        // "قصفت الموقع ردا على استهداف التنظيم دورية": the act answered is another event with its own parties
        for (int p = te; p + 1 < cb; p++) {
            String n = tl.surfaceNorm(p);
            if ((n.equals("ردا") || n.equals("وردا") || n.equals("رد")) && tl.norm(p + 1).equals("علي")) { cb = p; break; }
        }
        // "قصفت الطائرات مواقع في غزة بعد هجوم شنته حماس": an attack told as the time or cause of this act is
        // another act with its own parties (not so for a passive toll: "قتل 5 إثر هجوم شنه تنظيم داعش")
        int cause = RoleCues.causeCut(tl, te, cb);
        if (cause < cb && !RoleCues.passiveToll(tl, te, cb)) cb = cause;
        boolean assault = t.type().equals("ASSAULT");
        Set<String> recipPreps = assault ? ASSAULT_PREPS : "release".equals(t.mode()) ? RELEASE_PREPS : OTHER_PREPS;
        List<Unit> after = new ArrayList<>(), before = new ArrayList<>();
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!usable[k] || u.end() <= ca || u.first() >= cb || RoleCues.onMedium(tl, u)) continue;
            // "إسقاط الطائرة الأوكرانية": the demonym of the object word that ends the phrase names who is acted on
            // (its head noun inside the phrase, or the adjective right after it: "إسقاط طائرة الركاب الماليزية")
            // ("دخلت قوات تركية إلى بلدة جنديرس": a trigger that names the force it moves has that force as its actor)
            // (forces entering a building, "دخلت قوات الشرطة الفندق", end a siege: no deployment)
            if (t.type().equals("MOBILIZE") && !u.place() && u.first() > ts && u.first() < te) { if (!PhraseTable.anyWord(tl, u.end(), Math.min(cb, u.end() + 2), BUILDINGS)) actor.add(u); }
            else if (u.demonym() && !t.verbal() && te - ts > 1 && (u.first() > ts && u.first() < te || u.at() > ts && u.at() <= te)
                    && (RoleWords.is(tl, ts, RoleWords.OBJECT_GENITIVE) || RoleCues.envoyOfState(tl, u, ts, te))) recipient.add(u);
            // "مصادرة أراض فلسطينية": the demonym of a masdar's object names who is acted on
            else if (u.demonym() && !t.verbal() && u.first() <= ts && u.at() > te && u.at() - te <= 2 && RoleWords.is(tl, te - 1, RoleWords.OBJECT_GENITIVE)) recipient.add(u);
            // ("بقصف مواقع باكستانية": after a target noun the demonym is the target's)
            else if (u.demonym() && !t.verbal() && u.first() <= ts && u.at() >= te && u.at() - te <= 2) (AttackRoles.targetBetween(tl, te, u.at()) ? recipient : actor).add(u);
            else if (u.at() >= te) after.add(u);
            else if (u.end() <= ts) before.add(u);
            // ("دخل اتفاق وقف إطلاق النار بين إسرائيل والحركة حيز التنفيذ": the sides inside a two-sided phrase)
            else if (t.mutual() && !t.verbal() && u.first() > ts && u.end() < te && u.party(assault) && ("بين".equals(u.prep()) || u.conj())) actor.add(u);
            // "إسقاط دمشق طائرة": the genitive between a masdar and its object is the doer
            // (a capital there stands for its government, as a fronted subject does)
            // (a preposition before the masdar governs the masdar, not its genitive: "ردا على إسقاط دمشق طائرة")
            else if (!t.verbal() && u.first() == ts + 1 && u.end() < te && (tl.proclitics(u.first()) & (TextLayer.BI | TextLayer.LI | TextLayer.KA)) == 0
                    && u.party(false) && !u.demonym()) actor.add(u);
            else if (u.demonym() && !t.verbal()) actor.add(u);       // غارات تركية: the trigger is the head
            else if (!t.verbal() && u.code() == null && u.parties().get(0).sector() != null) actor.add(u);   // "المتظاهرون" names its actor
        }
        // ("قتل 16 … خلال تشييع مقاتلين قتلوا الأربعاء بيد مسلحي التنظيم": an agent after another verb of an act is that verb's)
        for (Unit u : after) if ("من قبل".equals(u.prep()) && u.party(assault) && (verbs == null || verbs.nextSetBit(te) < 0 || verbs.nextSetBit(te) >= u.first())) actor.add(u);
        if (t.verbal()) {
            Unit inside = RoleCues.subjectInside(tl, units, usable, ts, te, assault);
            boolean subjectBefore = false;
            for (Unit u : before) subjectBefore |= u.prep() == null && u.party(assault) && ts - u.end() <= 3;
            int count = RoleCues.countAt(tl, te, cb);
            boolean passive = assault && RoleCues.passiveToll(tl, te, cb) && !subjectBefore && inside == null;
            Unit subj = null;
            if (passive) {
                // the victims: the first phrase after the count, and what is joined to it by و
                for (Unit u : after) {
                    // "قتل 5 إثر هجوم شنه تنظيم داعش": the cause's party did it
                    if (!u.place() && u.prep() == null && causalBefore(tl, u.at(), Math.max(ca, te))) { actor.add(u); continue; }
                    // ("قتلوا وأصيب 25 آخرون في قصف روسي": the demonym of the attack noun is the attacker's, not a victim)
                    if (u.demonym() && RoleWords.is(tl, u.first(), RoleWords.INSTRUMENT)) { actor.add(u); continue; }
                    if (u.place() || u.demonym() && u.first() > te + 4) continue;
                    // ("قتل 14 شخصا في هجوم انتحاري": a phrase after the attack noun is the attack's, not the victims)
                    if (recipient.isEmpty() && (u.prep() == null || u.prep().equals("من")) && u.first() - te <= 6 && !AttackRoles.instrumentBetween(tl, count, u.first())) recipient.add(u);
                    else if (!recipient.isEmpty() && u.conj() && recipient.get(recipient.size() - 1).end() >= u.first() - 1) recipient.add(u);
                }
            } else {
                // "إن القوات X قصفت", "أرمينيا تتهم", "الفصائل قد أطلقت": a noun right before its verb, opening the clause or
                // after إن/أن, is the verb's subject; a capital or country there stands for its government
                Unit fronted = null;
                for (Unit u : before) {
                    // ("وكانت إسلام آباد قد اتهمت كابل": so too after كان, whose subject the noun is)
                    if (u.prep() == null && u.party(assault) && (u.end() == ts || u.end() == ts - 1 && tl.surfaceNorm(ts - 1).equals("قد"))
                            && (u.first() <= ca || u.first() > 0 && COMPLEMENTISERS.contains(tl.surfaceNorm(u.first() - 1))
                                || u.first() > ca && KanaClauses.kanaWithin(tl, ca, u.first()))) fronted = u;
                }
                // "القذيفة التي دمرت المروحية": after a relative pronoun the antecedent is the subject and the
                // phrase after the verb its object ("المنزل الذي قصفته الطائرات", with the pronoun on the verb, is not)
                // ("بالرئيس، والذي طالب": a comma and و may stand between)
                String rel = ts > ca ? tl.surfaceNorm(ts - 1) : "";
                boolean relative = (RELATIVES.contains(rel) || rel.startsWith("و") && RELATIVES.contains(rel.substring(1))) && !objectPronoun(tl, ts);
                if (relative) for (int k = 0; k < units.size(); k++) {
                    Unit u = units.get(k);
                    if (usable[k] && u.party(assault) && (u.end() == ts - 1 || u.end() == ts - 2 && tl.surfaceNorm(ts - 2).equals(",") && rel.startsWith("و"))) fronted = u;
                }
                // "اعترضت صاروخا مجنحا استهدف القاعدة", "بقذيفة روسية استهدفت مدرسة": a weapon or attack
                // noun right before the verb is its subject; the phrase after the verb is its object
                // ("صاروخين أطلقهما الحوثيون": the weapon before a verb carrying its pronoun is the object)
                int instrument = fronted == null && !relative && !t.resumptive() ? RoleCues.instrumentBefore(tl, ts, ca) : -1;
                if (instrument >= 0) {
                    instrumentSubject = !possessedInstrument(tl, instrument);   // "إن طائراتها قصفت": the speaker's own planes
                    // its owner: the demonym on it or the genitive after it ("صاروخ إسرائيلي استهدف", "طائرات التحالف قصفت")
                    for (int k = 0; k < units.size(); k++) {
                        Unit u = units.get(k);
                        if (!usable[k] || !u.hasCode() || u.place() || u.prep() != null && !u.demonym()) continue;
                        // ("طائرات أوكرانية مسيرة هاجمت": the instrument word may be an adjective right after a phrase headed by one)
                        boolean headed = u.end() == instrument && RoleWords.is(tl, u.first(), RoleWords.INSTRUMENT);
                        if (u.demonym() && u.first() <= instrument && instrument < u.end() || headed || u.first() > instrument && u.end() <= ts) fronted = u;
                    }
                }
                // "وسبق لتنظيم داعش أن هاجم": the لـ phrase of "سبق لـ X أن" is the subject of the verb after أن
                Unit preceded = RoleCues.precededSubject(tl, units, usable, ts);
                Unit mainSubject = preceded == null && fronted == null ? KanaClauses.kanaQadSubject(tl, before, ts) : null;
                if (preceded != null) subj = preceded;
                else if (mainSubject != null) subj = mainSubject;
                else if (fronted != null) subj = fronted;
                else if (instrument >= 0) { /* the weapon's owner is unsaid */ }
                // "العشرات من المستوطنين هاجموا المزارعين": a verb agreeing in the plural has its subject before it
                // (a verb before its subject stays singular), so the phrase after it is its object
                // ("إن قواتها استهدفت منشآت تستخدمها القوات الأوكرانية": the speaker's own forces right before the verb
                // are its subject; a phrase after it is its object or another verb's subject)
                // ("ضرب الصاروخ مبنى وزارة الدفاع الهندية": a definite weapon alone right after the verb is its subject,
                // the phrase after it the object; "شنت طائرات التحالف" is a weapon in construct with its owner)
                else if (!relative && !AttackRoles.pluralVerb(tl, ts, te) && !(ts - 1 >= ca && FrameReader.ownForces(tl.surfaceNorm(ts - 1)))
                        && !(te + 1 < cb && tl.surfaceNorm(te).startsWith("ال") && RoleWords.is(tl, te, RoleWords.INSTRUMENT)
                            && after.stream().noneMatch(x -> x.first() <= te && te < x.end()) && !tl.surfaceNorm(te + 1).startsWith("ال"))) for (Unit u : after) {
                    if (u.at() - te > 6) break;
                    if (RoleCues.envoyOfState(tl, u, ts, te)) continue;
                    // "اغتالت ناشطاً في الحركة": a noun with the accusative tanwin is the object; the subject is before
                    if (u.prep() == null && u.party(assault) && u.first() < u.at() && indefiniteNoun(tl, u.first())) break;
                    // "مذكرة طالبت فيها مجلس الأمن بعقد جلسة": a feminine verb does not take a masculine body after it as subject
                    if (u.prep() == null && u.party(assault) && RelativeRoles.genderClash(tl, ts, u, t.type())) continue;
                    // "أصدرت قطر بيانا طالبت فيه الجامعة العربية بالتحرك": after "فيه/فيها" on the verb the document
                    // named before is the subject; the phrase after is the object
                    if (u.prep() == null && u.party(assault) && RoleCues.resumptiveIn(tl, ts, te)) break;
                    if (u.prep() == null && u.party(assault)) { subj = u; break; }
                    if (u.prep() != null && !u.prep().equals("من قبل")) break;   // a PP first: the subject is before
                }
                if (fronted != null && te - ts > 1) {
                    // "إثيوبيا تحمل القاهرة المسؤولية": with the subject fronted, the noun inside the phrase is the object
                    // (a capital there standing for its government)
                    for (int k = 0; k < units.size(); k++) {
                        Unit u = units.get(k);
                        if (usable[k] && u.first() > ts && u.end() <= te && u.prep() == null && !SentenceUnits.isQuantifier(tl, u)) { recipient.add(u); break; }
                    }
                } else if (inside != null) {
                    subj = inside;
                    // "حملت كينيا مقديشو المسؤولية": in a gapped phrase the second noun is the object,
                    // a capital there standing for its government
                    for (int k = 0; k < units.size(); k++) {
                        Unit u = units.get(k);
                        if (usable[k] && u != inside && u.first() >= inside.end() && u.end() <= te && u.prep() == null) { recipient.add(u); break; }
                    }
                }
                // "وألقى X باللوم على Y وZ وتوعد": before a verb joined by و, the last of a coordination closes the
                // previous clause; the verb's subject is elided (the previous verb's), not that phrase
                boolean coordinated = (tl.proclitics(ts) & TextLayer.WA) != 0 && ts > ca;
                // ("دانت الجامعة الهجوم الذي استهدف مسجدا": the relative's antecedent, a noun of no party, is its
                // subject; the party before it is another clause's)
                if (subj == null && instrument < 0 && !(relative && fronted == null)) {
                    for (int k = before.size() - 1; k >= 0; k--) {
                        Unit u = before.get(k);
                        if (coordinated && u.conj()) break;
                        // a relative clause may stand between the subject and its verb: "المليشيات التي تتقاتل … توصلت"
                        int reach = relativeBetween(tl, u.end(), ts) || appositionBetween(tl, u.end(), ts) ? 14 : 6;
                        if (u.prep() == null && u.party(assault) && ts - u.end() <= reach) { subj = u; break; }
                    }
                }
                if (subj != null) actor.add(subj);
                // "وصل المبعوث إلى عدن حيث التقى رئيس الحكومة": a meeting after حيث has the main clause's subject in it
                Unit where = t.mutual() ? Clauses.whereSubject(tl, units, usable, ts) : null;
                if (where != null && !actor.contains(where)) actor.add(0, where);
                // "إن إيران وسوريا ستلتزمان": a subject before its verb joined by و brings the phrases before it
                for (Unit x = subj; x != null && x.end() <= ts && x.conj(); ) {
                    Unit prev = null;
                    for (Unit u : before) if (u.end() <= x.first() && u.end() >= x.first() - 1 && u.prep() == null && u.party(assault)) prev = u;
                    if (prev != null && !actor.contains(prev)) actor.add(0, prev);
                    x = prev;
                }
                boolean objTaken = false;
                for (Unit u : after) {
                    if (u == subj || actor.contains(u)) continue;
                    if (subj != null && u.first() < subj.first()) continue;
                    // ("استقبل ولي العهد السعودي الأمير محمد بن سلمان … الرئيس الأوكراني": a name right after its bare title, an
                    // honorific between at most, is the same one)
                    if (subj != null && u.first() >= subj.end() && u.first() - subj.end() <= 1 && u.prep() == null && u.hasCode() && u.code().equals(subj.code())
                            && (subj.parties().get(0).name() == null) != (u.parties().get(0).name() == null)) { actor.add(u); continue; }
                    if (u.conj() && !actor.isEmpty() && actor.get(actor.size() - 1).end() >= u.first() - 1 && recipient.isEmpty()) { actor.add(u); continue; }
                    // "مواقع المتمردين ومخازن أسلحتهم": a phrase joined by و to the object is an object too
                    if (u.conj() && !recipient.isEmpty() && recipient.get(recipient.size() - 1).end() >= u.first() - 1 && u.party(assault)) { recipient.add(u); continue; }
                    if (assault && u.prep() == null && u.party(assault) && causalBefore(tl, u.at(), Math.max(ca, te))) { actor.add(u); continue; }
                    // (the object of a verbal act stands near it: "تحذر الشركات … إذا قررت مساعدة كاراكاس" — Caracas is the
                    // object of another clause's masdar)
                    if (t.type().equals("ACCUSE") && RoleCues.wronged(tl, u)) continue;
                    if (u.prep() == null && !objTaken && (u.party(assault) || assault)
                            && (assault || t.mutual() || u.first() - ObjectReach.from(tl, te, subj, cb) <= 6)) { recipient.add(u); objTaken = true; continue; }
                    // ("قتلوا في غارة لطائرات التحالف": a لـ after an attack noun is that noun's owner, not the verb's object)
                    // ("دعا في جلسة لمجلس الأمن إلى …": a لـ right after a plain noun is that noun's genitive, not the
                    // verb's; the owner of an attack's target, "قصفت مواقع للجيش", is its recipient)
                    // ("دعت فرنسا إيران إلى الامتناع عن أي هجوم على إسرائيل": once the one asked is named, a phrase
                    // further on belongs to what is asked)
                    if (u.prep() != null && recipPreps.contains(u.prep()) && (u.party(assault) || assault) && u.first() - te <= 10
                            && !(objTaken && t.type().equals("REQUEST"))
                            && !(assault && "ل".equals(u.prep()) && AttackRoles.instrumentBetween(tl, te, u.first()))
                            && !(!assault && "ل".equals(u.prep()) && u.first() - 1 > te && plainNoun(tl, u.first() - 1))) recipient.add(u);
                    else if (u.prep() != null && (u.prep().equals("مع") || u.prep().equals("بين")) && t.mutual()) actor.add(u);
                    // "التقى برئيس الحكومة", "اجتمع بالوفد", "اتصل بنظيره": ب names who else takes part in talks
                    else if ("ب".equals(u.prep()) && t.mutual() && !assault && u.party(assault) && u.first() - te <= 8) actor.add(u);
                }
            }
        } else {
            // "مساعدتها العسكرية لأفغانستان", "حملتها على الغوطة": a noun with a possessive pronoun takes no
            // genitive; its owner is the party named before it, and its لـ is who it is for
            boolean possessed = possessed(tl, ts) || possessed(tl, te - 1);
            // "على استهداف داعش": the genitive carries the preposition of its head, the trigger
            String trigPrep = UnitWords.prepBefore(tl, ts, ca);
            // "هجوما انتحاريا استهدف المقر": an indefinite noun takes no genitive
            // ("متظاهرون غاضبون … مبنى السفارة": a sound plural with its nun, like a noun with tanwin, governs no genitive)
            String last = tl.surfaceNorm(te - 1);
            boolean indefinite = indefiniteNoun(tl, te - 1) || last.length() >= 5 && last.endsWith("ون");
            if (possessed) PossessedMasdars.read(tl, units, usable, before, after, ts, te, assault, actor, recipient);
            // "لمحاولة القوات الحكومية السيطرة على مواقعها": the doer of an attempt, its genitive, does the act
            if (actor.isEmpty()) for (Unit u : before) if (u.end() == ts && !u.place() && !u.demonym() && nounParty(u, assault) && RoleCues.attemptNoun(tl, u.first() - 1)) actor.add(u);
            if (actor.isEmpty()) {
                Unit responsible = RoleCues.responsibleFor(tl, before, ts);
                if (responsible == null) responsible = RoleCues.denierOf(tl, before, ts);
                if (responsible != null) actor.add(responsible);
            }
            List<Unit> genitives = new ArrayList<>(1);
            Unit gen = null, second = null;
            // ("استهدفت ضربة أمريكية قياديا في التنظيم": an adjective after the noun ends its construct; no genitive follows)
            int adjectived = -1;
            for (Unit d : units) if (d.demonym() && d.first() <= ts && d.end() >= te) adjectived = Math.max(adjectived, d.end());
            for (Unit u : after) {
                if (actor.contains(u)) continue;
                boolean bare = u.prep() == null || u.prep().equals(trigPrep) && !u.conj();
                if (!possessed && !indefinite && bare && nounParty(u, assault) && genitive(tl, te, u.first(), verbs) && !(adjectived > te && u.first() >= adjectived)) {
                    // "استهداف التنظيم دورية للجيش": after the doer in the genitive, the next phrase is the object
                    if (gen != null && !u.conj()) { if (second == null) second = u; recipient.add(u); continue; }
                    if (gen == null) gen = u;
                    actor.add(u); genitives.add(u); continue;
                }
                // "استهداف التنظيم قافلة للجيش": the object noun after the doer, with its owner after لـ
                if (gen != null && second == null && !u.conj() && "ل".equals(u.prep()) && u.first() == gen.end() + 1
                        && plainNoun(tl, gen.end())) { second = u; recipient.add(u); continue; }
                int reach = te;   // "غارة للتحالف", "غارات جوية تركية للتحالف": right after the noun and its adjectives
                for (Unit x : actor) if (x.demonym()) reach = Math.max(reach, x.end());
                reach = RoleCues.ownerReach(tl, reach, cb);
                // ("مساعدات إنسانية للاجئين السوريين": the لـ of aid to people is who receives it; "قافلة مساعدات للجنة
                // الدولية للصليب الأحمر"، "شاحنات مساعدات للهلال الأحمر التركي" are the body's own)
                if (u.first() <= reach && "ل".equals(u.prep()) && nounParty(u, assault) && t.type().equals("AID")
                        && (u.demonym() || "CVL".equals(u.parties().get(0).sector()) && u.parties().get(0).name() == null)) { recipient.add(u); continue; }
                if (u.first() <= reach && "ل".equals(u.prep()) && nounParty(u, assault) && !t.type().equals("REQUEST") && !possessed) { actor.add(u); continue; }
                if (u.prep() != null && (u.prep().equals("بين") || u.prep().equals("مع")) && t.mutual()) { actor.add(u); continue; }
                // "بطلب من فرنسا", "بدعوة من روسيا", "موافقة بالإجماع من مجلس الأمن": من right after the noun of a
                // speech act (an adverb between at most) names who does it
                // ("عشرة مطالب أميركية من كوريا الشمالية": after a noun of demands, من names the one asked)
                if (FROM_AGENT.contains(t.type()) && "من".equals(u.prep()) && nounParty(u, assault) && u.first() - te <= 2 && actor.isEmpty()
                        && !RoleCues.DEMAND_NOUNS.contains(tl.norm(te - 1))) { actor.add(u); continue; }
                if (RoleCues.DEMAND_NOUNS.contains(tl.norm(te - 1)) && "من".equals(u.prep()) && nounParty(u, assault) && u.first() - te <= 3 && recipient.isEmpty()) { recipient.add(u); continue; }
                // "اتصالا هاتفيا بنظيره التركي مولود جاويش أوغلو": every party named with the talks takes part
                if (t.mutual() && !assault && nounParty(u, assault) && (u.prep() == null || u.prep().equals("ب")) && u.first() - te <= 8) { actor.add(u); continue; }
                // "وضمت المفاوضات وزراء الخارجية في كل من إثيوبيا والسودان ومصر": the states of "each of" take part
                if (t.mutual() && !assault && "من".equals(u.prep()) && u.hasCode() && u.first() - te <= 14 && (RoleCues.eachOf(tl, u.first()) || u.conj() && !actor.isEmpty()
                        && actor.get(actor.size() - 1).end() >= u.first() - 1 && "من".equals(actor.get(actor.size() - 1).prep()))) { actor.add(u); continue; }
                if (u.conj() && !actor.isEmpty() && actor.get(actor.size() - 1).end() >= u.first() - 1) { actor.add(u); continue; }
                if (u.conj() && !recipient.isEmpty() && recipient.get(recipient.size() - 1).end() >= u.first() - 1) { recipient.add(u); continue; }
                // ("مقتل القائد في ضربة جوية للقوات الأمريكية": a لـ after another attack noun is that noun's)
                // ("قتال عنيف في محيط المطار قبل جلسة لمجلس الأمن": fighting has its sides after بين/مع; a لـ further on
                // is the genitive of another noun)
                if (u.prep() != null && recipPreps.contains(u.prep()) && (nounParty(u, assault) || assault) && u.first() - te <= 8
                        && !(assault && AttackRoles.instrumentBetween(tl, te, u.first()))
                        && !(assault && t.mutual() && "ل".equals(u.prep()) && u.first() > te + 1)) recipient.add(u);
            }
            // "مصادرة الأراضي من قبل إسرائيل", "إسقاط طائرة إسرائيلية": the genitive of a masdar is its object
            // when the doer is named otherwise or the masdar takes its genitive as object, unless a second
            // phrase follows it (then the genitive is the doer and the second the object)
            if (gen != null && !t.mutual()) {
                boolean agentNamed = false;
                for (Unit u : actor) agentNamed |= "من قبل".equals(u.prep());
                if (agentNamed || RoleWords.is(tl, te - 1, RoleWords.OBJECT_GENITIVE) && second == null || RoleWords.is(tl, te - 1, RoleWords.DEATH) && !gen.demonym()) {
                    actor.remove(gen);
                    recipient.add(0, gen);
                    for (Unit u : after) if (u.conj() && u.first() <= gen.end() + 1 && actor.remove(u)) recipient.add(u);
                }
            }
            // a light verb before the noun: شنت إسرائيل غارات / إسرائيل شنت غارات
            // (a parenthesis, "ظهر الخميس (16:00 ت غ)", does not count towards the eight words)
            for (int p = ts - 1, floor = Math.max(ca, ts - 8 - RoleCues.parenthesisBefore(tl, ts, ca)); p >= floor; p--) {
                if (!isLightVerb(tl, p)) continue;
                // "غارة شنتها طائرة مسيرة": a light verb carrying the pronoun of the act before it has the noun after it as subject
                if (p == ts - 1 && objectPronoun(tl, p)) break;
                for (Unit u : before) if (u.first() > p && u.prep() == null && u.party(assault) && !actor.contains(u)) actor.add(u);
                boolean subject = false;   // the "مع" partners of talks are actors too, but not the light verb's subject
                for (Unit u : actor) subject |= u.end() <= ts;
                if (!subject) {
                    for (int k = before.size() - 1; k >= 0; k--) {
                        Unit u = before.get(k);
                        if (u.end() <= p && u.prep() == null && u.party(assault) && p - u.end() <= 4) { actor.add(u); break; }
                    }
                }
                // "تعتزم المنظمة دعوة الأطراف": with the light verb's subject as the asker, the request's genitive is the one asked
                boolean doer = false;
                for (Unit u : actor) doer |= !genitives.contains(u);
                // ("وردت المدفعية الهندية بقصف مواقع باكستانية": so is an attack's genitive, the doer being named)
                if (doer && (assault || t.type().equals("REQUEST"))) for (Unit g : genitives) if (actor.remove(g)) recipient.add(0, g);
                break;
            }
            // a light verb after it: هجوم شنه التنظيم
            for (int p = te; p < Math.min(cb, te + 3); p++) {
                if (!isLightVerb(tl, p)) continue;
                for (Unit u : after) {
                    if (u.first() > p && u.first() <= p + 2 && u.prep() == null && u.party(assault)) { actor.add(u); recipient.remove(u); break; }
                }
                break;
            }
            // "قصف صاروخي، نسب إلى جماعة مسلحة": an attack attributed to X is X's (past a comma: the
            // participle's clause qualifies the noun)
            // (it names the doer a generic "انتحاري" of the act's own phrase left unplaced)
            if (assault && actor.stream().noneMatch(Unit::hasCode)) {
                Unit by = RoleCues.attributedTo(tl, units, usable, te, tl.sentenceEndToken(tl.sentenceOf(ts)));
                if (by != null) { actor.clear(); actor.add(by); recipient.remove(by); }
            }
            // "ونسب السكان الغارات إلى الطيران الروسي": the verb of attribution before the act, its إلى after it
            if (assault && RoleCues.attributionVerbBefore(tl, ts, ca)) {
                Unit by = RoleCues.partyAfterIla(tl, units, usable, te, cb);
                if (by != null) { actor.clear(); actor.add(by); recipient.remove(by); }
            }
        }
        if (t.verbal()) VerbRoleTurns.apply(tl, units, usable, ts, te, t, ca, cb, actor, recipient);
        // ("قدمت إيران شكوى إلى مجلس الأمن ضد الولايات المتحدة": the one complained to is no one accused)
        if (t.type().equals("ACCUSE") && recipient.stream().anyMatch(u -> "ضد".equals(u.prep()))) recipient.removeIf(u -> "الي".equals(u.prep()));
        return new Roles(actor, recipient, instrumentSubject && actor.isEmpty());
    }

    /**
     * A party of a noun trigger: not a place, or a capital governed by a preposition ("العقوبات على كاراكاس");
     * a bare capital after the noun is where it happened or a name ("مفاوضات الدوحة", "إعلان جدة").
     */
    static boolean nounParty(Unit u, boolean violent) { return !u.place() || u.party(violent) && u.prep() != null; }

    /** A word with no clitic that is no function word, time word or verb of light: "قافلة", "دورية". */
    private boolean plainNoun(TextLayer tl, int t) {
        if (t >= tl.tokenCount() || !UnitWords.isWord(tl, t) || isLightVerb(tl, t)) return false;
        String n = tl.surfaceNorm(t);
        return (tl.proclitics(t) & (TextLayer.WA | TextLayer.BI | TextLayer.LI | TextLayer.FA)) == 0 && !UnitWords.isFunction(n)
                && !UnitWords.isFunction(tl.norm(t)) && !TIME_WORDS.contains(n);
    }

    /** A phrase directly after a noun, or after up to three plain words: "اجتماع رؤساء أركان جيوش حلف الناتو". */
    private boolean genitive(TextLayer tl, int te, int first, java.util.BitSet verbs) {
        if (first < te || first - te > 3) return false;
        for (int t = te; t < first; t++) {
            if (verbs != null && verbs.get(t)) return false;   // "هجوم ... استهدف مقر الوزارة": the verb's object
            String n = tl.surfaceNorm(t);
            if (!UnitWords.isWord(tl, t) || UnitWords.isFunction(n) || UnitWords.isFunction(tl.norm(t)) || isLightVerb(tl, t)) return false;
            if ((tl.proclitics(t) & (TextLayer.WA | TextLayer.BI | TextLayer.LI)) != 0) return false;
        }
        return true;
    }
}
