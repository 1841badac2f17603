package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.doc.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.server.ArticleInput;
import org.marsad.server.MarsadServer;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `marsad demo`: ingests the bundled sample corpus (30 Arabic reports of a fictional border
 * escalation and ceasefire, {@code /demo/corpus.jsonl}) into a fresh store, serves the dashboard
 * and prints its URL once it answers.
 */
@Command(name = "demo", description = "Ingest the bundled sample corpus, serve the dashboard, print its URL.")
public final class DemoCommand implements Callable<Integer> {
    static final String CORPUS = "/demo/corpus.jsonl";

    @Option(names = "--port", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--data", paramLabel = "DIR", description = "keep the store in DIR (default: a temporary directory removed on exit)")
    Path data;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        boolean temporary = data == null;
        Path dir = temporary ? Files.createTempDirectory("marsad-demo-") : data;
        MarsadStore store = MarsadStore.open(dir);
        MarsadServer server;
        try {
            int n = ingestCorpus(store, new Pipeline());
            System.err.println("marsad demo: ingested " + n + " articles into " + dir);
            server = new MarsadServer(store, Pipeline::new, null).start("127.0.0.1", port);
        } catch (RuntimeException | IOException e) {
            store.close();
            if (temporary) deleteTree(dir);
            throw e;
        }
        String url = "http://127.0.0.1:" + server.port() + "/";
        awaitAnswer(url + "api/stats", Duration.ofSeconds(30));
        System.out.println(url);
        System.out.flush();
        ServeCommand.awaitShutdown(server, store, () -> {
            if (temporary) deleteTree(dir);
        });
        return 0;
    }

    /** Runs the pipeline over every article of the bundled corpus and stores it; returns the count. */
    public static int ingestCorpus(MarsadStore store, Pipeline pipeline) throws IOException {
        ObjectMapper om = new ObjectMapper();
        int n = 0;
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            if (in == null) throw new IOException("the demo corpus " + CORPUS + " is missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                Document doc = ArticleInput.document(om.readTree(line));
                store.ingest(doc, pipeline.process(doc));
                n++;
            }
        }
        store.flush();
        return n;
    }

    /** Polls {@code url} until it answers 200, so the printed URL is one that works. */
    static void awaitAnswer(String url, Duration within) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException e) {
                // not up yet
            }
            if (System.nanoTime() > deadline) throw new IllegalStateException("the server did not answer at " + url);
            Thread.sleep(100);
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary directory
        }
    }
}
