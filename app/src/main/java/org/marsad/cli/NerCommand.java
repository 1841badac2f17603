package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.entity.Conll;
import org.marsad.entity.EntityRecognizer;
import org.marsad.entity.NerTraining;
import org.marsad.entity.PerceptronTagger;
import org.marsad.ingest.DocumentSource;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.ReadResult;
import org.marsad.kb.KnowledgeBase;
import org.marsad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `marsad ner train|tag|eval`: the trainable tagger and the entity figures. */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Train, apply and measure named-entity recognition.",
        subcommands = {NerCommand.Train.class, NerCommand.Tag.class, NerCommand.Eval.class})
public final class NerCommand implements Runnable {
    @Override
    public void run() { throw new IllegalArgumentException("ner needs a subcommand: train, tag or eval"); }

    @Command(name = "train", mixinStandardHelpOptions = true, description = "Train the averaged perceptron tagger on a CoNLL file.")
    static final class Train implements Callable<Integer> {
        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "training data: TOKEN ... TAG per line") Path conll;
        @Option(names = "--model", required = true, paramLabel = "OUT", description = "where to write the model") Path model;
        @Option(names = "--epochs", defaultValue = "" + NerTraining.EPOCHS, description = "passes over the data (default ${DEFAULT-VALUE})") int epochs;

        @Override
        public Integer call() throws IOException {
            List<Conll.Sentence> data = Conll.read(conll);
            NerTraining nt = new NerTraining(new EntityRecognizer(KnowledgeBase.load()));
            long t0 = System.nanoTime();
            PerceptronTagger p = nt.train(data, epochs);
            p.save(model);
            System.err.printf("marsad: trained on %d sentences in %.1f s; model written to %s%n", data.size(), (System.nanoTime() - t0) / 1e9, model);
            return 0;
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Append the predicted IOB tag to every token line of a CoNLL file (KB and rules alone without --model).")
    static final class Tag implements Callable<Integer> {
        @Option(names = "--conll", required = true, paramLabel = "FILE") Path conll;
        @Option(names = "--model", paramLabel = "M", description = "a model from `ner train`") Path model;

        @Override
        public Integer call() throws IOException {
            NerTraining nt = new NerTraining(new EntityRecognizer(KnowledgeBase.load()));
            PerceptronTagger p = model == null ? null : PerceptronTagger.load(model);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
                List<String> lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
                int i = 0;
                while (i < lines.size()) {
                    String s = lines.get(i).strip();
                    if (s.isEmpty() || s.startsWith("-DOCSTART-")) { out.write(lines.get(i)); out.write('\n'); i++; continue; }
                    int j = i;
                    while (j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).strip().startsWith("-DOCSTART-")) j++;
                    String[] tokens = new String[j - i];
                    for (int k = i; k < j; k++) tokens[k - i] = lines.get(k).strip().split("\\s+")[0];
                    String[] tags = nt.tag(p, tokens);
                    for (int k = i; k < j; k++) { out.write(lines.get(k).strip()); out.write(' '); out.write(tags[k - i]); out.write('\n'); }
                    i = j;
                }
            }
            return 0;
        }
    }

    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = "Print the entity figures: document entity F1 on the gold, ANERcorp phrase F1 (rules alone and trained), matcher speed.")
    static final class Eval implements Callable<Integer> {
        @Option(names = "--shared", defaultValue = "../shared", description = "the shared data folder (default ${DEFAULT-VALUE})") Path shared;
        @Option(names = "--epochs", defaultValue = "" + NerTraining.EPOCHS) int epochs;

        @Override
        public Integer call() throws Exception {
            if (!Files.isDirectory(shared)) throw new IllegalArgumentException(shared + " not found: the figures need ../shared");
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            KnowledgeBase kb = KnowledgeBase.load();
            EntityRecognizer rec = new EntityRecognizer(kb);
            out.printf("knowledge base: %d names, %d places%n", kb.names().size(), kb.places().size());
            Path docs = shared.resolve("data/ant/docs.jsonl"), gold = shared.resolve("gold/dev.jsonl");
            if (Files.exists(docs) && Files.exists(gold)) out.println("document entity F1 (gold/dev.jsonl, score.py): " + entityF1(kb, docs, gold, null));
            Path train = shared.resolve("data/anercorp/train_data.txt"), test = shared.resolve("data/anercorp/test_data.txt");
            if (Files.exists(train) && Files.exists(test)) {
                NerTraining nt = new NerTraining(rec);
                List<Conll.Sentence> tr = Conll.read(train), te = Conll.read(test);
                double[] rules = nt.evaluate(null, te);
                out.printf("ANERcorp test phrase F1, KB + rules alone: P %.3f R %.3f F1 %.3f%n", rules[0], rules[1], rules[2]);
                long t0 = System.nanoTime();
                PerceptronTagger model = nt.train(tr, epochs);
                double secs = (System.nanoTime() - t0) / 1e9;
                double[] m = nt.evaluate(model, te);
                out.printf("ANERcorp test phrase F1, trained on train_data.txt (%d epochs, %.0f s): P %.3f R %.3f F1 %.3f%n", epochs, secs, m[0], m[1], m[2]);
                Path tmp = Files.createTempFile("marsad-ner", ".model");
                model.save(tmp);
                if (Files.exists(docs) && Files.exists(gold)) out.println("document entity F1 with the trained model combined: " + entityF1(kb, docs, gold, tmp));
                Files.deleteIfExists(tmp);
                out.printf("dictionary matcher: %.2f M tokens/s (one thread, ANERcorp train text)%n", nt.matcherTokensPerSecond(tr) / 1e6);
            }
            return 0;
        }

        /** Runs extract over the documents into a temporary file and asks score.py for entity F1. */
        private String entityF1(KnowledgeBase kb, Path docs, Path gold, Path model) throws Exception {
            Pipeline pipeline = new Pipeline(kb, model == null ? null : model.toString());
            ObjectMapper json = new ObjectMapper();
            Path tmp = Files.createTempFile("marsad-eval", ".jsonl");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                 DocumentSource src = DocumentSource.open(List.of(docs.toString()), ReadOptions.defaults())) {
                while (src.hasNext()) {
                    ReadResult r = src.next();
                    if (r.kind() == ReadResult.Kind.DOCUMENT) { w.write(json.writeValueAsString(pipeline.process(r.document()))); w.write('\n'); }
                }
            }
            Process p = new ProcessBuilder("python3", shared.resolve("tools/score.py").toString(), "--gold", gold.toString(),
                    "--system", tmp.toString(), "--json").redirectErrorStream(true).start();
            String res = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Files.deleteIfExists(tmp);
            JsonNode e = json.readTree(res).path("entities");
            return String.format("P %.3f R %.3f F1 %.3f (PER %.3f ORG %.3f LOC %.3f)", e.path("precision").asDouble(), e.path("recall").asDouble(),
                    e.path("f1").asDouble(), e.path("PER").path("f1").asDouble(), e.path("ORG").path("f1").asDouble(), e.path("LOC").path("f1").asDouble());
        }
    }
}
