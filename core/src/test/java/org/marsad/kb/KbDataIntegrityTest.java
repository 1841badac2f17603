package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/**
 * Integrity of the knowledge-base data files under {@code kb/}. The files are parsed here with a
 * deliberately naive reader (the real loader lives elsewhere), so that a format slip in the data is
 * caught even if a loader were lenient about it.
 */
class KbDataIntegrityTest {

    private static final Set<String> IGO_CODES = Set.of(
            "UN", "UNSC", "CSTO", "OSCE", "CIS", "SCO", "EU", "NATO", "AU", "LAS", "GCC", "OIC", "ICRC");
    private static final Set<String> SECTORS = Set.of(
            "GOV", "MIL", "REB", "CVL", "LEG", "JUD", "COP", "MED", "OPP", "IGO");
    private static final Set<String> GROUP_SECTORS = Set.of("REB", "OPP", "MIL", "GOV");
    private static final Set<String> KINDS = Set.of("presidency", "government", "mofa", "mod", "moi",
            "army", "airforce", "navy", "guard", "intelligence", "police", "parliament",
            "security-council", "news-agency", "judiciary", "other", "base");
    private static final Set<String> ROLES = Set.of("HOS", "HOG", "VP", "FM", "DM", "IM", "SPOKES_FM",
            "SPOKES_MOD", "SPOKES_GOV", "SPOKES_PRES", "ARMY_CHIEF", "INTEL_CHIEF", "SPEAKER", "UNSG",
            "UN_ENVOY", "ENVOY", "IGO_HEAD", "GROUP_LEADER", "GROUP_SPOKES", "OTHER");
    /** Roles held by exactly one person per state at a time, so their terms must not overlap. */
    private static final Set<String> SINGLE_HOLDER_ROLES = Set.of("HOS", "HOG", "FM", "DM");
    private static final Pattern ID = Pattern.compile("(cty|igo|inst|per|grp|loc):[a-z0-9][a-z0-9:.-]*");
    private static final Pattern COORD = Pattern.compile("-?\\d{1,3}\\.\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** One data row: its file, line number and cells by column name. */
    record Row(String file, int line, Map<String, String> cells) {
        String get(String column) { return cells.get(column); }
        String where() { return file + ":" + line; }
        List<String> list(String column) {
            List<String> out = new ArrayList<>();
            String v = get(column);
            if (v == null || v.isEmpty()) return out;
            for (String part : v.split(" \\| ")) out.add(part);
            return out;
        }
    }

    private static List<Row> countries, igos, institutions, people, groups, places;
    private static final Map<String, double[]> BBOX = new HashMap<>();

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        countries = read("countries.tsv", "id code iso2 name_en names_ar adjectives_ar capital_en capital_ar lat lon bbox");
        igos = read("igos.tsv", "id code sector name_en names_ar parent");
        institutions = read("institutions.tsv", "id code sector kind name_en names_ar");
        people = read("people.tsv", "id name_en names_ar code role org start end");
        groups = read("groups.tsv", "id code sector name_en names_ar");
        places = readPlaces("id name_en names_ar code admin1 kind lat lon geonames");
        for (Row r : countries) BBOX.put(r.get("code"), parseBox(r.get("bbox")));
    }

