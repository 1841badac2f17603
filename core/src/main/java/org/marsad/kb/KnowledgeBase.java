package org.marsad.kb;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TextAnalyzer;

/**
 * The knowledge base: states, international bodies, institutions, people, groups and places, read
 * once from {@code kb/} on the classpath plus an optional places overlay (the GeoNames import).
 * Immutable and thread-safe once loaded.
 */
public final class KnowledgeBase {
    /**
     * One name of one entry as match keys (see {@link KbNames#key}); {@code article} tells whether its
     * first word is written with ال (الدوما the Duma, دوما the town), which the keys no longer show.
     */
    public record Name(String[] keys, KbRef ref, boolean article) {
        public Name(String[] keys, KbRef ref) { this(keys, ref, false); }
    }

    private final Map<String, Country> countriesByCode = new LinkedHashMap<>();
    private final Map<String, Country> countriesById = new HashMap<>();
    private final Map<String, Organisation> orgsById = new LinkedHashMap<>();
    private final Map<String, Organisation> institutionsByCodeKind = new HashMap<>();
    private final Map<String, Organisation> igosByCode = new HashMap<>();
    private final Map<String, List<PersonTerm>> termsById = new LinkedHashMap<>();
    private final Map<String, List<PersonTerm>> termsByRole = new HashMap<>();
    private final Map<String, Place> placesById = new LinkedHashMap<>();
    private final Map<String, List<Place>> placesByKey = new HashMap<>();
    private final Map<String, Country> demonyms = new HashMap<>();
    private final List<Name> names = new ArrayList<>();
    /** Ids of the places that are their state's capital (computed once: ranking and the event stage ask often). */
    private final Set<String> capitalIds = new HashSet<>();
    private final Set<String> nameTokens;
    /** First tokens of the names (a ل-word that begins a name is the name's own: لبنان). */
    private final Set<String> leadingTokens;

    private KnowledgeBase(KbLoader data) {
        for (Country c : data.countries) { countriesByCode.put(c.code(), c); countriesById.put(c.id(), c); }
        for (Organisation o : data.organisations) {
            orgsById.put(o.id(), o);
            if (o.kind() == KbKind.INSTITUTION && o.code() != null) institutionsByCodeKind.putIfAbsent(o.code() + "/" + o.role(), o);
            if (o.kind() == KbKind.IGO && o.code() != null && (o.role().isEmpty() || !igosByCode.containsKey(o.code()))) igosByCode.put(o.code(), o);
        }
        for (PersonTerm p : data.people) {
            termsById.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
            // Indexed by state, by body, and by body and state (the UN envoy for Yemen).
            if (p.code() != null) termsByRole.computeIfAbsent(p.role() + "/" + p.code(), k -> new ArrayList<>()).add(p);
            if (p.org() != null) termsByRole.computeIfAbsent(p.role() + "/" + p.org(), k -> new ArrayList<>()).add(p);
            if (p.org() != null && p.code() != null) termsByRole.computeIfAbsent(p.role() + "/" + p.org() + "/" + p.code(), k -> new ArrayList<>()).add(p);
        }
        Set<String> curatedGeonames = new HashSet<>();
        for (Place p : data.places) if (!p.overlay() && !p.geonames().isEmpty()) curatedGeonames.add(p.geonames());
        for (Place p : data.places) {
            if (p.overlay() && curatedGeonames.contains(p.geonames())) continue;   // the curated entry wins
            if (placesById.putIfAbsent(p.id(), p) != null && p.overlay()) continue;
        }
        addCapitals();
        for (Place p : placesById.values()) if (capitalOfItsState(p)) capitalIds.add(p.id());
        Set<String> tokens = new HashSet<>();
        Set<String> leading = new HashSet<>();   // first words of names (see below)
        forEachName((name, ref) -> {
            String first = KbNames.addRawTokens(name, tokens);
            if (first != null) leading.add(first);
        });
        // "الحدود بين أرمينيا وأذربيجان", "الصليب الأحمر والهلال الأحمر": a word of a name that is و + another
        // name word is that word with the conjunction, not a known word of its own (else "وأذربيجان" in text
        // would stay unsplit and untagged)
        // (and so is a word inside a name that is ل or لل + another name word: "مجلس الأمن التابع للأمم المتحدة"
        // must not keep "للأمم" whole, or "رسالة للأمم المتحدة" names no one; a name that begins with it,
        // لبنان، لجان المقاومة، لشكر طيبة, keeps it)
        this.leadingTokens = Set.copyOf(leading);
        KbNames.dropCliticForms(tokens, leadingTokens);
        this.nameTokens = Set.copyOf(tokens);
        TextAnalyzer analyzer = new TextAnalyzer(nameTokens);
        Set<String> seen = new HashSet<>();
        forEachName((name, ref) -> {
            String[] keys = KbNames.keys(analyzer, name);
            if (keys.length == 0) return;
            if (!seen.add(String.join(" ", keys) + "\u0000" + ref.id() + "\u0000" + ref.kind())) return;
            String first = ArabicNormalizer.normalize(name.strip());
            names.add(new Name(keys, ref, first.startsWith("ال") && !keys[0].startsWith("ال")));
            if (ref.kind() == KbKind.DEMONYM && keys.length == 1) demonyms.putIfAbsent(keys[0], countriesById.get(ref.id()));
            if (ref.kind() == KbKind.PLACE) placesByKey.computeIfAbsent(String.join(" ", keys), k -> new ArrayList<>()).add(placesById.get(ref.id()));
        });
    }

