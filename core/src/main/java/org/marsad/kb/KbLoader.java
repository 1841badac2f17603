package org.marsad.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads the KB's TSV files from the classpath and an overlay folder into lists of records. */
final class KbLoader {
    final List<Country> countries = new ArrayList<>();
    final List<Organisation> organisations = new ArrayList<>();
    final List<PersonTerm> people = new ArrayList<>();
    final List<Place> places = new ArrayList<>();

    void loadClasspath(String root) {
        readResource(root + "/countries.tsv", this::countries);
        readResource(root + "/igos.tsv", t -> orgs(t, KbKind.IGO));
        readResource(root + "/institutions.tsv", t -> orgs(t, KbKind.INSTITUTION));
        readResource(root + "/groups.tsv", t -> orgs(t, KbKind.GROUP));
        readResource(root + "/people.tsv", this::people);
        for (String r : listResources(root + "/places")) readResource(r, t -> places(t, false));
    }

    /** Every {@code *.tsv} in an overlay folder, read as places (the GeoNames importer writes that format). */
    void loadOverlay(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) return;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".tsv")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    places(Tsv.read(p.toString(), r), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read KB overlay " + dir + ": " + e.getMessage(), e);
        }
    }

    private interface TableReader { void accept(Tsv t); }

    private static void readResource(String resource, TableReader reader) {
        try (InputStream in = KbLoader.class.getResourceAsStream("/" + resource)) {
            if (in == null) return;   // a KB part not shipped yet: the rest still loads
            reader.accept(Tsv.read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code *.tsv} resources under a classpath folder, from a directory or a jar. */
    static List<String> listResources(String folder) {
        TreeSet<String> out = new TreeSet<>();
        try {
            Enumeration<URL> urls = KbLoader.class.getClassLoader().getResources(folder);
            while (urls.hasMoreElements()) {
                URL u = urls.nextElement();
                if ("file".equals(u.getProtocol())) {
                    try (Stream<Path> s = Files.list(Path.of(u.toURI()))) {
                        s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).forEach(n -> out.add(folder + "/" + n));
                    }
                } else if ("jar".equals(u.getProtocol())) {
                    String spec = u.getPath();
                    String jarPath = spec.substring(5, spec.indexOf('!'));
                    try (JarFile jar = new JarFile(java.net.URLDecoder.decode(jarPath, StandardCharsets.UTF_8))) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String n = e.nextElement().getName();
                            if (n.startsWith(folder + "/") && n.endsWith(".tsv") && n.indexOf('/', folder.length() + 1) < 0) out.add(n);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        return new ArrayList<>(out);
    }

    private void countries(Tsv t) {
        t.require("id", "code", "name_en", "names_ar");
        for (int r = 0; r < t.size(); r++) {
            double[] bbox = null;
            String b = t.get(r, "bbox");
            if (!b.isEmpty()) {
                String[] p = b.split(",");
                if (p.length != 4) throw t.error(r, "bbox needs minLat,minLon,maxLat,maxLon");
                bbox = new double[4];
                try {
                    for (int i = 0; i < 4; i++) bbox[i] = Double.parseDouble(p[i].strip());
                } catch (NumberFormatException e) {
                    throw t.error(r, "bad bbox " + b);
                }
            }
            countries.add(new Country(t.get(r, "id"), t.get(r, "code"), t.get(r, "iso2"), t.get(r, "name_en"),
                    t.list(r, "names_ar"), t.list(r, "adjectives_ar"), t.get(r, "capital_en"), t.get(r, "capital_ar"),
                    t.number(r, "lat"), t.number(r, "lon"), bbox));
        }
    }

    private void orgs(Tsv t, KbKind kind) {
        t.require("id", "code", "name_en", "names_ar");
        for (int r = 0; r < t.size(); r++) {
            String role = kind == KbKind.INSTITUTION ? t.get(r, "kind") : kind == KbKind.IGO ? t.get(r, "parent") : "";
            organisations.add(new Organisation(t.get(r, "id"), kind, emptyToNull(t.get(r, "code")), emptyToNull(t.get(r, "sector")),
                    role, t.get(r, "name_en"), t.list(r, "names_ar")));
        }
    }

    private void people(Tsv t) {
        t.require("id", "name_en", "names_ar", "role");
        for (int r = 0; r < t.size(); r++) {
            LocalDate start, end;
            try {
                start = date(t.get(r, "start"), false);
                end = date(t.get(r, "end"), true);
            } catch (RuntimeException e) {
                throw t.error(r, "bad date: " + e.getMessage());
            }
            people.add(new PersonTerm(t.get(r, "id"), t.get(r, "name_en"), t.list(r, "names_ar"), emptyToNull(t.get(r, "code")),
                    t.get(r, "role"), emptyToNull(t.get(r, "org")), start, end));
        }
    }

    private void places(Tsv t, boolean overlay) {
        t.require("id", "name_en", "names_ar", "code", "lat", "lon");
        for (int r = 0; r < t.size(); r++) {
            String pop = t.get(r, "population");
            long population = 0;
            if (!pop.isEmpty()) {
                try { population = Long.parseLong(pop); } catch (NumberFormatException e) { throw t.error(r, "bad population " + pop); }
            }
            places.add(new Place(t.get(r, "id"), t.get(r, "name_en"), t.list(r, "names_ar"), emptyToNull(t.get(r, "code")),
                    t.get(r, "admin1"), t.get(r, "kind"), t.number(r, "lat"), t.number(r, "lon"), t.get(r, "geonames"),
                    population, overlay));
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD as its first day, or (for an end date) its last day. */
    static LocalDate date(String s, boolean last) {
        if (s.isEmpty()) return null;
        if (s.length() == 4) return last ? LocalDate.of(Integer.parseInt(s), 12, 31) : LocalDate.of(Integer.parseInt(s), 1, 1);
        if (s.length() == 7) {
            YearMonth m = YearMonth.parse(s);
            return last ? m.atEndOfMonth() : m.atDay(1);
        }
        return LocalDate.parse(s);
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
