package org.marsad.store;

import java.nio.file.Path;

/**
 * A child JVM for the crash tests: ingests the numbered series into a store and says how far it got
 * (every 40 articles, once they are durable) on standard output, until the test kills it with SIGKILL. Args: JDBC_URL INDEX_DIR COUNT.
 */
public final class CrashIngestChild {
    private CrashIngestChild() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[2]);
        MarsadStore store = MarsadStore.open(args[0], Path.of(args[1]));
        // In batches of 10, one transaction each, as `marsad ingest` stores (the kill lands between or inside them).
        java.util.List<MarsadStore.Article> batch = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            Fixtures.Article a = Fixtures.numbered(i, 3);
            batch.add(new MarsadStore.Article(a.doc(), a.rec()));
            if (batch.size() == 10) {
                store.ingestAll(batch);
                batch.clear();
                // H2 writes commits lazily (within half a second): the count said is made durable first,
                // every fourth batch, so the kill also lands among commits not yet on disk
                if ((i + 1) % 40 == 0) {
                    store.flush();
                    System.out.println("ingested " + (i + 1));
                    System.out.flush();
                }
            }
        }
        store.ingestAll(batch);
        store.close();
        System.out.println("done");
    }
}
