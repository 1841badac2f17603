package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on PostgreSQL: runs when {@code MARSAD_TEST_PG_URL} names a database the tests
 * may wipe (test.sh installs and starts one), else is skipped. Each test starts from an empty schema.
 */
class PostgresStoreTest extends StoreContractTest {
    static String url() {
        return System.getenv("MARSAD_TEST_PG_URL");
    }

    @BeforeAll
    static void needsPostgres() {
        Assumptions.assumeTrue(url() != null && !url().isBlank(),
                "PostgreSQL tests skipped: set MARSAD_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/DB?user=U&password=P");
    }

    @Override
    String jdbcUrl(Path tmp) throws Exception {
        wipe(url());
        return url();
    }

    /** Drops everything in the public schema (tables, Flyway history) so each test starts empty. */
    static void wipe(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA public CASCADE");
            st.execute("CREATE SCHEMA public");
        }
    }
}