    private static List<Row> read(String name, String header) throws IOException {
        try (InputStream in = KbDataIntegrityTest.class.getResourceAsStream("/kb/" + name)) {
            assertNotNull(in, "kb/" + name + " is missing from the classpath");
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), header);
        }
    }

    private static List<Row> readPlaces(String header) throws IOException, URISyntaxException {
        List<Row> out = new ArrayList<>();
        URL dir = KbDataIntegrityTest.class.getResource("/kb/places");
        if (dir == null || !"file".equals(dir.getProtocol())) return out; // places are written on another branch
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                out.addAll(parse("places/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8), header));
            }
        }
        return out;
    }

    /** Comments and blank lines skipped; the first other line must be exactly the documented header. */
    static List<Row> parse(String file, String text, String header) {
        String[] columns = header.split(" ");
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t", -1);
            if (!headerSeen) {
                assertEquals(String.join("\t", columns), line, file + ": header");
                headerSeen = true;
                continue;
            }
            assertEquals(columns.length, cells.length, file + ":" + (i + 1) + ": column count in: " + line);
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < columns.length; c++) {
                String v = cells[c];
                assertEquals(v.strip(), v, file + ":" + (i + 1) + ": stray spaces in column " + columns[c]);
                m.put(columns[c], v);
            }
            rows.add(new Row(file, i + 1, m));
        }
        assertTrue(headerSeen, file + ": no header line");
        return rows;
    }

    private static double[] parseBox(String box) {
        String[] p = box.split(",");
        assertEquals(4, p.length, "bbox " + box);
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) b[i] = Double.parseDouble(p[i]);
        return b;
    }

    /** Inside a minLat,minLon,maxLat,maxLon box; minLon &gt; maxLon means the box wraps through 180°. */
    static boolean inside(double[] b, double lat, double lon, double margin) {
        if (lat < b[0] - margin || lat > b[2] + margin) return false;
        if (b[1] <= b[3]) return lon >= b[1] - margin && lon <= b[3] + margin;
        return lon >= b[1] - margin || lon <= b[3] + margin;
    }

    private static String key(String arabic) {
        return ArabicNormalizer.normalize(arabic).trim().replaceAll("\\s+", " ");
    }

    private static void assertCode(Row r) {
        String code = r.get("code");
        // an empty code is a body or person of no state (institutions.tsv's header says which)
        if (code.isEmpty() && (r.get("id").startsWith("inst:") || r.get("id").startsWith("per:"))) return;
        if (code.startsWith("IGO:")) {
            assertTrue(IGO_CODES.contains(code.substring(4)), r.where() + ": unknown IGO code " + code);
        } else {
            assertTrue(code.matches("[A-Z]{3}") && BBOX.containsKey(code), r.where() + ": unknown country code '" + code + "'");
        }
    }

    private static void assertArabicNames(Row r) {
        List<String> names = r.list("names_ar");
        assertTrue(!names.isEmpty(), r.where() + ": no Arabic name");
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            assertTrue(n.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC),
                    r.where() + ": not Arabic: " + n);
            assertTrue(!n.contains("|") && !n.contains("\t"), r.where() + ": malformed list near " + n);
        }
        names.forEach(seen::add);
        assertEquals(names.size(), seen.size(), r.where() + ": a name is listed twice");
    }

    @Test
    void countriesCoverIsoAndAreConsistent() {
        assertTrue(countries.size() >= 249, "every ISO 3166-1 entry: " + countries.size());
        for (String iso2 : java.util.Locale.getISOCountries()) {
            String a3 = new java.util.Locale("", iso2).getISO3Country();
            assertTrue(BBOX.containsKey(a3), "missing ISO 3166-1 entry " + a3);
        }
        Set<String> iso2 = new HashSet<>();
        for (Row r : countries) {
            String code = r.get("code");
            assertTrue(code.matches("[A-Z]{3}"), r.where() + ": code " + code);
            assertEquals("cty:" + code.toLowerCase(), r.get("id"), r.where() + ": id must be cty:<code>");
            assertTrue(iso2.add(r.get("iso2")) && r.get("iso2").matches("[A-Z]{2}"), r.where() + ": iso2");
            assertTrue(!r.get("name_en").isEmpty(), r.where() + ": English name");
            assertArabicNames(r);
            for (String adj : r.list("adjectives_ar")) {
                assertTrue(adj.startsWith("ال"), r.where() + ": adjective without ال: " + adj);
            }
            assertTrue(COORD.matcher(r.get("lat")).matches() && COORD.matcher(r.get("lon")).matches(),
                    r.where() + ": coordinates need two decimals");
            double[] b = BBOX.get(code);
            assertTrue(b[0] <= b[2] && b[0] >= -90 && b[2] <= 90 && Math.abs(b[1]) <= 180 && Math.abs(b[3]) <= 180,
                    r.where() + ": bbox out of range");
            assertTrue(inside(b, Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), 0),
                    r.where() + ": centroid outside bbox");
        }
    }

    @Test
    void noArabicFormNamesTwoCountries() {
        Map<String, String> owner = new HashMap<>();
        for (Row r : countries) {
            List<String> forms = new ArrayList<>(r.list("names_ar"));
            forms.addAll(r.list("adjectives_ar"));
            for (String f : forms) {
                String prev = owner.putIfAbsent(key(f), r.get("code"));
                assertTrue(prev == null || prev.equals(r.get("code")),
                        r.where() + ": '" + f + "' names both " + prev + " and " + r.get("code"));
            }
        }
    }

    @Test
    void idsAreWellFormedAndUniqueAcrossFiles() {
        Map<String, String> seen = new HashMap<>();
        for (List<Row> file : List.of(countries, igos, institutions, groups, places)) {
            for (Row r : file) {
                String id = r.get("id");
                assertTrue(ID.matcher(id).matches(), r.where() + ": malformed id " + id);
                String prev = seen.put(id, r.where());
                assertTrue(prev == null, r.where() + ": id " + id + " already used at " + prev);
            }
        }
        Map<String, String> personName = new HashMap<>();
        for (Row r : people) {
            String id = r.get("id");
            assertTrue(id.startsWith("per:") && ID.matcher(id).matches(), r.where() + ": malformed id " + id);
            assertTrue(!seen.containsKey(id), r.where() + ": id " + id + " already used at " + seen.get(id));
            // several lines per person (one per term) are allowed, but they must describe the same person
            String prev = personName.putIfAbsent(id, r.get("name_en"));
            assertTrue(prev == null || prev.equals(r.get("name_en")), r.where() + ": " + id + " is both " + prev + " and " + r.get("name_en"));
        }
    }

    @Test
    void organisationsAndGroupsAreValid() {
        Set<String> igoIds = new HashSet<>();
        igos.forEach(r -> igoIds.add(r.get("id")));
        for (Row r : igos) {
            assertTrue(r.get("id").startsWith("igo:"), r.where());
            assertTrue(r.get("code").startsWith("IGO:"), r.where() + ": IGO code expected");
            assertCode(r);
            assertTrue(SECTORS.contains(r.get("sector")), r.where() + ": sector " + r.get("sector"));
            String parent = r.get("parent");
            assertTrue(parent.isEmpty() || igoIds.contains(parent), r.where() + ": unknown parent " + parent);
            assertTrue(!parent.equals(r.get("id")), r.where() + ": its own parent");
            assertArabicNames(r);
        }
        for (Row r : institutions) {
            // (a body of no state, the monitor reporting from exile, keeps the state it reports on in its id)
            assertTrue(r.get("code").isEmpty() ? r.get("id").matches("inst:[a-z]{3}:.+")
                    : r.get("id").startsWith("inst:" + r.get("code").toLowerCase() + ":"), r.where() + ": id must start inst:<code>:");
            assertCode(r);
            assertTrue(SECTORS.contains(r.get("sector")), r.where() + ": sector " + r.get("sector"));
            assertTrue(KINDS.contains(r.get("kind")), r.where() + ": kind " + r.get("kind"));
            assertArabicNames(r);
        }
        for (Row r : groups) {
            assertTrue(r.get("id").startsWith("grp:"), r.where());
            assertCode(r);
            assertTrue(GROUP_SECTORS.contains(r.get("sector")), r.where() + ": group sector " + r.get("sector"));
            assertArabicNames(r);
        }
    }

    @Test
    void organisationNamesAreUnambiguous() {
        Map<String, String> owner = new HashMap<>();
        for (Row r : countries) for (String f : r.list("names_ar")) owner.put(key(f), r.get("id"));
        for (List<Row> file : List.of(igos, institutions, groups)) {
            for (Row r : file) {
                for (String f : r.list("names_ar")) {
                    String prev = owner.putIfAbsent(key(f), r.get("id"));
                    assertTrue(prev == null || prev.equals(r.get("id")),
                            r.where() + ": '" + f + "' names both " + prev + " and " + r.get("id"));
                }
            }
        }
    }

    @Test
    void peopleTermsAreOrderedAndLinked() {
        Set<String> orgIds = new HashSet<>();
        for (List<Row> file : List.of(igos, institutions, groups)) file.forEach(r -> orgIds.add(r.get("id")));
        // a person's name must not also be a country name, nisba adjective or organisation name
        // ("السوداني" is the Sudanese adjective before it is the Iraqi prime minister's surname)
        Map<String, String> nameOwner = new HashMap<>();
        for (Row r : countries) {
            for (String f : r.list("names_ar")) nameOwner.putIfAbsent(key(f), r.get("id"));
            for (String f : r.list("adjectives_ar")) nameOwner.putIfAbsent(key(f), r.get("id"));
        }
        for (List<Row> file : List.of(igos, institutions, groups)) {
            for (Row r : file) for (String f : r.list("names_ar")) nameOwner.putIfAbsent(key(f), r.get("id"));
        }
        Map<String, List<Row>> byOffice = new HashMap<>();
        for (Row r : people) {
            assertCode(r);
            assertTrue(ROLES.contains(r.get("role")), r.where() + ": role " + r.get("role"));
            String org = r.get("org");
            assertTrue(org.isEmpty() || orgIds.contains(org), r.where() + ": unknown org " + org);
            assertTrue(!r.get("name_en").isEmpty(), r.where() + ": English name");
            assertArabicNames(r);
            String start = r.get("start"), end = r.get("end");
            assertTrue(DATE.matcher(start).matches(), r.where() + ": start date " + start);
            assertTrue(end.isEmpty() || DATE.matcher(end).matches(), r.where() + ": end date " + end);
            if (!end.isEmpty()) {
                assertTrue(!first(end).isBefore(first(start)) && !last(end).isBefore(last(start)),
                        r.where() + ": term ends before it starts");
            }
            for (String n : r.list("names_ar")) {
                String prev = nameOwner.putIfAbsent(key(n), r.get("id"));
                assertTrue(prev == null || prev.equals(r.get("id")), r.where() + ": '" + n + "' names both " + prev + " and " + r.get("id"));
            }
            if (SINGLE_HOLDER_ROLES.contains(r.get("role")) && org.isEmpty()) {
                byOffice.computeIfAbsent(r.get("code") + "/" + r.get("role"), k -> new ArrayList<>()).add(r);
            }
        }
        // one head of state, prime minister, foreign and defence minister per state at a time
        // (a month's grace covers handovers written at month precision)
        for (List<Row> terms : byOffice.values()) {
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    Row a = terms.get(i), b = terms.get(j);
                    if (a.get("id").equals(b.get("id"))) continue;
                    LocalDate aStart = first(a.get("start")), bStart = first(b.get("start"));
                    LocalDate aEnd = a.get("end").isEmpty() ? LocalDate.MAX : last(a.get("end"));
                    LocalDate bEnd = b.get("end").isEmpty() ? LocalDate.MAX : last(b.get("end"));
                    LocalDate overlapStart = aStart.isAfter(bStart) ? aStart : bStart;
                    LocalDate overlapEnd = aEnd.isBefore(bEnd) ? aEnd : bEnd;
                    boolean overlaps = overlapStart.plusDays(45).isBefore(overlapEnd);
                    assertTrue(!overlaps, a.where() + " and " + b.where() + ": overlapping terms in " + a.get("code") + " " + a.get("role"));
                }
            }
        }
    }

    @Test
    void placesLieInTheirCountry() {
        List<String> outside = new java.util.ArrayList<>();
        for (Row r : places) {
            if (worldPlace(r.get("id"), r.get("code"), r.get("kind"))) { assertArabicNames(r); continue; }
            assertCode(r);
            assertArabicNames(r);
            assertTrue(COORD.matcher(r.get("lat")).matches() && COORD.matcher(r.get("lon")).matches(), r.where() + ": coordinates");
            double[] b = BBOX.get(r.get("code"));
            if (b == null) continue; // an IGO-coded place is not expected, but is not a bbox question
            // Seas and rivers are shared by several states: their point may lie beyond one state's box.
            if (r.get("kind").equals("sea") || r.get("kind").equals("river")) continue;
            if (!inside(b, Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")), 0.1)) {
                outside.add(r.where() + ": " + r.get("name_en") + " lies outside " + r.get("code"));
            }
        }
        assertTrue(outside.isEmpty(), String.join("\n", outside));
    }

    /** A continent, world region or ocean (kb/places/world.tsv): no state's code, id prefix loc:wld:. */
    static boolean worldPlace(String id, String code, String kind) {
        return code.isEmpty() && id.startsWith("loc:wld:") && (kind.equals("region") || kind.equals("sea"));
    }

    private static LocalDate first(String d) { return KbLoader.date(d, false); }

    private static LocalDate last(String d) { return KbLoader.date(d, true); }
}
