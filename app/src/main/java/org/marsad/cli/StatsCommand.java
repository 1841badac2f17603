package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad stats [--json]}: counts of the store. */
@Command(name = "stats", description = "Print counts of the store: articles, events, clusters, entities, events by type.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--json", description = "one JSON object: articles, events, clusters, entities, by_type, by_status, by_party, by_day")
    boolean json;

    @Override
    public Integer call() {
        if (storeOptions.db == null && !java.nio.file.Files.isDirectory(storeOptions.data))
            throw new IllegalArgumentException("no store at " + storeOptions.data + " (run marsad ingest first, or give --data)");
        StoreStats s;
        try (MarsadStore store = storeOptions.open()) {
            s = store.stats();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            ObjectMapper om = new ObjectMapper();
            ObjectNode n = om.createObjectNode();
            n.put("articles", s.articles());
            n.put("events", s.events());
            n.put("clusters", s.clusters());
            n.put("entities", s.entities());
            n.set("by_type", om.valueToTree(s.byType()));
            n.set("by_status", om.valueToTree(s.byStatus()));
            n.set("by_party", om.valueToTree(s.byParty()));
            n.set("by_day", om.valueToTree(s.byDay()));
            out.println(n);
        } else {
            out.printf("articles %d%nevents   %d%nclusters %d%nentities %d%n", s.articles(), s.events(), s.clusters(), s.entities());
            for (Map.Entry<String, Long> e : s.byType().entrySet()) out.printf("  %-10s %d%n", e.getKey(), e.getValue());
        }
        return 0;
    }
}
