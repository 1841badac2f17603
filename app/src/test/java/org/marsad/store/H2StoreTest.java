package org.marsad.store;

import java.nio.file.Path;

/** The store contract on embedded H2 (the default backend). */
class H2StoreTest extends StoreContractTest {
    @Override
    String jdbcUrl(Path tmp) {
        return Database.h2Url(tmp);
    }
}
