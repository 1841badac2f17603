package org.marsad.event;

import static org.marsad.event.UnitWords.PREPS;
import static org.marsad.event.UnitWords.additiveJoin;
import static org.marsad.event.UnitWords.isFunction;
import static org.marsad.event.UnitWords.isWord;
import static org.marsad.event.UnitWords.prepBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.entity.Entity;
import org.marsad.entity.EntityLayer;
import org.marsad.entity.Mention;
import org.marsad.entity.MentionKind;
import org.marsad.text.TextLayer;

/**
 * Turns the entity mentions of one sentence into argument {@link Unit}s: adjacent mentions joined,
 * a demonym read with the noun it qualifies, the governing preposition found, and the words that
 * stand for the two parties in focus (الطرفين، البلدين، الجانبين) resolved.
 */
final class SentenceUnits {
    /** Prepositions after which a state's name is where something happens, not who does it. */
    static final Set<String> PLACE_PREPS = CueWords.set("place-prep");
    /** Prepositions after which a capital may stand for its government (على كاراكاس، مع موسكو), unlike في/إلى/من. */
    static final Set<String> CAPITAL_PARTY_PREPS = CueWords.set("capital-party-prep");
    /** Words for "the two sides" that refer to the two parties in focus. */
    static final Set<String> PAIR = CueWords.set("pair");

    /** Nouns naming an actor without its state ({@code lexicon/generic-actors.tsv}) → sector. */
    static final PhraseTable<String> GENERIC = new PhraseTable<>();
    static {
        for (String[] r : LexiconFile.rows("/lexicon/generic-actors.tsv")) {
            for (String f : LexiconFile.split(r[0])) GENERIC.add(f, r[1], false);
        }
    }

    private SentenceUnits() {}

