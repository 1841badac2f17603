package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.store.MarsadStore;
import picocli.CommandLine.Option;

/** Where the store lives: {@code --data DIR} (H2 + index under it) and optionally {@code --db JDBC_URL}. */
public final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "marsad-data",
            description = "data directory: embedded database and search index (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "use this database instead of the embedded one, e.g. jdbc:postgresql://127.0.0.1:5432/marsad?user=u&password=p"
                    + " (the search index stays under --data)")
    String db;

    public MarsadStore open() {
        return db == null ? MarsadStore.open(data) : MarsadStore.open(db, data.resolve("index"));
    }
}
