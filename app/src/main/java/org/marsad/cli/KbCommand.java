package org.marsad.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.marsad.kb.GeoNamesImporter;
import org.marsad.kb.KbKind;
import org.marsad.kb.KnowledgeBase;
import org.marsad.kb.Organisation;
import org.marsad.kb.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `marsad kb import-geonames|stats`: the knowledge base's GeoNames overlay and its counts. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge base: import a GeoNames overlay, print counts.",
        subcommands = {KbCommand.ImportGeoNames.class, KbCommand.Stats.class})
public final class KbCommand implements Runnable {
    @Override
    public void run() { throw new IllegalArgumentException("kb needs a subcommand: import-geonames or stats"); }

    @Command(name = "import-geonames", mixinStandardHelpOptions = true,
            description = {"Import a GeoNames dump (allCountries.txt, citiesN.txt, or their .zip) into the places overlay",
                    "the pipeline reads. Only places with an Arabic-script name are kept. Written atomically."})
    static final class ImportGeoNames implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "GeoNames dump in its own tab-separated format") Path file;
        @Option(names = "--alternate-names", paramLabel = "FILE", description = "alternateNamesV2.txt (or .zip) for Arabic names") Path alternate;
        @Option(names = "--data", paramLabel = "DIR", description = "overlay folder (default $MARSAD_GEONAMES or ~/.marsad/geonames)") Path data;

        @Override
        public Integer call() throws Exception {
            Path dir = data != null ? data : KnowledgeBase.defaultOverlayDir();
            GeoNamesImporter.Result r;
            // One bar per file read (the alternate names first, when given), in MB; stderr terminals only.
            Progress[] bar = {null};
            Path[] current = {null};
            try {
                r = new GeoNamesImporter(KnowledgeBase.load(null)).importDump(file, alternate, dir, (f, done, total) -> {
                    if (!f.equals(current[0])) {
                        if (bar[0] != null) bar[0].close();
                        current[0] = f;
                        bar[0] = Progress.start(String.valueOf(f.getFileName()), (total + (1 << 20) - 1) >> 20, "MB");
                    }
                    bar[0].stepTo(done >= total ? (total + (1 << 20) - 1) >> 20 : done >> 20);
                });
            } finally {
                if (bar[0] != null) bar[0].close();
            }
            System.out.printf("imported %d places with %d Arabic names from %d lines into %s%n", r.places(), r.arabicNames(), r.lines(), r.overlay());
            return 0;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Print how many entries of each kind the KB holds.")
    static final class Stats implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR", description = "overlay folder to include (default: none)") Path data;

        @Override
        public Integer call() {
            KnowledgeBase kb = KnowledgeBase.load(data);
            Map<String, Integer> orgs = new TreeMap<>();
            for (Organisation o : kb.organisations()) orgs.merge(o.kind().name(), 1, Integer::sum);
            long overlay = kb.places().stream().filter(Place::overlay).count();
            int terms = kb.people().values().stream().mapToInt(java.util.List::size).sum();
            System.out.printf("countries %d%nIGOs %d%ninstitutions %d%ngroups %d%npeople %d (%d terms)%nplaces %d (curated %d, overlay %d)%nnames %d, name tokens %d%n",
                    kb.countries().size(), orgs.getOrDefault(KbKind.IGO.name(), 0), orgs.getOrDefault(KbKind.INSTITUTION.name(), 0),
                    orgs.getOrDefault(KbKind.GROUP.name(), 0), kb.people().size(), terms, kb.places().size(), kb.places().size() - overlay, overlay,
                    kb.names().size(), kb.nameTokens().size());
            return 0;
        }
    }
}