    /**
     * Units of sentence {@code s}, in text order. {@code focus} holds the codes of the parties
     * most recently named in the document (latest last); it is updated with this sentence's.
     */
    static List<Unit> build(String text, TextLayer tl, EntityLayer el, List<Mention> mentions, int s, PlaceLookup places,
                            List<Party> focus, boolean[] verbAt) {
        int a = tl.sentenceFirstToken(s), b = tl.sentenceEndToken(s);
        List<Unit> out = new ArrayList<>();
        int i = 0;
        while (i < mentions.size()) {
            Mention m = mentions.get(i);
            int first = m.firstToken(), at = first, end = m.endToken();
            List<Mention> group = new ArrayList<>(List.of(m));
            // adjacent mentions are one phrase: title + name, institution + state adjective
            while (i + 1 < mentions.size() && mentions.get(i + 1).firstToken() <= end
                    && mentions.get(i + 1).kind() != MentionKind.PLACE && m.kind() != MentionKind.PLACE
                    && (tl.proclitics(mentions.get(i + 1).firstToken()) & (TextLayer.WA | TextLayer.BI | TextLayer.LI)) == 0
                    && !twoParties(m, mentions.get(i + 1))) {
                i++;
                group.add(mentions.get(i));
                end = Math.max(end, mentions.get(i).endToken());
            }
            i++;
            Mention head = group.get(0);
            boolean demonym = head.kind() == MentionKind.DEMONYM;
            if (demonym) {
                // the noun the adjective qualifies, skipping other adjectives: غارات جوية تركية
                int h = first - 1, back = 0;
                int floor = out.isEmpty() ? a : Math.max(a, out.get(out.size() - 1).end());
                // ("طائرات حربية يرجح أنها روسية": a word of suspicion and its أن stand between the noun and its adjective)
                if (h - 2 >= floor && SUSPECTED_THAT.contains(tl.surfaceNorm(h)) && SUSPECTED.contains(tl.surfaceNorm(h - 1))) h -= 2;
                // (a noun of death governs the phrase, it is no word of it: "مقتل جندي أميركي" is the soldier)
                while (h >= floor && back < 2 && isWord(tl, h) && !isFunction(tl.norm(h)) && !verbAt[h] && !RoleWords.is(tl, h, RoleWords.NAMING)
                        && !RoleWords.is(tl, h, RoleWords.DEATH)) {
                    h--; back++;
                    // "ضربة جوية للقوات الأمريكية": the noun carrying بـ/لـ heads the phrase; the words before it are another's
                    // ("طائرة تابعة للقوات الأميركية": "belonging to" is read with it)
                    String hw = tl.surfaceNorm(h + 1);
                    if (((tl.proclitics(h + 1) & (TextLayer.BI | TextLayer.LI)) != 0 || hw.startsWith("لل") || hw.startsWith("بال"))
                            && !(h >= floor && (OWNED.contains(tl.surfaceNorm(h)) || PREP_TITLES.contains(tl.surfaceNorm(h))))) break;
                }
                if (back > 0) first = h + 1;
                else demonym = false;
            }
            String code = null, sector = null;
            for (Mention g : group) if (code == null && g.code() != null) { code = g.code(); sector = g.sector(); }
            if (sector == null) for (Mention g : group) if (g.sector() != null) { sector = g.sector(); break; }
            Entity e = head.entity() >= 0 && head.entity() < el.entities().size() ? el.entities().get(head.entity()) : null;
            // "دعا مبعوث الأمم المتحدة إلى سوريا فلان": a name's title is part of its phrase, and what governs
            // the phrase stands before the title, not the إلى inside it (a title with no posting that ends in a
            // definite word, "الرئيس", "الروسي البارز", already stops the genitive walk at the name)
            int nameFirst = first, titled = head.kind() == MentionKind.PERSON ? el.titleStart(first) : -1;
            // (the phrase's head is then the title too: its distance from the verb is the title's)
            if (titled >= a && titled < first && !covered(out, titled) && (!definite(tl, first - 1) || posting(tl, titled, first))) { first = titled; at = titled; }
            else titled = -1;
            String prep = prepBefore(tl, first, a, verbAt);
            // "قوة من الشرطة العراقية اقتحمت": a unit of a force is the force (the partitive noun heads the phrase)
            // ("العشرات من عناصر الحركة هاجموا": a crowd of a party is that party too)
            // (and "العشرات من عناصر الحركة": a force noun in construct with the party before it)
            int part = first;
            if (head.kind() != MentionKind.PLACE && part - 3 >= a && tl.surfaceNorm(part - 2).equals("من")
                    && (PARTITIVE_FORCES.contains(tl.norm(part - 1)) || PARTITIVE_FORCES.contains(tl.surfaceNorm(part - 1)))) part--;
            if (part - 2 >= a && tl.surfaceNorm(part - 1).equals("من") && (PARTITIVE_FORCES.contains(tl.norm(part - 2)) || PARTITIVE_FORCES.contains(tl.surfaceNorm(part - 2))
                    || head.kind() != MentionKind.PLACE && head.kind() != MentionKind.DEMONYM && QUANTIFIERS.contains(tl.norm(part - 2)))
                    && ("من".equals(prep) || part < first)) {
                first = part - 2;
                prep = prepBefore(tl, first, a, verbAt);
            }
            // "مسؤول كبير في حزب الله", "القيادي في الحركة": a member noun's "في X" is the body it belongs to,
            // and the phrase is governed by what governs the member noun ("عقوبات على مسؤول في ...")
            // ("القيادي في غارة إسرائيلية": an attack qualified by a demonym is no body one is a member of)
            if ("في".equals(prep) && head.kind() != MentionKind.PLACE && !(demonym && RoleWords.is(tl, first, RoleWords.INSTRUMENT))) {
                int member = memberBefore(tl, first, a);
                if (member >= 0) { first = member; prep = prepBefore(tl, first, a, verbAt); }
            }
            // "على ما وصفه بقوات العدوان": the named thing stands where ما stands
            if ("ب".equals(prep)) prep = namedAs(tl, first, a, prep);
            boolean conj = first > a && (tl.proclitics(first) & TextLayer.WA) != 0
                    && !out.isEmpty() && out.get(out.size() - 1).end() >= first - 1;
            // "مع الرئيس فلان وزعيم الحركة فلان", "وقائد الجيش فلان": a title with و right after the previous phrase joins
            // it; the phrase then begins at the title (its text stays the name's)
            int named = first == titled ? nameFirst : first;
            if (!conj && !out.isEmpty() && !out.get(out.size() - 1).place() && group.stream().anyMatch(g -> g.kind() == MentionKind.PERSON) && titleJoined(tl, out.get(out.size() - 1).end(), first, a)) {
                conj = true;
                first = out.get(out.size() - 1).end();
                if (prep == null) prep = out.get(out.size() - 1).prep();
            }
            // "وحضر اللقاء الوزير إضافة إلى ممثلين عن الفصائل": joined as by و, with the role of the phrase before
            if (!conj && !out.isEmpty() && additiveJoin(tl, out.get(out.size() - 1).end(), first)) {
                conj = true;
                prep = out.get(out.size() - 1).prep();
                first = out.get(out.size() - 1).end();
            }
            if (conj && out.get(out.size() - 1).prep() != null && prep == null) prep = out.get(out.size() - 1).prep();
            // "بشأن سد النهضة الإثيوبي": a demonym right after a name qualifies it and shares its preposition
            if (head.kind() == MentionKind.DEMONYM && !demonym && prep == null && !out.isEmpty() && out.get(out.size() - 1).end() == first) {
                prep = out.get(out.size() - 1).prep();
            }
            // ("في العاصمة الكوبية هافانا": the capital's name right after its description stands where the description
            // stands, a place; the description is no party)
            Unit last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean namedPlace = head.kind() == MentionKind.PLACE && last != null && last.demonym() && last.end() == first
                    && PhraseTable.hasForm(tl, last.first(), PLACE_HEADS);
            if (namedPlace) {
                if (prep == null) prep = last.prep();
                out.remove(out.size() - 1);
            }
            // ("في عدة مدن مغربية": a state's adjective on a plain place noun, where the act happens, is that state as a place)
            boolean place = head.kind() == MentionKind.PLACE
                    || (head.kind() == MentionKind.COUNTRY && prep != null && PLACE_PREPS.contains(prep))
                    || demonym && code != null && "في".equals(prep) && PhraseTable.anyWord(tl, first, head.firstToken(), STATE_PLACE_NOUNS);
            Double lat = null, lon = null;
            String placeName = null;
            if (place && e != null) {
                double[] ll = places.latLon(e);
                if (ll != null) { lat = ll[0]; lon = ll[1]; }
                placeName = e.name();
            }
            // "حمّلت كيغالي كينشاسا المسؤولية", "عقوبات على كاراكاس": a capital where a party stands is its government too
            boolean capital = place && head.kind() == MentionKind.PLACE && e != null && code != null && group.size() == 1 && !namedPlace
                    && (prep == null || CAPITAL_PARTY_PREPS.contains(prep)) && places.capital(e);
            String surface = EntityLayer.shown(text, tl, named, end);
            Party p = new Party(surface, code, sector, e == null ? null : e.name());
            out.add(new Unit(first, at, end, List.of(p), prep, place, demonym, conj, lat, lon, placeName, capital));
        }
        // generic actors: "مسلحون", "الشرطة", "المتظاهرين" — a party whose state comes later
        for (int t = a; t < b; ) {
            PhraseTable.Match<String> g = covered(out, t) ? null : GENERIC.matchAt(tl, t, b);
            if (g == null) { t++; continue; }
            // "مسلحون مجهولون", "مسلحين ملثمين": a generic noun qualified by another is one phrase
            // ("آلاف الأكراد", "عشرات المسلحين": a count and the people counted are one phrase, of the people's sector)
            for (PhraseTable.Match<String> more; g.end() < b && !covered(out, g.end()) && (tl.proclitics(g.end()) & TextLayer.WA) == 0
                    && (more = GENERIC.matchAt(tl, g.end(), b)) != null; ) {
                boolean count = g.end() - g.start() == 1 && QUANTIFIERS.contains(tl.norm(g.start()));
                if (!more.value().equals(g.value()) && !count) break;
                g = new PhraseTable.Match<>(g.start(), more.end(), count ? more.value() : g.value(), g.future());
            }
            // "ضابط في الشرطة": a member noun with في and a body is one phrase, read from the body below
            if (g.end() + 1 < b && RoleWords.is(tl, g.end() - 1, RoleWords.MEMBER) && tl.surfaceNorm(g.end()).equals("في")
                    && GENERIC.matchAt(tl, g.end() + 1, b) != null) { t = g.end(); continue; }
            boolean clash = titleOfName(tl, mentions, g.start(), g.end(), a);
            for (int k = g.start(); k < g.end(); k++) clash |= covered(out, k);
            if (!clash) {
                String surface = EntityLayer.shown(text, tl, g.start(), g.end());
                String prep = prepBefore(tl, g.start(), a, verbAt);
                boolean conj = (tl.proclitics(g.start()) & TextLayer.WA) != 0;
                int gFirst = g.start();
                Unit prev = null;
                for (Unit u : out) if (u.end() <= g.start() && (prev == null || u.end() > prev.end())) prev = u;
                if (!conj && prev != null && additiveJoin(tl, prev.end(), g.start())) { conj = true; prep = prev.prep(); gFirst = prev.end(); }
                // "ضابط في الشرطة", "مسؤول في الجيش": a member noun's body, governed as the member noun is
                if ("في".equals(prep)) {
                    int member = memberBefore(tl, g.start(), a);
                    if (member >= 0 && !covered(out, member)) { gFirst = member; prep = prepBefore(tl, member, a, verbAt); }
                }
                String owner = possessor(tl, out, g.start(), g.end(), "CVL".equals(g.value()));
                // "هذه القوات", "تلك الفصائل": a demonstrative points at the side of that sector named last
                if (owner == null && DEMONSTRATIVES.contains(tl.surfaceNorm(g.start()))) owner = TwoSides.lastOfSector(focus, g.value());
                out.add(new Unit(gFirst, g.start(), g.end(), List.of(new Party(surface, owner, g.value().equals("-") ? null : g.value(), null)), prep,
                        false, false, conj, null, null, null));
            }
            t = g.end();
        }
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        GenericActorSides.joined(tl, out, a);
        GenericActorSides.qualified(out);
        GenericActorSides.ofGroup(out, mentions);
        GenericActorSides.members(tl, out);
        GenericActorSides.based(out);
        GenericActorSides.nationals(out, mentions);
        GenericActorSides.named(out, mentions);
        GenericActorSides.origins(tl, out);
        // "the two sides": the last two distinct parties in focus
        for (int t = a; t < b; t++) {
            if (!PAIR.contains(tl.surfaceNorm(t)) && !PAIR.contains(tl.norm(t))) continue;
            if (covered(out, t)) continue;
            List<Party> two = List.of();
            String of = conflictState(tl, out, t, b);
            if (of != null) two = TwoSides.lastTwo(focus.stream().filter(p -> of.equals(p.code())).toList(), sameState(out, of), t);
            if (two.size() < 2) two = TwoSides.lastTwo(focus, out, t);
            if (two.size() == 2) out.add(new Unit(t, t, t + 1, two, prepBefore(tl, t, a), false, false, false, null, null, null));
            // ("دعت الأمم المتحدة طرفي النزاع في ليبيا": with no two parties of it in focus, the sides are the state's, as "الأطراف" below)
            else if (of != null) out.add(new Unit(t, t, t + 2, List.of(new Party(text.substring(tl.tokenStart(t), tl.tokenEnd(t + 1)), of, null, null)),
                    prepBefore(tl, t, a), false, false, false, null, null, null));
        }
        // "الأطراف المتحاربة في اليمن", "أطراف النزاع في ليبيا": the sides of a conflict placed in a state are that state's
        for (int t = a; t + 1 < b; t++) {
            if (!SIDES.contains(tl.surfaceNorm(t)) && !SIDES.contains(tl.norm(t)) || covered(out, t) || covered(out, t + 1)) continue;
            String of = conflictState(tl, out, t, b);
            if (of == null) continue;
            String surface = text.substring(tl.tokenStart(t), tl.tokenEnd(t + 1));
            out.add(new Unit(t, t, t + 2, List.of(new Party(surface, of, null, null)), prepBefore(tl, t, a), false, false, false, null, null, null));
        }
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        // (a mediator is no side: "بعد وساطة سعودية وأميركية … تبادل الطرفان الاتهامات" are the warring two)
        for (int k = 0; k < out.size(); k++) {
            Unit u = out.get(k);
            if (!u.place() && !Mediators.named(tl, out, k, a)) for (Party p : u.parties()) if (p.code() != null) focus.add(p);
        }
        while (focus.size() > 12) focus.remove(0);
        return out;
    }

