package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.time.TimeMlEvaluation;
import org.marsad.time.TimeTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `marsad eval-times [--dir DIR]`: the time tagger's figures on Arabic TimeML files. */
@Command(name = "eval-times", description = "Score the time tagger on Arabic TimeML files: DATE span F1 "
        + "(exact and overlap) and value accuracy on expressions whose value does not depend on the document date.")
public final class EvalTimesCommand implements Callable<Integer> {
    @Option(names = "--dir", paramLabel = "DIR", description = "folder of .tml files (default ../shared/data/timeml-ar)")
    Path dir = Path.of("../shared/data/timeml-ar");

    @Option(names = "--details", description = "also print each missed, extra and wrongly valued expression")
    boolean details;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir)) {
            System.err.println("marsad: error: no TimeML folder at " + dir);
            return 2;
        }
        TimeMlEvaluation.Report r = TimeMlEvaluation.run(dir, new TimeTagger(), details ? System.out::println : line -> {});
        r.lines().forEach(System.out::println);
        return 0;
    }
}
