package org.marsad.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.doc.Document;
import org.marsad.kb.Country;
import org.marsad.kb.KbKind;
import org.marsad.kb.KbRef;
import org.marsad.kb.Organisation;
import org.marsad.kb.PersonTerm;
import org.marsad.text.TextLayer;

/** One recognition pass over one document; holds the per-document state, so never shared. */
final class Scan {
    private static final Set<String> LOCATIVE = org.marsad.text.WordSet.of("في", "من", "الي", "قرب", "نحو", "داخل", "حول", "شمال", "جنوب", "شرق", "غرب", "وسط", "مدينه", "بلده", "محافظه", "مدن", "عاصمه");
    private static final Set<String> NAME_LINKS = org.marsad.text.WordSet.of("عبد", "ابو", "بن", "ابن", "بنت", "ولد", "ال", "دي", "فون", "فان");
    private static final Set<String> PLACE_COMPOUND = org.marsad.text.WordSet.of("عين", "تل", "كفر", "دير", "بني", "ابو", "بيت", "خان", "راس", "جسر", "بئر", "بير", "حوش", "جبل", "وادي", "ظهر", "مرج", "قلعه", "سيدي", "ام", "ال", "جرف");

    private final EntityRecognizer r;
    private final TextLayer t;
    private final String[] keys;
    private final int[] ids;
    private final LocalDate date;
    private final List<Found> found = new ArrayList<>();
    private final List<EntityLayer.Title> titles = new ArrayList<>();
    private final boolean[] covered;
    private final Set<String> context = new HashSet<>();
    private final Map<String, Integer> contextCount = new HashMap<>();
    /** The state the text speaks of most: an unqualified وزارة الداخلية is that state's. */
    String dominant;
    private final int[] st = new int[1];
    private String lastRole;
    int lastHolderEnd;
    /** The state of the latest institution of each kind named with its state (for unqualified later mentions). */
    private final Map<String, String> stateOfKind = new HashMap<>();

    void noteState(String kind, String code) { stateOfKind.put(kind, code); }

    String lastStateOf(String kind) { return stateOfKind.get(kind); }

    /** Result of a pattern or dictionary step: where it ends and what it found. */
    record Step(int end, List<Found> found) {}

    /**
     * isStop per distinct word (TextLayer.wordId: its keys, stem and surface are the word's) and
     * isGivenName per token, asked again and again by the name runs: 0 not yet known, 1 no, 2 yes.
     */
    private final byte[] stopMemo, givenMemo;
    /** The document's text as written (hamza seats and ى, which the keys fold). */
    private final String raw;

    Scan(EntityRecognizer r, Document doc, TextLayer t, String[] keys, int[] ids) {
        this.r = r; this.t = t; this.keys = keys; this.ids = ids;
        this.stopMemo = new byte[t.wordCount()];
        this.givenMemo = new byte[keys.length];
        this.date = doc.published();
        this.raw = doc.text();
        this.covered = new boolean[t.tokenCount()];
    }

    List<Found> found() { return found; }

    List<EntityLayer.Title> titles() { return titles; }

    private void speaksOf(String code, int at, int weight, Map<String, Integer> firstAt) {
        contextCount.merge(code, weight, Integer::sum);
        firstAt.merge(code, at, Math::min);
    }

