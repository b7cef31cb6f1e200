package io.github.ankommen;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The stores that tests of the services run on, each test on both: a new in-memory store, and an
 * emptied database on the embedded PostgreSQL (one database for all of them, migrated once, emptied
 * before each test; the tests run one at a time).
 */
public final class Stores {

    private static DataSource database;

    private Stores() {
    }

    /**
     * The two stores, as arguments of a parameterized test: a name and a supplier of an empty store.
     *
     * @return the arguments
     */
    // The tests are patched into the library's module, which does not export JUnit's types.
    @SuppressWarnings("exports")
    public static Stream<Arguments> both() {
        Supplier<Store> memory = MemoryStore::new;
        Supplier<Store> postgres = Stores::emptyPostgres;
        return Stream.of(Arguments.of("memory", memory), Arguments.of("postgresql", postgres));
    }

    private static synchronized Store emptyPostgres() {
        if (database == null) {
            database = Postgres.newDatabase("services");
            return JdbcStore.builder(database).migrateOnBuild(true).build();
        }
        Postgres.empty(database);
        return JdbcStore.of(database);
    }
}
