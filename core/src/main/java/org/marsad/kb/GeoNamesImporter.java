package org.marsad.kb;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Imports a GeoNames dump in GeoNames' own formats ({@code allCountries.txt}, {@code citiesN.txt},
 * either plain or zipped; optionally {@code alternateNamesV2.txt} for Arabic names) into a places
 * overlay file the KB reads. Places with no Arabic-script name are left out: news text cannot name
 * them. The overlay is written to a temporary file and moved into place only when the whole input
 * parsed, so a truncated or wrong file leaves the previous overlay as it was.
 */
public final class GeoNamesImporter {
    /** The overlay file name inside the data folder. */
    public static final String OVERLAY_FILE = "geonames-places.tsv";
    private static final int COLUMNS = 19;

    /** What an import did. */
    public record Result(Path overlay, long lines, long places, long arabicNames) {}

    /** Told how far the import has read, in bytes of the file on disk (compressed bytes for a .zip). */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = (file, done, total) -> { };

        /** @param file the file being read; {@code done} of its {@code total} bytes are read */
        void read(Path file, long done, long total);
    }

    private final Map<String, String> iso2to3 = new HashMap<>();
    private Listener listener = Listener.NONE;

    /** @param kb the shipped KB, for ISO 3166 alpha-2 → alpha-3 codes */
    public GeoNamesImporter(KnowledgeBase kb) {
        for (Country c : kb.countries()) if (c.iso2() != null && !c.iso2().isEmpty()) iso2to3.put(c.iso2(), c.code());
    }

    public Result importDump(Path dump, Path alternateNames, Path dataDir) throws IOException {
        return importDump(dump, alternateNames, dataDir, Listener.NONE);
    }

    /** As {@link #importDump(Path, Path, Path)}, telling {@code listener} how far each file has been read. */
    public Result importDump(Path dump, Path alternateNames, Path dataDir, Listener listener) throws IOException {
        this.listener = listener;
        Map<String, List<String>> arabic = alternateNames == null ? Map.of() : readAlternateNames(alternateNames);
        Files.createDirectories(dataDir);
        Path tmp = Files.createTempFile(dataDir, ".geonames", ".tmp");
        long lines = 0, places = 0, names = 0;
        try {
            try (BufferedReader in = open(dump); BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write("# GeoNames overlay imported by `marsad kb import-geonames` from " + dump.getFileName() + " (CC BY 4.0, geonames.org)\n");
                out.write("id\tname_en\tnames_ar\tcode\tadmin1\tkind\tlat\tlon\tgeonames\tpopulation\n");
                String line;
                while ((line = in.readLine()) != null) {
                    lines++;
                    if (line.isEmpty()) continue;
                    String[] c = line.split("\t", -1);
                    if (c.length != COLUMNS) {
                        throw new IllegalArgumentException(dump + ":" + lines + ": not a GeoNames dump line (" + c.length
                                + " columns, expected " + COLUMNS + "); truncated or wrong file");
                    }
                    if (!c[18].matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw new IllegalArgumentException(dump + ":" + lines + ": not a GeoNames dump line (modification date '" + c[18] + "'); truncated or wrong file");
                    }
                    double lat, lon;
                    long pop;
                    try {
                        Long.parseLong(c[0]);
                        lat = Double.parseDouble(c[4]);
                        lon = Double.parseDouble(c[5]);
                        pop = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(dump + ":" + lines + ": not a GeoNames dump line (bad number: " + e.getMessage() + ")");
                    }
                    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new IllegalArgumentException(dump + ":" + lines + ": coordinates out of range");
                    Set<String> ar = new LinkedHashSet<>();
                    for (String a : c[3].split(",")) if (isArabic(a)) ar.add(clean(a));
                    ar.addAll(arabic.getOrDefault(c[0], List.of()));
                    ar.removeIf(s -> s.length() < 2);
                    if (ar.isEmpty()) continue;
                    String code = iso2to3.get(c[8]);
                    out.write("gn:" + c[0] + "\t" + clean(c[1]) + "\t" + String.join(" | ", ar) + "\t" + (code == null ? "" : code) + "\t"
                            + c[10] + "\t" + kind(c[6], c[7]) + "\t" + String.format(java.util.Locale.ROOT, "%.2f\t%.2f", lat, lon)
                            + "\t" + c[0] + "\t" + pop + "\n");
                    places++;
                    names += ar.size();
                }
            } catch (ZipException | CharacterCodingException e) {
                throw new IllegalArgumentException(dump + ": not a readable GeoNames dump (" + e.getMessage() + ")");
            } catch (java.io.EOFException e) {
                throw new IllegalArgumentException(dump + ": truncated file (" + e.getMessage() + ")");
            }
            if (places == 0) throw new IllegalArgumentException(dump + ": no GeoNames place with an Arabic name found (" + lines + " lines read)");
            Path target = dataDir.resolve(OVERLAY_FILE);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Result(target, lines, places, names);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Arabic ({@code ar}) names from alternateNamesV2.txt, by geoname id; historic names skipped. */
    private Map<String, List<String>> readAlternateNames(Path file) throws IOException {
        Map<String, List<String>> out = new HashMap<>();
        long no = 0;
        try (BufferedReader in = open(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                no++;
                if (line.isEmpty()) continue;
                String[] c = line.split("\t", -1);
                if (c.length < 4 || c.length > 10) {
                    throw new IllegalArgumentException(file + ":" + no + ": not an alternateNames line (" + c.length + " columns); truncated or wrong file");
                }
                if (!"ar".equals(c[2]) || (c.length > 7 && "1".equals(c[7]))) continue;
                if (isArabic(c[3])) out.computeIfAbsent(c[1], k -> new ArrayList<>(2)).add(clean(c[3]));
            }
        } catch (ZipException | CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not a readable alternateNames file (" + e.getMessage() + ")");
        }
        return out;
    }

    /** A plain or zipped GeoNames file, decoded strictly as UTF-8 (a binary file fails, not garbles). */
    private BufferedReader open(Path p) throws IOException {
        InputStream in = new Counting(Files.newInputStream(p), p, Files.size(p), listener);
        if (p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            ZipInputStream z = new ZipInputStream(in);
            ZipEntry e;
            while ((e = z.getNextEntry()) != null && (e.isDirectory() || !e.getName().endsWith(".txt"))) { /* skip readme etc. */ }
            if (e == null) { z.close(); throw new IllegalArgumentException(p + ": zip holds no GeoNames .txt file"); }
            in = z;
        }
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, dec), 1 << 16);
    }

    /** Counts the bytes read from disk for the listener, telling it at most every 1 MB. */
    private static final class Counting extends java.io.FilterInputStream {
        private final Path file;
        private final long total;
        private final Listener listener;
        private long done, told;

        Counting(InputStream in, Path file, long total, Listener listener) {
            super(in);
            this.file = file;
            this.total = total;
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) advance(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) advance(n);
            return n;
        }

        private void advance(long n) {
            done += n;
            if (done - told >= 1 << 20 || done == total) {
                told = done;
                listener.read(file, done, total);
            }
        }
    }

    private static boolean isArabic(String s) {
        int ar = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x0600 && ch <= 0x06FF) ar++;
            else if (Character.isLetter(ch)) return false;
        }
        return ar > 0;
    }

    private static String clean(String s) { return s.replace('|', ' ').replace('\t', ' ').strip(); }

    /** GeoNames feature class and code → the places.tsv kind. */
    static String kind(String fclass, String fcode) {
        if (fcode.startsWith("PPLC") || fcode.startsWith("PPLA") && !fcode.startsWith("PPLA3") && !fcode.startsWith("PPLA4")) return "city";
        if (fcode.equals("ADM1")) return "admin1";
        if (fcode.startsWith("ADM")) return "district";
        return switch (fclass) {
            case "P" -> "town";
            case "T" -> "mountain";
            case "H" -> "river";
            case "L" -> "region";
            case "S" -> "area";
            default -> "area";
        };
    }
}
