package org.marsad.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.doc.Document;
import org.marsad.entity.EntityLayer;
import org.marsad.entity.Mention;
import org.marsad.quantity.Casualty;
import org.marsad.text.TextLayer;
import org.marsad.time.TimeExpr;

/**
 * PLOVER events of a document (spec §1–2): triggers from {@code lexicon/triggers.tsv}, arguments
 * from entity mentions, claims and modality from {@code frames.tsv} and {@code modality.tsv},
 * dates from the time layer (publication date otherwise), tolls from the casualty layer, and one
 * event per real action however often the article tells it. Build once; thread-safe.
 */
public final class EventExtractor {
    private final TriggerLexicon triggers = new TriggerLexicon();
    private final CueLexicon cues = new CueLexicon();
    private final RoleReader roles = new RoleReader();
    private final SentenceReader reader = new SentenceReader(triggers, cues, roles);
    private final PlaceLookup places;
    private static final Background BACKGROUND = new Background();
    private static final ReferenceNouns REFERENCES = new ReferenceNouns();

    public EventExtractor() { this(PlaceLookup.NONE); }

    /** @param places coordinates of place entities (the knowledge base) */
    public EventExtractor(PlaceLookup places) { this.places = places == null ? PlaceLookup.NONE : places; }

    public List<Event> extract(Document doc, TextLayer tl, EntityLayer el, List<TimeExpr> tagged, List<Casualty> casualties) {
        String text = doc.text();
        int nSent = tl.sentenceCount();
        List<List<Mention>> bySentence = new ArrayList<>(nSent);
        for (int s = 0; s < nSent; s++) bySentence.add(new ArrayList<>());
        List<Mention> ms = new ArrayList<>(el == null ? List.of() : el.mentions());
        ms.sort(Comparator.comparingInt(Mention::start));
        List<TimeExpr> times = TimeSpans.outsideNames(tagged, ms);
        int[] datelines = new int[nSent];   // + 1: 0 not yet read
        for (Mention m : ms) {
            Mention t = tokenised(tl, m);
            if (t == null) continue;
            int s = tl.sentenceOf(t.firstToken());
            // ("باريس، فرنسا (CNN)--", and "الخرطوم (وكالات) -" at a paragraph start of the first sentences)
            if (datelines[s] == 0) datelines[s] = Datelines.end(text, tl.sentenceStart(s), tl.sentenceEnd(s), s <= 3 && Datelines.paragraphStart(text, tl.sentenceStart(s))) + 1;
            if (m.start() < datelines[s] - 1) continue;
            bySentence.get(s).add(t);
        }
        java.util.Set<String> named = new java.util.HashSet<>();
        java.util.Map<String, Integer> placeStates = new java.util.HashMap<>();
        for (Mention m : ms) {
            if (m.code() == null) continue;
            if (m.kind() == org.marsad.entity.MentionKind.PLACE) placeStates.merge(m.code(), 1, Integer::sum);
            else named.add(m.code());
        }
        placeStates.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).ifPresent(e -> named.add(e.getKey()));
        List<Party> focus = new ArrayList<>();
        Party speaker = null;
        Party[] speakerOut = new Party[1];
        List<Candidate> all = new ArrayList<>();
        boolean[] verbAt = new boolean[tl.tokenCount()];
        byte[][] topics = TopicContext.sentences(tl);
        byte[] sport = TopicContext.SPORT.of(topics), arts = TopicContext.CULTURE.of(topics);
        String paragraphDate = null, lastDate = null;
        String lastArmy = null;   // the state of the army the article last named ("الجيش الإسرائيلي")
        for (int s = 0; s < nSent; s++) {
            int a = tl.sentenceFirstToken(s), b = tl.sentenceEndToken(s);
            if (b <= a || tl.isBoilerplate(s) || isCaptionOrSubhead(text, tl, s) || truncatedCopy(text, tl, s)) continue;
            List<PhraseTable.Match<Trigger>> found = new ArrayList<>(reader.triggersOf(tl, s));
            // "فجر الثلاثاء" is dawn, not "فجّر": a word the time tagger reads as part of a time names no act
            if (times != null) found.removeIf(m -> TimeSpans.inside(times, tl.tokenStart(m.start()), tl.tokenEnd(m.end() - 1)));
            // "فجرا" is "at dawn" far more often than "the two of them detonated"
            found.removeIf(m -> m.end() - m.start() == 1 && DAWN.contains(tl.surfaceNorm(m.start())) || TriggerForms.weaponTraded(tl, m, a) || TriggerForms.possessedMarch(tl, m)
                    || TriggerForms.judgedAs(tl, m, a));
            // ("في قصف روسي": a verb form governed so is its masdar, which a demonym qualifies)
            for (PhraseTable.Match<Trigger> m : found) if (m.value().verbal() && !TriggerForms.masdarForm(tl, m.start(), a)) verbAt[m.start()] = true;
            // a light verb ends a noun phrase too: "شنت طائرة أميركية غارة" — the plane, not "شنت طائرة"
            for (int t = a; t < b; t++) if (roles.isLightVerb(tl, t)) verbAt[t] = true;
            // and so does a report verb: "وذكرت مصادر فلسطينية" — the sources, not "ذكرت مصادر" (the frames are
            // matched once here and read by the sentence reader)
            List<PhraseTable.Match<CueLexicon.Frame>> frameCues = cues.frames.matchAll(tl, a, b);
            frameCues.removeIf(f -> f.end() - f.start() == 1 && TriggerForms.judging(tl, f.start()));   // "واعتبرها خرقا": a judgement, no report
            for (PhraseTable.Match<CueLexicon.Frame> f : frameCues) if (f.value().verbal()) verbAt[f.start()] = true;
            // and so does a word of modality: "وألغى الرئيس البرازيلي زيارة" — the president, not "ألغى الرئيس" (what reaches back
            // over such a word is a demonym's phrase, so only a sentence with a demonym is read for them)
            if (bySentence.get(s).stream().anyMatch(m -> m.kind() == org.marsad.entity.MentionKind.DEMONYM))
                for (PhraseTable.Match<CueLexicon.Modality> f : cues.modality.matchAll(tl, a, b)) verbAt[f.start()] = true;
            List<Unit> units = SentenceUnits.build(text, tl, el, bySentence.get(s), s, places, focus, verbAt);
            // a town of a state the article never names is a misread word ("معركة", "الحي"), not a place
            // (a capital standing as a party right after the verb, or after the subject there, names its state: "واتهمت بغداد أنقرة")
            units.removeIf(u -> u.place() && u.code() != null && !named.contains(u.code()) && !CapitalParties.aroundVerb(tl, units, u, verbAt, a)
                    || Solidarity.cause(tl, u, a));
            if (DEBUG) for (Unit u : units) System.err.println("marsad: unit s" + s + " " + u.first() + "-" + u.end() + " " + u.parties() + " prep=" + u.prep() + (u.conj() ? " conj" : "") + (u.place() ? " place" : ""));
            java.util.Arrays.fill(verbAt, a, b, false);
            List<Candidate> cs = reader.read(text, tl, s, units, found, frameCues, speaker, speakerOut);
            speaker = speakerOut[0];
            // "بموجب اتفاق"، "هذا الاتفاق"، "للتوصل إلى اتفاق": a noun framed so names a known or aimed-at act
            for (Candidate c : cs) if (!c.reference && !verbalAt(found, c.trigStart) && REFERENCES.framed(tl, s, c.trigStart, c.trigEnd)) c.reference = true;
            CasualtyAttach.attach(cs, tl, s, casualties, units);
            NamedVictims.count(cs, text, tl, bySentence.get(s));
            ResponsibilityClaims.apply(cs, tl, a, units);
            SummitBodies.apply(cs, tl, text, b);
            Participants.apply(cs, tl, units, a);
            SpeechContent.drop(cs, tl, found, units);
            Retaliation.apply(cs, tl);
            ActorAttribution.attackersByWeapon(cs, tl, units);
            Interception.apply(cs, tl, units);
            LaunchOrigin.apply(cs, tl, units);
            if (sport[s] != TopicContext.NONE) TopicContext.SPORT.apply(cs, tl, sport[s]);
            else if (arts[s] != TopicContext.NONE) TopicContext.CULTURE.apply(cs, tl, arts[s]);
            if (DEBUG) for (Candidate c : cs) System.err.println("marsad: candidate s" + s + " " + c);
            // (before the merge: two acts the sentence accuses two parties of stay two)
            SentenceMerge.accusedAttackers(cs, tl);
            cs = SentenceMerge.merge(cs, tl, times == null ? List.of() : times);
            for (Candidate c : cs) { armyOfTheStory(c, lastArmy); statesOfGenericActors(c, null, null); targetFromPlace(c, null); }
            for (Unit u : units) if (!u.place()) for (Party p : u.parties()) if ("MIL".equals(p.sector()) && p.code() != null && !p.code().startsWith("IGO")) lastArmy = p.code();
            ImpliedRoles.nameParties(cs, units);
            ProtestSentence.apply(cs, tl);
            // every act the sentence names, with parties or not, owns the time right after its phrase
            // (talks that are the setting of another act, "في ختام محادثات في الدوحة الأربعاء", "خلال اتصال هاتفي الأحد", share their time with it)
            List<Candidate> told = new ArrayList<>(cs);
            told.removeIf(o -> o.trigStart > a && (SETTING.contains(tl.surfaceNorm(o.trigStart - 1)) || SETTING_END.contains(tl.norm(o.trigStart - 1))));
            CondemnedActs.apply(cs, all, tl);
            // "… ردا على عملية الاختطاف": the act answered, named by a definite noun with no doer, was told elsewhere
            // ("ردا على استهداف دورية إسرائيلية" names its target: an act of its own)
            cs.removeIf(c -> c.type.equals("ASSAULT") && !c.verbal && c.actor.isEmpty() && c.killed == null && c.injured == null
                    && tl.surfaceNorm(c.trigEnd - 1).startsWith("ال")
                    && (SentenceReader.answered(tl, c.trigStart, a) || c.trigStart > a && OPERATION.contains(tl.norm(c.trigStart - 1)) && SentenceReader.answered(tl, c.trigStart - 1, a)));
            cs.removeIf(c -> c.codes().isEmpty() && !(c.type.equals("ASSAULT") || c.type.equals("PROTEST") ? (hasParty(c) || c.verbal && "suicide-attack".equals(c.mode)) && !c.weak
                    || c.killed != null || c.injured != null : c.mutual && genericParty(c)));
            // a paragraph ends at a line break, or at a run of spaces where a page's paragraphs were flattened
            if (s > 0 && paragraphBreak(text.substring(tl.sentenceEnd(s - 1), tl.sentenceStart(s)))) paragraphDate = null;
            List<Candidate> background = new ArrayList<>();
            for (Candidate c : cs) {
                TimeExpr from = EventDates.date(c, doc.published(), times, text, told);
                // the war behind the news is no event of it; a comparison with the past is today's act
                Background.Verdict v = BACKGROUND.judge(c, from, text, tl, s, doc.published());
                if (v == Background.Verdict.DROP) { background.add(c); continue; }
                if (v == Background.Verdict.UNDATE && doc.published() != null) { c.date = doc.published().toString(); c.dated = false; }
                int back = c.dated ? -1 : ElapsedBefore.days(tl, c.trigStart, tl.sentenceFirstToken(s));
                if (back > 0) { c.date = ElapsedBefore.before(c.date, back); c.dated = c.date != null; }
                // an undated sentence continues the episode its paragraph has dated ("- 5 مايو 2013: … وأشار …")
                if (!c.dated && paragraphDate != null && !"planned".equals(c.status)) { c.date = paragraphDate; c.dated = true; }
                // "وأطلقت حينها 200 قذيفة": then, the time the text last named
                if (!c.dated && lastDate != null && thenWord(tl, a, b)) { c.date = lastDate; c.dated = true; }
            }
            cs.removeAll(background);
            for (Candidate c : cs) if (c.dated && c.date != null && c.date.length() >= 4) lastDate = c.date;
            // (the episode is the main clause's, the first act told: "أفرجت … عن رهائن كانت قد اختطفتهم قبل عامين" stays this week's)
            Candidate main = null;
            for (Candidate c : cs) if (c.dated && c.date != null && c.date.length() >= 4 && (main == null || c.trigStart < main.trigStart)) main = c;
            if (main != null) paragraphDate = main.date;
            // "الاتفاق النووي", "المحادثات": a talk or deal referred to, not told, unless the clause dates it
            cs.removeIf(c -> c.reference && !ReferenceNouns.datedInPhrase(text, tl, c, times) && !c.context.contains("ceasefire")
                    && (c.type.equals("AGREE") || c.type.equals("CONSULT") || c.type.equals("REQUEST") || c.type.equals("SUPPORT")
                        || c.type.equals("COOPERATE") || c.type.equals("AID")));
            SentenceMerge.addImpliedAccusations(cs);
            if (DEBUG) for (Candidate c : cs) System.err.println("marsad: kept s" + s + " " + c);
            all.addAll(cs);
        }
        String home = homeState(all);
        String mostNamed = ActorAttribution.mostNamedState(ms);
        if (home != null) for (Candidate c : all) { statesOfGenericActors(c, home, mostNamed); targetFromPlace(c, home); }
        // "هدنة بين الميليشيات المتحاربة": a deal or talks between generic sides stand once the article's state names them
        all.removeIf(c -> c.mutual && !c.type.equals("ASSAULT") && !c.type.equals("PROTEST") && c.codes().isEmpty());
        for (Candidate c : all) TransnationalGroups.localise(c, home);
        if (mostNamed != null) for (Candidate c : all) ActorAttribution.namedStateOfGenericActors(c, mostNamed);
        implicitAttackers(all, tl);
        ImpliedRoles.protestTargets(all);
        ImpliedRoles.aidRecipients(all);
        ImpliedRoles.denialAddressees(all);
        PlaceScope scope = new PlaceScope(statesNamed(text, el, ms));
        return FocusPlace.fill(DocumentMerge.merge(doc.id(), text, all, scope), all, scope);
    }

    /** The states the article names by name ("اليمن", "أفغانستان"): as a place they contain its towns. */
    private static java.util.Set<String> statesNamed(String text, EntityLayer el, List<Mention> ms) {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (el == null) return out;
        for (Mention m : ms) {
            if (m.kind() != org.marsad.entity.MentionKind.COUNTRY || m.entity() < 0 || m.entity() >= el.entities().size()) continue;
            org.marsad.entity.Entity e = el.entities().get(m.entity());
            if (e.name() != null) out.add(e.name());
            out.add(org.marsad.text.ArabicNormalizer.normalize(e.text()));
            out.add(org.marsad.text.ArabicNormalizer.normalize(text.substring(m.start(), m.end())));
        }
        return out;
    }

    private static boolean verbalAt(List<PhraseTable.Match<Trigger>> found, int start) {
        for (PhraseTable.Match<Trigger> m : found) if (m.start() == start && m.value().verbal()) return true;
        return false;
    }

    private static boolean paragraphBreak(String gap) {
        if (gap.indexOf('\n') >= 0) return true;
        int blanks = 0;   // (no-break spaces count: scraped pages flatten paragraphs into them)
        for (int k = 0; k < gap.length(); k++) if (Character.isWhitespace(gap.charAt(k)) || Character.isSpaceChar(gap.charAt(k))) blanks++;
        return blanks >= 3;
    }

    private static final java.util.Set<String> DAWN = CueWords.set("dawn");
    /** "عملية"، "عمليات": the noun of an operation before the act's own ("عملية الاختطاف"). */
    private static final java.util.Set<String> OPERATION = CueWords.set("operation");
    private static final java.util.Set<String> SETTING = CueWords.set("setting");
    private static final java.util.Set<String> SETTING_END = CueWords.set("setting-end");

    /**
     * "قتل 23 شخصا في غارات على حفل زفاف": an attack whose attacker the sentence leaves unsaid is
     * read as one by the parties the article names as attacking the same side at the same place
     * elsewhere (each named at least half as often as the most named; a state's own named armed
     * forces count, as in a civil war), or, where no such place is shared, by the one side the
     * article names attacking those victims at all (twice or more, and no other side). Only a sentence that tells an attack (غارات، قصف، هجوم) borrows an
     * attacker: "قتل تسعة مدنيين آخرين" names a toll, not whose; and only attackers the text names
     * vote, not ones borrowed so.
     */
    private static void implicitAttackers(List<Candidate> all, TextLayer tl) {
        java.util.Map<Candidate, List<Party>> told = new java.util.HashMap<>();
        for (Candidate o : all) if (o.type.equals("ASSAULT") && !o.mutual && !o.actor.isEmpty()) told.put(o, List.copyOf(o.actor));
        for (Candidate c : all) {
            if (!c.type.equals("ASSAULT") || !c.actor.isEmpty() || c.mutual || !attackTold(tl, c.sentence)) continue;
            java.util.Set<String> victims = Candidate.codesOf(c.recipient);
            if (victims.isEmpty()) continue;
            java.util.Map<String, Integer> votes = new java.util.LinkedHashMap<>(), anywhere = new java.util.LinkedHashMap<>();
            java.util.Map<String, Party> party = new java.util.HashMap<>();
            for (Candidate o : all) {
                List<Party> attackers = told.get(o);
                if (o == c || attackers == null) continue;
                java.util.Set<String> r = Candidate.codesOf(o.recipient);
                r.retainAll(victims);
                if (r.isEmpty()) continue;
                boolean here = DocumentMerge.sharePlace(c, o);
                for (Party p : attackers) {
                    if (p.code() == null || victims.contains(p.code()) && !namedForce(p)) continue;
                    if (here) votes.merge(p.code(), 1, Integer::sum);
                    anywhere.merge(p.code(), 1, Integer::sum);
                    party.putIfAbsent(p.code(), p);
                }
            }
            // elsewhere in the article: only when one side alone attacks these victims, in two tellings or more
            // ("شرق مدينة غزة" beside shelling at Rafah and Khuza'a, all Israel's); a war of several attackers lends none
            if (votes.isEmpty() && anywhere.size() == 1 && anywhere.values().iterator().next() >= 2) votes = anywhere;
            int most = votes.values().stream().max(Integer::compare).orElse(0);
            for (var e : votes.entrySet()) if (2 * e.getValue() >= most) c.actor.add(party.get(e.getKey()));
        }
    }

    /**
     * A state's armed forces the knowledge base names ("قوات النظام السوري"), not a generic noun; its
     * police and security forces ("قوات الأمن قتلت 3 متطرفين") fight insurgents, they do not shell towns.
     */
    private static boolean namedForce(Party p) {
        return p.name() != null && "MIL".equals(p.sector());
    }

    /** The sentence names an attack or weapon (role-words.tsv, instrument), not only a toll. */
    private static boolean attackTold(TextLayer tl, int s) {
        for (int t = tl.sentenceFirstToken(s); t < tl.sentenceEndToken(s); t++) if (RoleWords.is(tl, t, RoleWords.INSTRUMENT)) return true;
        return false;
    }

    /** {@code -Dmarsad.debugCandidates=true}: every sentence's candidates on stderr, before they merge (for rule writers). */
    private static final boolean DEBUG = Boolean.getBoolean("marsad.debugCandidates");

    private static final java.util.Set<String> THEN = CueWords.set("then");

    private static boolean thenWord(TextLayer tl, int a, int b) {
        for (int t = a; t < b; t++) if (THEN.contains(tl.surfaceNorm(t)) || THEN.contains(tl.norm(t))) return true;
        return false;
    }

    /** The state where most of the article's places lie: the home of its unnamed actors. */
    private static String homeState(List<Candidate> all) {
        java.util.Map<String, Integer> n = new java.util.HashMap<>();
        for (Candidate c : all) for (Location l : c.locations) if (l.code() != null && !l.code().startsWith("IGO")) n.merge(l.code(), 1, Integer::sum);
        return n.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** A party named by a generic noun ("الميليشيات", "الفصائل") whose state is not known yet. */
    private static boolean genericParty(Candidate c) {
        for (Party p : c.actor) if (p.code() == null && p.sector() != null) return true;
        return false;
    }

    private static boolean hasParty(Candidate c) { return !c.actor.isEmpty() || !c.recipient.isEmpty(); }

    /** A generic actor ("الشرطة", "متظاهرون") with no state of its own belongs to where the event happens (talks: see below). */
    /**
     * "وهدد المتحدث باسم الجيش": the army named without its state is the one the article last named with it
     * (the Israeli army of a Gaza story, not the state where it strikes).
     */
    private static void armyOfTheStory(Candidate c, String army) {
        if (army != null) giveState(c, army, p -> "MIL".equals(p.sector()) && p.text().contains("الجيش"), false);
    }

    private static void statesOfGenericActors(Candidate c, String docHome, String mostNamed) {
        String home = null;
        // talks and deals are often held abroad: the venue does not make "ممثلين عن المعارضة" its nationals;
        // they are of the state the article's parties name most
        boolean venue = c.type.equals("CONSULT") || c.type.equals("AGREE");
        if (venue) home = mostNamed;
        else for (Location l : c.locations) if (l.code() != null && !l.code().startsWith("IGO")) { home = l.code(); break; }
        if (home == null) home = docHome;
        if (home == null) return;
        // (an unknown attacker of a one-sided attack is of no known side: the place is where it struck)
        // (a source too: "أفاد ضابط في الشرطة" in an article on Iraq is the Iraqi police's officer)
        giveState(c, home, p -> p.sector() != null, c.type.equals("ASSAULT") && !c.mutual);
    }

    /**
     * Gives {@code code} to every generic party of {@code c} (no code, no KB name: a party the knowledge base
     * names keeps its empty code, a monitor abroad speaks for no state) that {@code which} accepts, on both
     * sides, among the claimants and as the claimant; {@code keepAnonymousAttacker}: not an anonymous actor.
     */
    private static void giveState(Candidate c, String code, java.util.function.Predicate<Party> which, boolean keepAnonymousAttacker) {
        for (List<Party> side : List.of(c.actor, c.recipient, c.claimedBy)) {
            for (int k = 0; k < side.size(); k++) {
                Party p = side.get(k);
                if (keepAnonymousAttacker && side == c.actor && ActorAttribution.anonymous(p)) continue;
                if (p.code() == null && p.name() == null && which.test(p)) side.set(k, new Party(p.text(), code, p.sector(), p.name()));
            }
        }
        Party cl = c.claimant;
        if (cl != null && cl.code() == null && cl.name() == null && which.test(cl)) c.claimant = new Party(cl.text(), code, cl.sector(), cl.name());
    }

    /**
     * An attack with no named target is read as one on the state where it happens ("قصف مستشفى في
     * سقبا" → the Syrian side), an unknown village of it as one on the article's state ({@code home});
     * two-sided fighting has no recipient.
     */
    private static void targetFromPlace(Candidate c, String home) {
        // ("هاجموا قاعدة عسكرية في إقليم شبيلي": a target named by a bare noun is of the state where it lies)
        if (!c.type.equals("ASSAULT") || c.mutual || !c.recipient.stream().allMatch(EventExtractor::bareNoun)) return;
        for (Location l : c.locations) {
            // (not where the fire came from, nor another place of its state: "من قطاع غزة … شرق القطاع")
            // (nor a sea its state borders: "استهداف سفينة في البحر الأحمر" strikes no Yemeni)
            if (l.code() != null && !l.code().startsWith("IGO") && !l.text().equals(c.origin) && !l.code().equals(c.originCode) && !waters(l)) {
                c.recipient.add(new Party(l.text(), l.code(), null, null));
                return;
            }
        }
        // "هجوم على قرية اسديرة": a village the gazetteer does not know lies in the article's state
        if (home != null) for (Location l : c.locations) {
            if (l.code() == null && l.name() == null && !l.text().equals(c.origin)) { c.recipient.add(new Party(l.text(), home, null, null)); return; }
        }
    }

    private static final java.util.Set<String> WATERS = CueWords.set("waters");

    /** A sea, gulf or strait (its first word, cue class {@code waters}). */
    private static boolean waters(Location l) {
        String first = org.marsad.text.ArabicNormalizer.normalize(l.text()).split("\\s+", 2)[0];
        return WATERS.contains(first);
    }

    /** A party that is only a noun of the text: no state, no sector, no name ("قاعدة عسكرية", "المصلين"). */
    private static boolean bareNoun(Party p) { return p.code() == null && p.sector() == null && p.name() == null; }

    /** The mention with token indices that agree with this text layer (entity stages may use their own). */
    private static Mention tokenised(TextLayer tl, Mention m) {
        if (m.start() < 0 || m.end() <= m.start()) return null;
        int first = tl.tokenAt(m.start());
        if (first >= tl.tokenCount()) return null;
        int last = tl.tokenAt(Math.max(m.start(), m.end() - 1));
        if (last >= tl.tokenCount()) last = tl.tokenCount() - 1;
        if (tl.sentenceOf(first) != tl.sentenceOf(last)) last = tl.sentenceEndToken(tl.sentenceOf(first)) - 1;
        if (first == m.firstToken() && last + 1 == m.endToken()) return m;
        return new Mention(m.start(), m.end(), first, last + 1, m.entity(), m.kind(), m.code(), m.sector());
    }

    /**
     * A teaser cut off mid-sentence whose whole sentence the article tells later ("… إنهم نقلوا 18 جثة و20"
     * before the full paragraph): the cut copy names the act with part of its figures, the full one all.
     */
    private static boolean truncatedCopy(String text, TextLayer tl, int s) {
        int from = tl.sentenceStart(s), len = tl.sentenceEnd(s) - from;
        if (len < 20) return false;
        for (int t = s + 1; t < tl.sentenceCount(); t++) {
            int start = tl.sentenceStart(t);
            if (tl.sentenceEnd(t) - start > len && text.regionMatches(start, text, from, len)) return true;
        }
        return false;
    }

    /** A photo caption or a short sub-heading without a full stop: it names no action of its own. */
    private static boolean isCaptionOrSubhead(String text, TextLayer tl, int s) {
        char end = text.charAt(tl.sentenceEnd(s) - 1);
        if (end == '?' || end == '؟') return true;      // a question asks, it does not report
        if (s == 0) return false;                       // the headline is kept: it usually tells the main event
        int words = tl.sentenceEndToken(s) - tl.sentenceFirstToken(s);
        char last = text.charAt(tl.sentenceEnd(s) - 1);
        boolean stop = last == '.' || last == '!' || last == '?' || last == '؟' || last == '»' || last == '"' || last == ')';
        return !stop && words <= 6;
    }
}