    void run() {
        // States the text speaks of: they decide between places sharing a name (طرابلس). A state is
        // spoken of by its name and nationality adjective, and also through its institutions, its
        // groups and its places (a Darfur story names "السودان" once but دارفور، الخرطوم، جبل مرة often);
        // a place counts for a state the text names, and a name several places share says nothing, nor
        // does a capital, so often the venue of talks. Its name and adjective count double; equal
        // counts go to the state spoken of first.
        Map<String, Integer> firstAt = new HashMap<>();
        record PlaceAt(KbRef ref, int at) {}
        List<PlaceAt> places = new ArrayList<>();
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (t.isBoilerplate(s)) continue;
            int end = t.sentenceEndToken(s);
            for (int i = t.sentenceFirstToken(s); i < end; i++) {
                int e = r.matcher.longest(ids, i, end, st);
                if (e > i) {
                    KbRef ref = r.matcher.refAt(st[0], 0);
                    KbKind k = ref.kind();
                    if (k == KbKind.COUNTRY || k == KbKind.DEMONYM) {
                        context.add(ref.code());
                        speaksOf(ref.code(), i, 2, firstAt);
                    } else if (k == KbKind.PLACE) {
                        if (r.matcher.refCount(st[0]) == 1 && !ref.weak() && !r.kb.isCapital(ref.id())) { places.add(new PlaceAt(ref, i)); }
                    } else if (ref.code() != null && k != KbKind.PERSON && k != KbKind.IGO) {
                        speaksOf(ref.code(), i, 1, firstAt);
                    }
                    i = e - 1;
                }
            }
        }
        for (PlaceAt p : places) if (context.contains(p.ref().code())) speaksOf(p.ref().code(), p.at(), 1, firstAt);
        int most = 0;
        for (Map.Entry<String, Integer> c : contextCount.entrySet()) {
            if (c.getKey().startsWith("IGO:")) continue;
            if (c.getValue() > most || c.getValue() == most && firstAt.get(c.getKey()) < firstAt.get(dominant)) { most = c.getValue(); dominant = c.getKey(); }
        }
        for (int s = 0; s < t.sentenceCount(); s++) {
            if (t.isBoilerplate(s)) {
                outletsIn(s);
                continue;
            }
            int end = t.sentenceEndToken(s);
            for (int i = t.sentenceFirstToken(s); i < end; ) {
                Step best = step(i, end);
                if (best == null) { i++; continue; }
                commit(best);
                // a title, counterpart noun or member body before a name ("نظيره الروسي فلان") is its title
                Found last = best.found().isEmpty() ? null : best.found().get(best.found().size() - 1);
                if (last != null && last.kind() == MentionKind.PERSON && last.first() > i) titles.add(new EntityLayer.Title(i, last.first()));
                i = Math.max(best.end(), i + 1);
            }
        }
    }

    /**
     * A line that is not article body still names the outlets it credits ("فرانس 24/ أ ف ب"، "الصورة:
     * رويترز"): those media bodies of the KB are mentions; nothing else of such a line is.
     */
    private void outletsIn(int s) {
        int end = t.sentenceEndToken(s);
        for (int i = t.sentenceFirstToken(s); i < end; i++) {
            Step d = dictionary(i, end);
            if (d == null || d.found().isEmpty()) continue;
            boolean media = true;
            for (Found f : d.found()) media &= f.kind() == MentionKind.INSTITUTION && "MED".equals(f.sector());
            if (!media) continue;
            commit(d);
            i = d.end() - 1;
        }
    }

    private void commit(Step s) {
        for (Found f : s.found()) {
            found.add(f);
            for (int k = f.first(); k < f.end(); k++) covered[k] = true;
            if (f.role() != null && !"OTHER".equals(f.role())) lastRole = f.role();
        }
    }

    /** The longest reading at token i: a title, a counterpart, an organisation or place head, a KB name, a given name. */
    private Step step(int i, int end) {
        Step dict = dictionary(i, end);
        int dEnd = dict == null ? i : dict.end();
        Lexicons.Phrase role = r.lex.roles.match(keys, i, end);
        if (role != null) {
            Step s = TitlePatterns.rolePattern(this, i, end, role);
            if (s != null && s.end() >= dEnd) return s;
        }
        if (r.lex.counterparts.contains(keys[i])) {
            Step s = TitlePatterns.counterpart(this, i, end);
            if (s != null && s.end() >= dEnd) return s;
        }
        Lexicons.Phrase head = r.lex.orgHeads.match(keys, i, end);
        MentionKind dk = dict == null ? null : dict.found().get(0).kind();
        boolean kbBody = dk == MentionKind.IGO || dk == MentionKind.GROUP || dk == MentionKind.INSTITUTION;
        if (head != null) {
            // Over a KB body, only a longer state reading wins (الهلال الأحمر + السوري).
            Step s = OrgPatterns.orgHead(this, i, end, head);
            if (s != null && s.end() > dEnd && (!kbBody || s.found().get(0).kind() == MentionKind.INSTITUTION)) return s;
        }
        // (a place noun with a possessive pronoun, "ومخيمها", names no place after it)
        Lexicons.Phrase noun = (t.proclitics(i) & TextLayer.AL) == 0 && !t.norm(i).startsWith("ال") && t.stemEnd(i) >= t.tokenEnd(i)
                ? r.lex.placeNouns.match(keys, i, end) : null;
        // ("وأدى النزاع": "and it led", which folds to وادي "valley"; a hamza or ى the noun has not is another word)
        if (noun != null && !TokenShape.spelledAs(raw, t, i, noun.col("noun"))) noun = null;
        if (noun != null) {
            Step s = OrgPatterns.placeNoun(this, i, end, noun);
            if (s != null && s.end() > dEnd) return s;
        }
        if (dict != null) return dict;
        if (isGivenName(i)) {
            int e = nameRun(i, end, 4);
            boolean cue = i > 0 && (r.lex.speechVerbs.contains(keys[i - 1]));
            if (e - i >= 2 || (cue && e > i)) return new Step(e, List.of(unknownPerson(i, e, null, null)));
        }
        if (isLatinAcronym(i)) {   // CNN، BBC، AFP written in Latin letters inside Arabic text
            return new Step(i + 1, List.of(new Found(i, i + 1, MentionKind.ORG, "ORG", "ORG:" + keys[i], null, null, null, null, null)));
        }
        return null;
    }

    // ---- dictionary ----

    Step dictionary(int i, int end) {
        int e = r.matcher.longest(ids, i, end, st);
        if (e <= i) return null;
        KbRef ref = choose(st[0], i);
        if (ref == null) return null;
        // "أصيب بيده اليمنى": after a side or body noun the adjective is "right", not "Yemeni"
        if (ref.kind() == KbKind.DEMONYM && e == i + 1 && i > 0 && r.lex.sideNouns.contains(keys[i - 1])) return null;
        // "الرياضة"، "التحكم"، "الألوان": a name takes no pronoun, and its article once; a place whose last word was
        // read with an ending cut off, or with more cut off in front than its clitics, is another word
        if ((ref.kind() == KbKind.PLACE || ref.kind() == KbKind.COUNTRY) && !TokenShape.wholeWord(t, e - 1)) return null;
        // ("أقصى الشمال", "وخرج": a place the KB names only with the article, written without it, is another word)
        if (e == i + 1 && (isCommonWord(i) || ref.kind() == KbKind.PLACE && definiteOnly(st[0]) && !definite(i))) {
            // A one-word name that is also an ordinary word (آب، مصدر، حتى، أفاد): a place only after a
            // locative cue and in a state the text speaks of, a state or group only with its article,
            // anything else not at all.
            boolean cue = i > 0 && (LOCATIVE.contains(keys[i - 1]) || r.lex.placeNouns.match(keys, i - 1, i) != null);
            boolean article = (t.proclitics(i) & TextLayer.AL) != 0 || t.norm(i).startsWith("ال");
            boolean placeOk = ref.kind() == KbKind.PLACE && cue && ref.code() != null && context.contains(ref.code());
            if (!placeOk && !(article && ref.kind() != KbKind.PLACE && ref.kind() != KbKind.PERSON)) return null;
        }
        Step inner = areaOfPlace(i, e, ref);
        if (inner != null) return inner;
        return new Step(e, List.of(fromRef(i, e, ref)));
    }

    /**
     * "ريف حماة"، "منطقة عفرين": an informal area named by a place noun and a town is, as news uses it,
     * a mention of the town (the admin units ريف دمشق، محافظة صعدة keep their own entries).
     */
    private Step areaOfPlace(int i, int e, KbRef ref) {
        if (ref.kind() != KbKind.PLACE || e - i < 2) return null;
        Lexicons.Phrase noun = r.lex.placeNouns.match(keys, i, e);
        if (noun == null) return null;
        String kind = r.kb.place(ref.id()).map(org.marsad.kb.Place::kind).orElse("");
        if (!kind.equals("region") && !kind.equals("area") && !kind.equals("district")) return null;
        int j = i + noun.keys().length;
        int inner = r.matcher.longest(ids, j, e, st);
        if (inner != e) return null;
        KbRef town = choose(st[0], j);
        if (town == null || town.kind() != KbKind.PLACE) return null;
        return new Step(e, List.of(fromRef(j, e, town)));
    }

    /** Best entry for a matched name: context states for places, a term in force for people. */
    private KbRef choose(int state, int at) {
        int n = r.matcher.refCount(state);
        KbRef best = null;
        int bestScore = Integer.MIN_VALUE;
        boolean cue = at > 0 && LOCATIVE.contains(keys[at - 1]);
        boolean tokArticle = (t.proclitics(at) & TextLayer.AL) != 0 || t.norm(at).startsWith("ال");
        for (int k = 0; k < n; k++) {
            KbRef ref = r.matcher.refAt(state, k);
            int score = -k;   // rank order
            // الدوما is the Duma, دوما the town: a name written with the article prefers a token with it.
            if (ref.kind() != KbKind.DEMONYM && r.matcher.articleAt(state, k) && !tokArticle) score -= 300;
            boolean ctx = ref.code() != null && context.contains(ref.code());
            if (ref.kind() == KbKind.PLACE) {
                // Bulk gazetteer names need a locative cue, and a state the text speaks of unless the
                // place is a large city (rank carries log population: about a million and more).
                if (ref.weak() && (!cue || (!ctx && ref.rank() < 2.4))) continue;
                if (ctx) score += 100;
                if (ref.code() != null && ref.code().equals(dominant)) score += 200;   // دوما in a Syria story is Douma
            } else if (ref.kind() == KbKind.PERSON && date != null) {
                for (PersonTerm term : r.kb.terms(ref.id())) if (term.covers(date)) { score += 50; break; }
            } else if (ref.kind() == KbKind.COUNTRY || ref.kind() == KbKind.IGO || ref.kind() == KbKind.DEMONYM) {
                score += 400;   // a state or body outranks a place or person of the same name
            } else {
                score += 150 + (ctx ? 60 : 0);
            }
            if (score > bestScore) { bestScore = score; best = ref; }
        }
        return best;
    }

    Found fromRef(int i, int e, KbRef ref) {
        MentionKind kind = switch (ref.kind()) {
            case COUNTRY -> MentionKind.COUNTRY;
            case DEMONYM -> MentionKind.DEMONYM;
            case IGO -> MentionKind.IGO;
            case INSTITUTION -> MentionKind.INSTITUTION;
            case GROUP -> MentionKind.GROUP;
            case PERSON -> MentionKind.PERSON;
            case PLACE -> MentionKind.PLACE;
        };
        String sector = ref.sector();
        if (ref.kind() == KbKind.IGO && sector == null) sector = "IGO";
        String role = ref.kind() == KbKind.PERSON ? roleAt(ref.id()) : null;
        String id = ref.id().startsWith("lex:") ? null : ref.id();
        return new Found(i, e, kind, ref.kind().type, ref.id(), id, ref.nameEn(), ref.code(), sector, role);
    }

    private String roleAt(String personId) {
        List<PersonTerm> terms = r.kb.terms(personId);
        for (PersonTerm p : terms) if (date == null ? p.end() == null : p.covers(date)) return p.role();
        return null;
    }

    /** A state, body or group named at token j: the dictionary reference, else null. */
    KbRef holderAt(int j, int end) {   // also sets lastHolderEnd
        if (j >= end) return null;
        int e = r.matcher.longest(ids, j, end, st);
        if (e <= j) return null;
        KbRef ref = r.matcher.refAt(st[0], 0);
        lastHolderEnd = e;
        return ref;
    }

    Found unknownPerson(int a, int e, String code, String role) {
        return new Found(a, e, MentionKind.PERSON, "PER", "PER:" + joinKeys(a, e), null, null, code, TitlePatterns.sectorOf(role), role);
    }

    // ---- name-like runs ----

    private boolean isLatinAcronym(int i) {
        String w = t.norm(i);
        if (w.length() < 2 || w.length() > 5) return false;
        for (int k = 0; k < w.length(); k++) if (w.charAt(k) < 'A' || w.charAt(k) > 'Z') return false;
        return true;
    }

    /** Every name that led to dictionary state {@code state} was written with the article (الأقصى، الخرج). */
    private boolean definiteOnly(int state) {
        for (int k = 0, n = r.matcher.refCount(state); k < n; k++) if (!r.matcher.articleAt(state, k)) return false;
        return true;
    }

    private boolean definite(int i) { return TokenShape.definite(t, i); }

    boolean isPlaceAdjective(int i) { return r.lex.placeAdjectives.contains(keys[i]) || r.lex.placeAdjectives.contains(t.surfaceNorm(i)); }

    boolean isGivenName(int i) {
        if (givenMemo[i] == 0) givenMemo[i] = (byte) (givenNameAt(i) ? 2 : 1);
        return givenMemo[i] == 2;
    }

    private boolean givenNameAt(int i) {
        return r.lex.givenNames.contains(keys[i]) && (t.proclitics(i) & (TextLayer.AL | TextLayer.BI | TextLayer.LI | TextLayer.KA)) == 0
                && !t.norm(i).startsWith("ال") && t.stemEnd(i) == t.tokenEnd(i);   // عمرها is "her age", not عمر
    }

    /** An ordinary word, a given name, or و/ف + an ordinary word (وأنه): not enough alone to be a one-word name. */
    boolean isCommonWord(int i) {
        String s = t.surfaceNorm(i);
        // (a given name takes no article: "الرياض" is the city, "رياض" may be a man)
        boolean definite = definite(i);
        if (common(keys[i]) || common(s) || !definite && r.lex.givenNames.contains(keys[i])) return true;
        return s.length() >= 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف') && common(s.substring(1));
    }

    private boolean common(String w) { return r.lex.commonWords.contains(w) || r.lex.stopwords.contains(w); }

    boolean isStop(int i) {
        int w = t.wordId(i);
        if (stopMemo[w] == 0) stopMemo[w] = (byte) (stopAt(i) ? 2 : 1);
        return stopMemo[w] == 2;
    }

    private boolean stopAt(int i) {
        String k = keys[i], n = t.norm(i);
        if (n.isEmpty() || !Character.isLetter(n.charAt(0))) return true;
        return r.lex.stopwords.contains(k) || r.lex.stopwords.contains(n) || r.lex.speechVerbs.contains(k) || r.lex.stopwords.contains(t.surfaceNorm(i));
    }

    /** End of a run of name-like words from k: no function word, punctuation, conjunction or other entity. */
    int nameRun(int k, int end, int max) {
        int e = k, links = 0;
        while (e < end && e - k < max + links) {
            if (isStop(e)) break;
            if (e > k && (t.proclitics(e) & (TextLayer.WA | TextLayer.FA | TextLayer.BI | TextLayer.LI | TextLayer.KA)) != 0) break;
            if (e > k) {
                int d = r.matcher.longest(ids, e, end, st);
                if (d > e && r.matcher.refAt(st[0], 0).kind() != KbKind.PERSON) break;
                if (r.lex.roles.match(keys, e, end) != null || r.lex.orgHeads.match(keys, e, end) != null) break;
            }
            if (NAME_LINKS.contains(keys[e])) links++;
            e++;
        }
        while (e > k && NAME_LINKS.contains(keys[e - 1])) e--;   // never end on عبد / بن
        return e;
    }

    // ---- accessors for OrgPatterns ----

    TextLayer text() { return t; }
    LocalDate date() { return date; }
    String lastRole() { return lastRole; }
    String key(int i) { return keys[i]; }
    /** The normalised keys of all tokens (shared, not to be changed), for phrase lookups. */
    String[] keys() { return keys; }
    EntityRecognizer rec() { return r; }
    boolean compoundPlaceWord(int i) { return PLACE_COMPOUND.contains(keys[i]); }
    Country country(String code) { return r.kb.country(code).orElse(null); }
    Optional<Organisation> institution(String code, String kind) { return r.kb.institution(code, kind); }

    String joinKeys(int a, int e) {
        StringBuilder b = new StringBuilder();
        for (int i = a; i < e; i++) { if (i > a) b.append(' '); b.append(keys[i]); }
        return b.toString();
    }

    /** The whole-document passes that run after the main scan, over this scan's mentions. */
    DocumentPasses passes() { return new DocumentPasses(this, r, t, keys, ids, found, covered); }
}
