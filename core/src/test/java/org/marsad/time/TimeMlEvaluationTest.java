package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The measured figures of the README on the Arabic TimeML files in ../shared (read, never copied):
 * DATE span F1 and date-independent value accuracy at least 0.85. Skips when ../shared is absent.
 */
class TimeMlEvaluationTest {
    static Path timeMlDir() {
        for (String p : new String[] {"../shared/data/timeml-ar", "../../shared/data/timeml-ar"}) {
            if (Files.isDirectory(Path.of(p))) return Path.of(p);
        }
        return null;
    }

    @Test
    void meetsTargetsOnArabicTimeMl() throws Exception {
        Path dir = timeMlDir();
        assumeTrue(dir != null, "../shared/data/timeml-ar not present: skipping the TimeML evaluation");
        TimeMlEvaluation.Report r = TimeMlEvaluation.run(dir, new TimeTagger());
        r.lines().forEach(System.out::println);
        assertTrue(r.goldDates() > 100, "expected the 188 DATE expressions of the corpus");
        assertTrue(r.exactF1() >= 0.85, "DATE span F1 (exact) " + r.exactF1());
        assertTrue(r.overlapF1() >= 0.85, "DATE span F1 (overlap) " + r.overlapF1());
        assertTrue(r.independentAccuracy() >= 0.85, "date-independent value accuracy " + r.independentAccuracy());
    }
}
