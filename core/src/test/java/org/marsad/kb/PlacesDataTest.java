package org.marsad.kb;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Integrity of the place gazetteer (kb/places/*.tsv), read straight from the files so that the data
 * is checked independently of the loader. Every problem found is collected and reported at once,
 * so one run shows all the lines to fix.
 */
class PlacesDataTest {
    private static final List<String> HEADER =
            List.of("id", "name_en", "names_ar", "code", "admin1", "kind", "lat", "lon", "geonames");
    private static final Set<String> KINDS = Set.of("admin1", "district", "city", "town", "village", "region",
            "mountain", "crossing", "base", "camp", "river", "sea", "area");
    /** Kinds that lie inside one first-level unit and so must name it. */
    private static final Set<String> NEEDS_ADMIN1 = Set.of("admin1", "district", "city", "town", "village");
    private static final Pattern ID = Pattern.compile("loc:[a-z]{3}:[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern COORD = Pattern.compile("-?\\d{1,3}\\.\\d{2}");
    private static final Pattern GEONAMES = Pattern.compile("\\d{3,9}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("[\\u0621-\\u064A]");
    /** Arabic names are matched against running text, so no Latin letters, digits aside, or brackets. */
    private static final Pattern NOT_IN_NEWS_TEXT = Pattern.compile("[A-Za-z()\\[\\]]");
    /** Same name, same country, same kind, further apart than this: probably a copy-paste slip. */
    private static final double MAX_SAME_NAME_KM = 50.0;

    record Place(String file, int line, String id, String nameEn, List<String> namesAr, String code,
                 String admin1, String kind, double lat, double lon, String geonames) {}

    @Test
    void everyPlaceFileIsWellFormedAndConsistent() throws Exception {
        Map<String, double[]> boxes = readBoxes();
        List<String> problems = new ArrayList<>();
        List<Place> places = readPlaces(problems);
        assertTrue(places.size() > 2500, "expected thousands of places, found " + places.size());

        Set<String> ids = new HashSet<>();
        Map<String, String> geonamesOwner = new HashMap<>();
        Map<String, Set<String>> admin1ByCode = new HashMap<>();
        for (Place p : places) {
            if (!ids.add(p.id())) problems.add(where(p) + "duplicate id " + p.id());
            if (!p.geonames().isEmpty()) {
                String owner = geonamesOwner.putIfAbsent(p.geonames(), p.id());
                if (owner != null) problems.add(where(p) + "geonames " + p.geonames() + " also on " + owner);
            }
            if (KbDataIntegrityTest.worldPlace(p.id(), p.code(), p.kind())) continue;   // no state: no box to lie in
            if (!p.id().startsWith("loc:" + p.code().toLowerCase() + ":"))
                problems.add(where(p) + "id " + p.id() + " does not carry code " + p.code());
            if (p.kind().equals("admin1")) {
                admin1ByCode.computeIfAbsent(p.code(), c -> new HashSet<>()).add(p.nameEn());
                if (!p.admin1().equals(p.nameEn())) problems.add(where(p) + "admin1 row must name itself");
            }
            double[] box = boxes.get(p.code());
            if (box == null) problems.add(where(p) + "no bounding box for " + p.code());
            else if (p.lat() < box[0] || p.lat() > box[2] || p.lon() < box[1] || p.lon() > box[3])
                problems.add(where(p) + p.lat() + "," + p.lon() + " outside " + p.code());
        }
        for (Place p : places) {
            if (p.admin1().isEmpty()) continue;
            if (!admin1ByCode.getOrDefault(p.code(), Set.of()).contains(p.admin1()))
                problems.add(where(p) + "admin1 '" + p.admin1() + "' has no admin1 row in " + p.code());
        }
        checkSameNameDistance(places, problems);
        if (!problems.isEmpty())
            fail(problems.size() + " problems in kb/places:\n" + String.join("\n", problems));
    }

    /** The list of place names that are also common words only lists names the gazetteer has. */
    @Test
    void everyCommonWordEntryIsAPlaceName() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Place p : readPlaces(problems))
            for (String n : p.namesAr()) names.add(ArabicNormalizer.normalize(n));
        // a state's capital is a place of the KB too (countries.tsv, capital_ar)
        try (InputStream in = PlacesDataTest.class.getResourceAsStream("/kb/countries.tsv")) {
            String[] head = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (head == null) { head = c; continue; }
                int k = List.of(head).indexOf("capital_ar");
                if (k >= 0 && k < c.length && !c[k].isBlank()) names.add(ArabicNormalizer.normalize(c[k]));
            }
        }
        int entries = 0;
        try (InputStream in = PlacesDataTest.class.getResourceAsStream("/kb/place-common-words.tsv")) {
            assertTrue(in != null, "kb/place-common-words.tsv missing");
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t", -1);
                if (header) { assertEquals(List.of("name_ar", "meaning_en"), List.of(c)); header = false; continue; }
                entries++;
                if (c.length != 2 || c[1].isBlank()) problems.add("bad line: " + line);
                else if (!names.contains(ArabicNormalizer.normalize(c[0])))
                    problems.add("'" + c[0] + "' is not the name of any place");
            }
        }
        assertTrue(entries > 50, "expected the common-word list, found " + entries);
        if (!problems.isEmpty()) fail(String.join("\n", problems));
    }

    /** No two places of one kind in one country share a name while lying far apart. */
    private static void checkSameNameDistance(List<Place> places, List<String> problems) {
        Map<String, List<Place>> byName = new HashMap<>();
        for (Place p : places) {
            Set<String> keys = new HashSet<>();
            for (String n : p.namesAr()) keys.add(ArabicNormalizer.normalize(n) + "\t" + p.code());
            for (String k : keys) byName.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, List<Place>> e : byName.entrySet()) {
            List<Place> same = e.getValue();
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Place a = same.get(i), b = same.get(j);
                    if (!a.kind().equals(b.kind())) continue;
                    double km = distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
                    if (km > MAX_SAME_NAME_KM)
                        problems.add(where(a) + "name '" + e.getKey().split("\t")[0] + "' also on " + b.id()
                                + ", " + Math.round(km) + " km away, same kind " + a.kind());
                }
            }
        }
    }

    private static List<Place> readPlaces(List<String> problems) throws IOException, URISyntaxException {
        URL dir = PlacesDataTest.class.getResource("/kb/places");
        assertTrue(dir != null, "kb/places is not on the classpath");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
            files = s.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(files.size() >= 16, "expected one file per theatre, found " + files.size());
        List<Place> places = new ArrayList<>();
        for (Path f : files) readFile(f, places, problems);
        return places;
    }

    private static void readFile(Path f, List<Place> out, List<String> problems) throws IOException {
        String file = f.getFileName().toString();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            String at = file + ":" + (i + 1) + ": ";
            if (!headerSeen) {
                assertEquals(HEADER, List.of(c), at + "header");
                headerSeen = true;
                continue;
            }
            if (c.length != HEADER.size()) { problems.add(at + c.length + " columns"); continue; }
            List<String> names = List.of(c[2].split(" \\| ", -1));
            boolean ok = check(ID.matcher(c[0]).matches(), at + "bad id " + c[0], problems)
                    & check(!c[1].isBlank() && c[1].equals(c[1].strip()), at + "bad name_en", problems)
                    & check(names.stream().allMatch(n -> !n.isBlank() && n.equals(n.strip())
                            && ARABIC_LETTER.matcher(n).find() && !NOT_IN_NEWS_TEXT.matcher(n).find()),
                            at + "bad names_ar " + c[2], problems)
                    & check(names.stream().map(ArabicNormalizer::normalize).distinct().count() == names.size(),
                            at + "names_ar repeats a name up to normalisation: " + c[2], problems)
                    & check(CODE.matcher(c[3]).matches() || KbDataIntegrityTest.worldPlace(c[0], c[3], c[5]), at + "bad code " + c[3], problems)
                    & check(KINDS.contains(c[5]), at + "bad kind " + c[5], problems)
                    & check(!NEEDS_ADMIN1.contains(c[5]) || !c[4].isBlank(), at + "missing admin1", problems)
                    & check(COORD.matcher(c[6]).matches() && COORD.matcher(c[7]).matches(),
                            at + "coordinates must have two decimals", problems)
                    & check(c[8].isEmpty() || GEONAMES.matcher(c[8]).matches(), at + "bad geonames", problems);
            if (ok) out.add(new Place(file, i + 1, c[0], c[1], names, c[3], c[4], c[5],
                    Double.parseDouble(c[6]), Double.parseDouble(c[7]), c[8]));
        }
        assertTrue(headerSeen, file + " has no header");
    }

    private static boolean check(boolean ok, String problem, List<String> problems) {
        if (!ok) problems.add(problem);
        return ok;
    }

    private static Map<String, double[]> readBoxes() throws IOException {
        Map<String, double[]> boxes = new HashMap<>();
        try (InputStream in = PlacesDataTest.class.getResourceAsStream("/kb/place-country-bboxes.tsv")) {
            assertTrue(in != null, "place-country-bboxes.tsv missing");
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                String[] c = line.split("\t");
                boxes.put(c[0], new double[] {Double.parseDouble(c[1]), Double.parseDouble(c[2]),
                        Double.parseDouble(c[3]), Double.parseDouble(c[4])});
            }
        }
        return boxes;
    }

    private static String where(Place p) {
        return p.file() + ":" + p.line() + ": ";
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