    /**
     * Capitals from countries.tsv become places when no place file lists them (واشنطن، بروكسل), with
     * unknown coordinates (NaN) since countries.tsv gives none.
     */
    private void addCapitals() {
        Set<String> curated = new HashSet<>();
        for (Place p : placesById.values()) for (String n : p.namesAr()) curated.add(ArabicNormalizer.normalize(n) + "/" + p.code());
        for (Country c : countriesByCode.values()) {
            if (c.capitalAr() == null || c.capitalAr().isEmpty() || c.capitalEn() == null || c.capitalEn().isEmpty()) continue;
            if (curated.contains(ArabicNormalizer.normalize(c.capitalAr()) + "/" + c.code())) continue;
            String id = "loc:" + c.code().toLowerCase(java.util.Locale.ROOT) + ":capital";
            placesById.putIfAbsent(id, new Place(id, c.capitalEn(), List.of(c.capitalAr()), c.code(), "", "city", Double.NaN, Double.NaN, "", 0, false));
        }
    }

    /** The shipped KB plus the GeoNames overlay in the default folder when one was imported. */
    public static KnowledgeBase load() { return load(defaultOverlayDir()); }

    /** The shipped KB plus the places overlay in {@code overlayDir} (ignored when null or absent). */
    public static KnowledgeBase load(Path overlayDir) { return load("kb", overlayDir); }

    /** A KB from another classpath root (tests use small fixtures), plus an optional overlay. */
    public static KnowledgeBase load(String classpathRoot, Path overlayDir) {
        KbLoader l = new KbLoader();
        l.loadClasspath(classpathRoot);
        l.loadOverlay(overlayDir);
        return new KnowledgeBase(l);
    }

    /** {@code $MARSAD_GEONAMES}, else {@code ~/.marsad/geonames}. */
    public static Path defaultOverlayDir() {
        String env = System.getenv("MARSAD_GEONAMES");
        if (env != null && !env.isBlank()) return Path.of(env);
        return Path.of(System.getProperty("user.home"), ".marsad", "geonames");
    }

    private interface NameSink { void accept(String name, KbRef ref); }

    private void forEachName(NameSink sink) {
        for (Country c : countriesByCode.values()) {
            KbRef ref = new KbRef(c.id(), KbKind.COUNTRY, c.code(), null, c.nameEn(), 10, false);
            for (String n : c.namesAr()) sink.accept(n, ref);
            KbRef dem = new KbRef(c.id(), KbKind.DEMONYM, c.code(), null, c.nameEn(), 10, false);
            for (String n : c.adjectivesAr()) {
                sink.accept(n, dem);
                // "20 فلسطينيا"، "15 عراقيا": the counted singular takes the accusative alif (for some states
                // that is the state's own name, سوريا، روسيا، تركيا: the same code)
                if (n.endsWith("ي") && n.startsWith("ال")) sink.accept(n.substring(2) + "ا", dem);
            }
        }
        for (Organisation o : orgsById.values()) {
            KbRef ref = new KbRef(o.id(), o.kind(), o.code(), o.sector(), o.nameEn(), o.kind() == KbKind.IGO ? 9 : 8, false);
            for (String n : o.namesAr()) sink.accept(n, ref);
        }
        for (List<PersonTerm> terms : termsById.values()) {
            PersonTerm last = terms.get(terms.size() - 1);
            Set<String> all = new java.util.LinkedHashSet<>();
            for (PersonTerm t : terms) all.addAll(t.namesAr());
            KbRef ref = new KbRef(last.id(), KbKind.PERSON, personCode(last), null, last.nameEn(), 7, false);
            for (String n : all) sink.accept(n, ref);
        }
        for (Place p : placesById.values()) {
            // a state's capital is what its bare name means where the text names no state (طرابلس: Libya's, not Lebanon's)
            double rank = (p.overlay() ? 1 : 5) + kindRank(p.kind()) + Math.log10(1 + p.population()) / 10 + capitalBonus(p);
            KbRef ref = new KbRef(p.id(), KbKind.PLACE, p.code(), null, p.nameEn(), rank, p.overlay());
            for (String n : p.namesAr()) sink.accept(n, ref);
        }
    }

    /** A capital outranks a namesake city or unit of the same kind: its bare name means it. */
    private double capitalBonus(Place p) { return isCapital(p.id()) ? 0.15 : 0; }

    private static double kindRank(String kind) {
        return switch (kind == null ? "" : kind) {
            case "admin1" -> 0.9;
            case "city" -> 0.8;
            case "region", "sea", "river", "mountain" -> 0.6;
            case "town", "district" -> 0.5;
            default -> 0.3;
        };
    }

