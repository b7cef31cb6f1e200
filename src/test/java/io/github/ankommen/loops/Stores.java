package io.github.ankommen.loops;

import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.storage.memory.MemoryStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = "
                    + "current_schema() AND tablename <> 'ankommen_schema_history' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                statement.addBatch("DELETE FROM " + table);
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables", e);
        }
        return JdbcStore.of(database);
    }
}