    /** Nouns for a detachment of a force: "قوة من الجيش", "دورية من الشرطة", "عناصر من الأمن". */
    static final Set<String> PARTITIVE_FORCES = CueWords.set("partitive-force");
    /** Plain place nouns a state's adjective may qualify: مدن، قرى، مناطق. */
    private static final Set<String> STATE_PLACE_NOUNS = CueWords.set("state-place-noun");
    /** "تابعة لـ": belonging to. */
    static final Set<String> OWNED = CueWords.set("owned");
    private static final Set<String> PLACE_HEADS = CueWords.set("place-head");
    private static final Set<String> SUSPECTED = CueWords.set("suspected-verb"), SUSPECTED_THAT = CueWords.set("suspected-that");
    /** ("القائم بالأعمال الباكستاني": a title whose second word carries بـ is one noun with it) */
    private static final Set<String> PREP_TITLES = CueWords.set("prep-title");

    /** Up to four plain words between {@code from} and {@code first}, the first with و: a title joined to the phrase before. */
    private static boolean titleJoined(TextLayer tl, int from, int first, int a) {
        if (from <= a || first - from < 1 || first - from > 4 || (tl.proclitics(from) & TextLayer.WA) == 0) return false;
        for (int p = from; p < first; p++) {
            if (!isWord(tl, p) || isFunction(tl.norm(p)) || isFunction(tl.surfaceNorm(p)) || (tl.proclitics(p) & (TextLayer.BI | TextLayer.LI)) != 0) return false;
            if (p > from && (tl.proclitics(p) & TextLayer.WA) != 0) return false;
        }
        return true;
    }

