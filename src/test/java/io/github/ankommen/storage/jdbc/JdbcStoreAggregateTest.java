package io.github.ankommen.storage.jdbc;

import io.github.ankommen.storage.Store;
import io.github.ankommen.tck.AggregateTck;

/** The JDBC store's GROUP BY statements answer what the aggregates' reference meanings answer. */
class JdbcStoreAggregateTest extends AggregateTck {

    private static TestPool pool;

    @Override
    protected Store newStore() {
        if (pool == null) {
            pool = new TestPool(Postgres.newDatabase("aggregates"));
            JdbcStore.builder(pool).migrateOnBuild(true).build();
        }
        Postgres.empty(pool);
        return JdbcStore.of(pool);
    }
}