    /** Code a person's mentions carry: the state, or the IGO code of the body whose office it is. */
    private String personCode(PersonTerm p) {
        if (p.code() != null) return p.code();
        Organisation o = p.org() == null ? null : orgsById.get(p.org());
        return o == null ? null : o.code();
    }

    // ---- lookups ----

    public Collection<Country> countries() { return countriesByCode.values(); }
    public Collection<Organisation> organisations() { return orgsById.values(); }
    public Collection<Place> places() { return placesById.values(); }
    public Map<String, List<PersonTerm>> people() { return termsById; }
    /** Every name of every entry as match keys, for the dictionary matcher. */
    public List<Name> names() { return names; }
    /** Normalised tokens of all names: pass to {@code new TextAnalyzer(extraKnownWords)}. */
    public Set<String> nameTokens() { return nameTokens; }

    /**
     * Known words for a text analyzer: the name tokens with {@code more}, less the forms that are a
     * proclitic on another of them ({@link KbNames#dropCliticForms}), so that text is cut as the names
     * were cut when their keys were made.
     */
    public Set<String> knownWordsWith(Set<String> more) {
        Set<String> w = new HashSet<>(nameTokens);
        w.addAll(more);
        KbNames.dropCliticForms(w, leadingTokens);
        return Set.copyOf(w);
    }

    public Optional<Country> country(String code) { return Optional.ofNullable(countriesByCode.get(code)); }
    public Optional<Organisation> organisation(String id) { return Optional.ofNullable(orgsById.get(id)); }
    public Optional<Place> place(String id) { return Optional.ofNullable(placesById.get(id)); }

    /**
     * Whether place {@code id} is its state's capital: one of its Arabic names is the capital_ar of its
     * state in countries.tsv (or it was made from that column). In news a capital stands for its
     * government ("حمّلت كيغالي كينشاسا المسؤولية", "عقوبات على كاراكاس").
     */
    public boolean isCapital(String id) { return id != null && capitalIds.contains(id); }

    private boolean capitalOfItsState(Place p) {
        if (p.code() == null) return false;
        Country c = countriesByCode.get(p.code());
        if (c == null || c.capitalAr() == null || c.capitalAr().isEmpty()) return false;
        String cap = ArabicNormalizer.normalize(c.capitalAr());
        for (String n : p.namesAr()) if (ArabicNormalizer.normalize(n).equals(cap)) return true;
        return false;
    }
    public List<PersonTerm> terms(String personId) { return termsById.getOrDefault(personId, List.of()); }

    /** Any entry by KB id, or empty. */
    public Optional<Object> byId(String id) {
        if (countriesById.containsKey(id)) return Optional.of(countriesById.get(id));
        if (orgsById.containsKey(id)) return Optional.of(orgsById.get(id));
        if (termsById.containsKey(id)) return Optional.of(termsById.get(id).get(0));
        return Optional.ofNullable(placesById.get(id));
    }

    /** The state a demonym or adjective refers to (الروسية، روسي، الأرمن …), any form, article optional. */
    public Optional<Country> countryForDemonym(String word) {
        return Optional.ofNullable(demonyms.get(KbNames.key(ArabicNormalizer.normalize(word))));
    }

    /** The state's institution of a kind (mofa, mod, army …), or empty. */
    public Optional<Organisation> institution(String code, String kind) {
        return Optional.ofNullable(institutionsByCodeKind.get(code + "/" + kind));
    }

    /** The top-level international body with an {@code IGO:X} code. */
    public Optional<Organisation> igo(String code) { return Optional.ofNullable(igosByCode.get(code)); }

    /**
     * Who held {@code role} for a state (ISO3), a body (KB id such as igo:un) or a body for a state
     * ({@code igo:un/YEM}) on {@code date}; with no
     * date, whoever holds it now (else the latest holder). Several holders on one day: the latest start.
     */
    public Optional<PersonTerm> personInRole(String role, String codeOrOrg, LocalDate date) {
        List<PersonTerm> terms = termsByRole.get(role + "/" + codeOrOrg);
        if (terms == null) return Optional.empty();
        Comparator<PersonTerm> byStart = Comparator.comparing(t -> t.start() == null ? LocalDate.MIN : t.start());
        if (date == null) {
            return terms.stream().filter(t -> t.end() == null).max(byStart).or(() -> terms.stream().max(byStart));
        }
        return terms.stream().filter(t -> t.covers(date)).max(byStart);
    }

    /**
     * Places with this name (any variant, any clitic), best first: in one of {@code contextCodes}
     * (states the text speaks of) first, then curated before overlay, by kind and population.
     */
    public List<Place> places(String name, Set<String> contextCodes) {
        TextAnalyzer a = new TextAnalyzer(nameTokens);
        List<Place> found = placesByKey.getOrDefault(String.join(" ", KbNames.keys(a, name)), List.of());
        List<Place> out = new ArrayList<>(found);
        out.sort(Comparator.comparing((Place p) -> contextCodes.contains(p.code()) ? 0 : 1)
                .thenComparing(p -> p.overlay() ? 1 : 0)
                .thenComparing(p -> -kindRank(p.kind()) - capitalBonus(p))
                .thenComparing(p -> -p.population()));
        return out;
    }
}
