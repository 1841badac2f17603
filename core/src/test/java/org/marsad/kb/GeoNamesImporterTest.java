package org.marsad.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GeoNames importer on small files written here (good, truncated, wrong) and on the shared dump. */
class GeoNamesImporterTest {
    static KnowledgeBase base;
    @TempDir Path dir;

    @BeforeAll
    static void load() { base = KnowledgeBase.load("kbtest", null); }

    /** Two lines in GeoNames' 19-column format (values written for this test). */
    static String dump() {
        return String.join("\t", "9000001", "Testabad", "Testabad", "Testabad,تست آباد,تستاباد", "36.50", "37.10", "P", "PPL", "SY", "",
                "09", "", "", "", "25000", "", "400", "Asia/Damascus", "2020-01-01") + "\n"
                + String.join("\t", "9000002", "Nowhere", "Nowhere", "Nowhere,Nulle part", "10.00", "10.00", "P", "PPL", "SY", "",
                "09", "", "", "", "100", "", "1", "Asia/Damascus", "2020-01-01") + "\n";
    }

    @Test
    void importsPlainAndZipAndKbUsesOverlay() throws IOException {
        Path txt = dir.resolve("cities-test.txt");
        Files.writeString(txt, dump(), StandardCharsets.UTF_8);
        Path alt = dir.resolve("alternateNamesV2.txt");
        Files.writeString(alt, "1\t9000002\tar\tلا مكان\t\t\t\t\t\t\n", StandardCharsets.UTF_8);
        Path data = dir.resolve("overlay");
        GeoNamesImporter.Result r = new GeoNamesImporter(base).importDump(txt, alt, data);
        assertEquals(2, r.places());
        KnowledgeBase kb = KnowledgeBase.load("kbtest", data);
        Place p = kb.places("تستاباد", Set.of()).get(0);
        assertEquals("SYR", p.code());
        assertEquals(25000, p.population());
        assertTrue(p.overlay());
        assertFalse(kb.places("لا مكان", Set.of()).isEmpty());

        Path zip = dir.resolve("cities-test.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("cities-test.txt"));
            z.write(dump().getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(1, new GeoNamesImporter(base).importDump(zip, null, dir.resolve("z")).places());
    }

    @Test
    void badInputLeavesOverlayIntact() throws IOException {
        Path data = dir.resolve("overlay");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, dump(), StandardCharsets.UTF_8);
        new GeoNamesImporter(base).importDump(good, null, data);
        Path overlay = data.resolve(GeoNamesImporter.OVERLAY_FILE);
        String before = Files.readString(overlay);

        String d = dump();
        Path truncated = dir.resolve("truncated.txt");
        Files.writeString(truncated, d.substring(0, d.length() - 40), StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GeoNamesImporter(base).importDump(truncated, null, data));
        assertTrue(e.getMessage().contains("truncated.txt:2"), e.getMessage());

        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "name,lat,lon\nDamascus,33.5,36.3\n", StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class, () -> new GeoNamesImporter(base).importDump(wrong, null, data));

        Path badZip = dir.resolve("bad.zip");
        Files.write(badZip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        assertThrows(IllegalArgumentException.class, () -> new GeoNamesImporter(base).importDump(badZip, null, data));

        assertEquals(before, Files.readString(overlay));
        try (var files = Files.list(data)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void sharedCities15000() throws IOException {
        Path zip = Path.of("../../shared/data/geonames/cities15000.zip");
        if (!Files.exists(zip)) zip = Path.of("../shared/data/geonames/cities15000.zip");
        Assumptions.assumeTrue(Files.exists(zip), "../shared/data/geonames/cities15000.zip absent: skipped");
        GeoNamesImporter.Result r = new GeoNamesImporter(KnowledgeBase.load(null)).importDump(zip, null, dir);
        assertTrue(r.lines() > 30000, "lines " + r.lines());
        assertTrue(r.places() > 5000, "places with Arabic names " + r.places());
        KnowledgeBase kb = KnowledgeBase.load(dir);
        assertTrue(kb.places().stream().anyMatch(p -> p.overlay() && "FRA".equals(p.code())));
    }
}