    /** The member noun (role-words.tsv) before "في" + the phrase at {@code first}, one adjective allowed between; else -1. */
    private static int memberBefore(TextLayer tl, int first, int a) {
        if (first - 2 < a || !tl.norm(first - 1).equals("في") && !tl.surfaceNorm(first - 1).equals("في")) return -1;
        for (int p = first - 2; p >= Math.max(a, first - 3); p--) {
            if (!isWord(tl, p)) return -1;
            if (RoleWords.is(tl, p, RoleWords.MEMBER)) return p;
            if (isFunction(tl.surfaceNorm(p)) || isFunction(tl.norm(p))) return -1;
        }
        return -1;
    }

    /**
     * "على ما وصفه بـ X", "لما يسميه بعملاء X": X (or the construct it closes) takes the preposition of
     * ما; else {@code prep}. Non-word tokens (a detached بـ, quotes) may stand between.
     */
    private static String namedAs(TextLayer tl, int first, int a, String prep) {
        int q = first;   // the word that carries بـ: the phrase itself or the head of its construct
        if ((tl.proclitics(q) & TextLayer.BI) == 0 && q - 1 >= a && isWord(tl, q - 1) && (tl.proclitics(q - 1) & TextLayer.BI) != 0) q--;
        int p = q - 1;
        while (p >= a && !isWord(tl, p)) p--;
        if (p >= a && tl.surfaceNorm(p).equals("ب")) p--;
        while (p >= a && !isWord(tl, p)) p--;
        if (p - 1 < a || !RoleWords.is(tl, p, RoleWords.NAMING)) return prep;
        int ma = p - 1;
        String m = tl.surfaceNorm(ma);
        if (m.equals("لما")) return "ل";
        if (m.equals("بما")) return "ب";
        if (!m.equals("ما") || ma - 1 < a) return prep;
        String before = tl.norm(ma - 1);
        return PREPS.contains(before) ? before : prep;
    }

