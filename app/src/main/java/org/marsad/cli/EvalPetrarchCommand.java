package org.marsad.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.eval.PetrarchScore;
import org.marsad.kb.Country;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad eval-petrarch [--dir D]`: the UniversalPetrarch Arabic ASSAULT/PROTEST validation figures. */
@Command(name = "eval-petrarch", mixinStandardHelpOptions = true,
        description = "Code UniversalPetrarch's Arabic ASSAULT and PROTEST validation sentences and print how many get their category.")
public final class EvalPetrarchCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "folder with arabic_{assault,protest}_gsr_validation.xml (default ${DEFAULT-VALUE})")
    File dir = new File("../shared/data/universalpetrarch");

    @Option(names = "--details", description = "list the sentences not coded with their category or without the source country")
    boolean details;

    @Option(names = "--explain", paramLabel = "N", description = "list up to N sentences per file whose gold source country is not among the first event's actors, with every event and entity coded, then those also coded as the other category")
    int explain;

    @Override
    public Integer call() throws Exception {
        File assault = new File(dir, "arabic_assault_gsr_validation.xml"), protest = new File(dir, "arabic_protest_gsr_validation.xml");
        if (!assault.isFile() || !protest.isFile()) throw new IllegalArgumentException("no UniversalPetrarch validation files in " + dir);
        Pipeline pipeline = new Pipeline();
        Set<String> countries = new HashSet<>();
        for (Country c : pipeline.knowledgeBase().countries()) countries.add(c.code());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PetrarchScore.Tally a = PetrarchScore.score(assault, "ASSAULT", "PROTEST", countries, pipeline::process);
        PetrarchScore.Tally p = PetrarchScore.score(protest, "PROTEST", "ASSAULT", countries, pipeline::process);
        for (PetrarchScore.Tally t : new PetrarchScore.Tally[] {a, p}) {
            out.println(String.format(Locale.ROOT, "%s sentences: %d  coded %s %.1f%% (%d)  coded %s %.1f%% (%d)  source country among actors %.1f%% (%d/%d)",
                    t.category, t.sentences, t.category, 100 * t.codedRate(), t.coded, t.other, 100 * t.otherRate(), t.codedOther,
                    100 * t.countryRate(), t.countryHit, t.withCountry));
        }
        int withC = a.withCountry + p.withCountry, hit = a.countryHit + p.countryHit;
        out.println(String.format(Locale.ROOT, "source country among the first event's actors, both files: %.1f%% (%d/%d)",
                withC == 0 ? 0.0 : 100.0 * hit / withC, hit, withC));
        if (details) { for (String m : a.misses) out.println(m); for (String m : p.misses) out.println(m); }
        for (PetrarchScore.Tally t : new PetrarchScore.Tally[] {a, p})
            for (int i = 0; i < Math.min(explain, t.explained.size()); i++) out.println(t.explained.get(i));
        for (PetrarchScore.Tally t : new PetrarchScore.Tally[] {a, p})
            for (int i = 0; i < Math.min(explain, t.explainedOther.size()); i++) out.println(t.explainedOther.get(i));
        return 0;
    }
}
