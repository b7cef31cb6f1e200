package io.github.ankommen.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.BackendFaults;
import io.github.ankommen.tck.StoreTck;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/** The whole TCK against {@link JdbcStore} on a real PostgreSQL, S3.5 through the pool's fault hook. */
class JdbcStoreTest extends StoreTck {

    private static TestPool pool;

    @Override
    protected Store newStore() {
        if (pool == null) {
            pool = new TestPool(Postgres.newDatabase("tck"));
            JdbcStore.builder(pool).migrateOnBuild(true).build();
        }
        truncate(pool);
        return JdbcStore.of(pool);
    }

    /** Rule S3.5: the pool's statements fail at the write the TCK chooses. */
    @Override
    protected BackendFaults backendFaults() {
        return new PoolFaults(pool);
    }

    /** The store hands every connection back as it got it, whatever the rule did. */
    @AfterEach
    void connectionsComeBackClean() {
        assertEquals(0, pool.dirtyReturns(), "connections handed back inside a transaction or without auto-commit");
    }

    /** Empties every table but the schema history. */
    static void truncate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = "
                    + "current_schema() AND tablename <> 'ankommen_schema_history' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // DELETE is quicker than TRUNCATE on tables this small; child rows go with their parents.
            for (String table : tables) {
                statement.addBatch("DELETE FROM " + table);
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the tables", e);
        }
    }
}