    /** A generic actor not yet attributed to a state: one party, a sector, no code. */
    static boolean generic(Unit u) { return unnamed(u) && u.parties().get(0).sector() != null; }

    /** A single party named by a noun, not a name, with no state yet: a generic actor or a source of no side ("شهود"). */
    static boolean unnamed(Unit u) {
        return !u.place() && !u.demonym() && !u.hasCode() && u.parties().size() == 1 && u.parties().get(0).name() == null;
    }

    /** A generic actor's phrase ("المتظاهرون من ألمانيا"): its first words are in the lexicon. */
    static boolean isGenericPhrase(TextLayer tl, Unit u) {
        Party p = u.parties().get(0);
        return p.name() == null && p.sector() != null && GENERIC.matchAt(tl, u.first(), u.end()) != null;
    }

    static Unit withParties(Unit u, int end, List<Party> ps) {
        return new Unit(u.first(), u.at(), end, ps, u.prep(), false, false, u.conj(), null, null, null);
    }

    /** "أمهلت الأمم المتحدة الحوثيين": two named parties of different states side by side are subject and object. */
    private static boolean twoParties(Mention a, Mention b) {
        // "اتهم الجيش السوداني قوات الدعم السريع": a state's institution and a non-state group are two, of one state or not
        if (a.entity() != b.entity() && (a.kind() == MentionKind.INSTITUTION && b.kind() == MentionKind.GROUP
                || a.kind() == MentionKind.GROUP && b.kind() == MentionKind.INSTITUTION)) return true;
        return a.code() != null && b.code() != null && !a.code().equals(b.code()) && b.kind() != MentionKind.DEMONYM
                && a.kind() != MentionKind.DEMONYM;
    }

