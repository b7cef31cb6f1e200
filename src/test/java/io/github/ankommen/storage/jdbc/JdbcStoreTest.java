package io.github.ankommen.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.BackendFaults;
import io.github.ankommen.tck.StoreTck;
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
        Postgres.empty(pool);
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
}
