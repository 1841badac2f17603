package org.marsad.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.marsad.event.Event;
import org.marsad.event.Evidence;
import org.marsad.event.Location;
import org.marsad.event.Party;
import org.marsad.event.Sizes;
import org.marsad.link.Cluster;
import org.marsad.link.EventLinker;
import org.marsad.link.LinkInput;
import org.marsad.link.LinkOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `marsad link FILE.jsonl`: clusters the events of `marsad extract` output across documents. */
@Command(name = "link", description = "Group events about the same real-world event across documents; prints one cluster per line.")
public final class LinkCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "JSONL files as printed by `marsad extract`")
    List<Path> files = List.of();

    @Option(names = "--window", description = "days two reports may differ in date (default ${DEFAULT-VALUE})", defaultValue = "2")
    int window;

    @Option(names = "--max-km", description = "farthest two located reports may place one event (default ${DEFAULT-VALUE})", defaultValue = "100")
    double maxKm;

    @Option(names = "--bench", paramLabel = "N", description = "link N synthetic events and print events/s instead")
    Integer bench;

    @Override
    public Integer call() throws IOException {
        LinkOptions opts = new LinkOptions(window, 0.5, maxKm);
        if (bench != null) return bench(opts, bench);
        if (files.isEmpty()) { System.err.println("marsad link: no input file"); return 1; }
        ObjectMapper om = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        EventLinker linker = new EventLinker(opts);
        int events = 0, rejected = 0;
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int no = 0;
                while ((line = r.readLine()) != null) {
                    no++;
                    if (line.isBlank()) continue;
                    try {
                        JsonNode rec = om.readTree(line);
                        String doc = rec.path("doc").asText(null), outlet = rec.path("outlet").asText(null);
                        String published = rec.path("published").isNull() ? null : rec.path("published").asText(null);
                        for (JsonNode ev : rec.path("events")) {
                            linker.add(new LinkInput(doc, outlet, published, om.treeToValue(ev, Event.class)));
                            events++;
                        }
                    } catch (IOException | IllegalArgumentException e) {
                        System.err.println(f + ":" + no + ": not a marsad record: " + firstLine(e.getMessage()));
                        rejected++;
                    }
                }
            } catch (NoSuchFileException e) {
                System.err.println(f + ": no such file");
                rejected++;
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int multi = 0;
        for (Cluster c : linker.clusters()) {
            if (c.reports() > 1) multi++;
            out.println(om.writeValueAsString(c));
        }
        out.flush();
        System.err.printf("marsad link: %d events → %d clusters (%d with more than one report)%n", events, linker.size(), multi);
        return rejected == 0 ? 0 : 2;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    /** Synthetic load: N events over 40 states, 16 types and two years, each told by ~3 outlets. */
    private static int bench(LinkOptions opts, int n) {
        String[] types = {"ASSAULT", "CONSULT", "ACCUSE", "REQUEST", "AGREE", "PROTEST", "MOBILIZE", "COERCE",
            "SUPPORT", "COOPERATE", "AID", "RETREAT", "REJECT", "THREATEN", "SANCTION", "CONCEDE"};
        String[] codes = new String[40];
        for (int i = 0; i < codes.length; i++) codes[i] = "C" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
        Random rnd = new Random(42);
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        EventLinker linker = new EventLinker(opts);
        for (int i = 0; i < n; i++) {
            int incident = i / 3;
            Random r = new Random(incident);
            String a = codes[r.nextInt(codes.length)], b = codes[r.nextInt(codes.length)];
            String date = java.time.LocalDate.of(2024, 1, 1).plusDays(r.nextInt(730) + rnd.nextInt(2)).toString();
            double lat = 30 + r.nextDouble() * 10, lon = 35 + r.nextDouble() * 10;
            Event ev = new Event("e" + i, types[r.nextInt(types.length)], null, List.of(), date, null,
                    List.of(new Party(null, a, null, null)), List.of(new Party(null, b, null, null)),
                    List.of(new Location(null, null, a, lat, lon)), Sizes.NONE, List.of(), "asserted",
                    new Evidence("", 0, 0));
            linker.add(new LinkInput("d" + i, "outlet" + (i % 3), date, ev));
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("linked %,d events into %,d clusters in %.1f s: %,.0f events/s, heap used %d MB%n",
                n, linker.size(), s, n / s, (rt.totalMemory() - rt.freeMemory()) >> 20);
        return 0;
    }
}