    /**
     * "أعلن الجيش الإسرائيلي مقتل أحد جنوده", "قواتها", "عناصرهم": a force noun with a possessive
     * pronoun belongs to the nearest party named before it in the sentence; null when none is. Residents and
     * citizens ({@code civilians}: "سكانها"، "أهلها") belong to the place named before as well.
     */
    private static String possessor(TextLayer tl, List<Unit> named, int from, int to, boolean civilians) {
        String w = tl.surfaceNorm(to - 1), stem = tl.norm(to - 1);
        boolean pronoun = !stem.isEmpty() && (w.endsWith(stem + "ه") || w.endsWith(stem + "ها") || w.endsWith(stem + "هم")
                || w.endsWith(stem + "هما"));
        if (!pronoun) return null;
        String code = null;
        for (Unit u : named) if (u.end() <= from && (!u.place() || civilians) && u.code() != null) code = u.code();
        return code;
    }

    static final Set<String> QUANTIFIERS = CueWords.set("quantifier");
    private static final Set<String> DEMONSTRATIVES = CueWords.set("demonstrative");

    /** A generic unit that is only a quantifier word ("عشرات", "آلاف"): a count, not a named party. */
    static boolean isQuantifier(TextLayer tl, Unit u) {
        return u.end() - u.first() == 1 && u.code() == null && QUANTIFIERS.contains(tl.norm(u.first()));
    }

    private static boolean covered(List<Unit> us, int t) {
        for (Unit u : us) if (u.first() <= t && t < u.end()) return true;
        return false;
    }

    /** Head nouns of a title whose genitive is a generic noun: زعيم المعارضة، قائد المتمردين، المتحدث باسم الشرطة. */
    private static final Set<String> TITLE_HEAD = CueWords.set("title-head");

    /**
     * "زعيم المعارضة رياك مشار": a generic noun in the genitive of a title, right before a person's
     * name, is part of that person's title, not a party of its own.
     */
    /** A posting inside the title: "مبعوث الأمم المتحدة إلى منطقة البحيرات العظمى", "سفير فرنسا لدى لبنان". */
    private static boolean posting(TextLayer tl, int from, int to) {
        for (int t = from; t < to; t++) if (tl.surfaceNorm(t).equals("الي") || tl.surfaceNorm(t).equals("لدي")) return true;
        return false;
    }

    private static boolean definite(TextLayer tl, int t) {
        return (tl.proclitics(t) & TextLayer.AL) != 0 || tl.norm(t).startsWith("ال") || tl.surfaceNorm(t).startsWith("ال");
    }

    private static boolean titleOfName(TextLayer tl, List<Mention> mentions, int gs, int ge, int a) {
        int h = gs - 1;
        if (h >= a && tl.surfaceNorm(h).equals("باسم")) h--;
        if (h < a || !(TITLE_HEAD.contains(tl.surfaceNorm(h)) || TITLE_HEAD.contains(tl.norm(h)))) return false;
        for (Mention m : mentions) if (m.firstToken() == ge && m.kind() == MentionKind.PERSON) return true;
        return false;
    }

    /** Nouns of a conflict after "the two sides": طرفا النزاع، طرفي الصراع، طرفي الحرب. */
    private static final Set<String> CONFLICT = CueWords.set("conflict");
    /** Adjectives of the sides of a conflict: الأطراف المتحاربة، الطرفين المتنازعين. */
    private static final Set<String> WARRING = CueWords.set("warring");
    /** Plural nouns for the sides of a conflict: الأطراف، الفرقاء. */
    private static final Set<String> SIDES = CueWords.set("sides");

    /**
     * "طرفا النزاع في جنوب السودان", "طرفي الصراع في اليمن": the two sides of a conflict placed in a
     * state are that state's parties, not whoever was named last (a mediator, a host). The state's code, or null.
     */
    private static String conflictState(TextLayer tl, List<Unit> out, int t, int b) {
        if (t + 2 >= b || !(CONFLICT.contains(tl.norm(t + 1)) || CONFLICT.contains(tl.surfaceNorm(t + 1))
                || WARRING.contains(tl.norm(t + 1)) || WARRING.contains(tl.surfaceNorm(t + 1)))) return null;
        for (Unit u : out) if (u.place() && u.code() != null && u.first() > t + 1 && u.first() <= t + 3 && "في".equals(u.prep())) return u.code();
        return null;
    }

    private static List<Unit> sameState(List<Unit> units, String code) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) if (code.equals(u.code())) out.add(u);
        return out;
    }


}
