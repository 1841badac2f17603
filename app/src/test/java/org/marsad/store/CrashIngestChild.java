package org.marsad.store;

import java.nio.file.Path;

/**
 * A child JVM for the crash tests: ingests the numbered series into a store and says how far it got
 * on standard output, until the test kills it with SIGKILL. Args: JDBC_URL INDEX_DIR COUNT.
 */
public final class CrashIngestChild {
    private CrashIngestChild() {}

    public static void main(String[] args) {
        int n = Integer.parseInt(args[2]);
        MarsadStore store = MarsadStore.open(args[0], Path.of(args[1]));
        for (int i = 0; i < n; i++) {
            Fixtures.Article a = Fixtures.numbered(i, 3);
            store.ingest(a.doc(), a.rec());
            if (i % 10 == 0) {
                System.out.println("ingested " + i);
                System.out.flush();
            }
        }
        store.close();
        System.out.println("done");
    }
}
