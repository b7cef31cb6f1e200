package io.github.ankommen.loops;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The stores the tests of issue 16 run on: a new in-memory store, and an emptied database on the
 * embedded PostgreSQL (one database for these tests, migrated once).
 */
final class Stores {

    private static DataSource database;

    private Stores() {
    }

    static Stream<Arguments> both() {
        Supplier<Store> memory = MemoryStore::new;
        Supplier<Store> postgres = Stores::emptyPostgres;
        return Stream.of(Arguments.of("memory", memory), Arguments.of("postgresql", postgres));
    }

    private static synchronized Store emptyPostgres() {
        if (database == null) {
            database = Postgres.newDatabase("loops");
            return JdbcStore.builder(database).migrateOnBuild(true).build();
        }
        Postgres.empty(database);
        return JdbcStore.of(database);
    }
}
