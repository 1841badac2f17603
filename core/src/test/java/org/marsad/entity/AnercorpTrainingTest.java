package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.kb.KnowledgeBase;

/**
 * Trains the tagger on ANERcorp train and measures phrase F1 on test, when ../shared is present
 * (about a minute). The target is 0.78; 0.809 is reached (20 epochs), this guards 0.79.
 */
class AnercorpTrainingTest {
    static Path shared(String rel) {
        for (String root : List.of("../shared/", "../../shared/")) {
            Path p = Path.of(root + rel);
            if (Files.exists(p)) return p;
        }
        return null;
    }

    @Test
    void trainedTaggerOnAnercorp() throws IOException {
        Path train = shared("data/anercorp/train_data.txt"), test = shared("data/anercorp/test_data.txt");
        Assumptions.assumeTrue(train != null && test != null, "../shared/data/anercorp absent: skipped");
        NerTraining nt = new NerTraining(new EntityRecognizer(KnowledgeBase.load()));
        PerceptronTagger model = nt.train(Conll.read(train), NerTraining.EPOCHS);
        double[] prf = nt.evaluate(model, Conll.read(test));
        System.out.printf("ANERcorp test phrase F1 %.3f (P %.3f R %.3f)%n", prf[2], prf[0], prf[1]);
        assertTrue(prf[2] >= 0.79, "phrase F1 " + prf[2]);
        // Matcher speed is measured by `marsad ner eval`, not asserted here: a timed unit test
        // fails on a loaded machine without anything being wrong.
    }
}
