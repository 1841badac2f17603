package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.pipeline.Pipeline;
import org.marsad.server.MarsadServer;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `marsad serve`: the API, the exports and the dashboard over a store, until interrupted. */
@Command(name = "serve", description = "Serve the API and the dashboard over a store (127.0.0.1 by default).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "store directory (default: ${DEFAULT-VALUE})")
    Path data = Path.of("marsad-data");

    @Option(names = "--port", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}: this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--token", paramLabel = "T",
            description = "enable POST /api/articles for requests with 'Authorization: Bearer T' (writes are off without it)")
    String token;

    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535: " + port);
        MarsadStore store = MarsadStore.open(data);
        MarsadServer server;
        try {
            store.events(org.marsad.store.EventQuery.all().limit(1)); // loads the event filter index before the first visitor
            server = new MarsadServer(store, Pipeline::new, token).start(host, port);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        System.out.println("marsad: serving " + data.toAbsolutePath() + " at http://" + shownHost + ":" + server.port() + "/"
                + (token == null ? " (read-only)" : " (writes enabled with the token)"));
        System.out.flush();
        awaitShutdown(server, store, () -> {});
        return 0;
    }

    /** Blocks until the JVM is asked to stop, then closes the server before the store. */
    static void awaitShutdown(MarsadServer server, AutoCloseable store, Runnable afterClose) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                store.close();
            } catch (Exception e) {
                System.err.println("marsad: error while stopping: " + e.getMessage());
            } finally {
                afterClose.run();
                stopped.countDown();
            }
        }, "marsad-shutdown"));
        stopped.await();
    }
}
