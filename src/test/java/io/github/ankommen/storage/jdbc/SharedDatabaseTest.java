package io.github.ankommen.storage.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.tck.StoreTck;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The whole TCK against two {@link JdbcStore}s that share one database and nothing else: each has a
 * pool of its own, as two JVMs would. Every call goes to one of them in turn, so the concurrency
 * rules (S6) run with both stores contending for the same rows, and every other rule reads through
 * one store what the other wrote.
 */
class SharedDatabaseTest extends StoreTck {

    private static TestPool first;
    private static TestPool second;

    @Override
    protected Store newStore() {
        if (first == null) {
            DataSource database = Postgres.newDatabase("shared");
            first = new TestPool(database);
            second = new TestPool(database);
            JdbcStore.builder(first).migrateOnBuild(true).build();
        }
        Postgres.empty(first);
        return new Alternating(JdbcStore.of(first), JdbcStore.of(second));
    }

    @AfterEach
    void connectionsComeBackClean() {
        assertEquals(0, first.dirtyReturns() + second.dirtyReturns(), "connections handed back dirty");
    }

    /** Sends each call to the next of two stores. */
    private static final class Alternating implements Store {
        private final List<Store> stores;
        private final AtomicInteger calls = new AtomicInteger();

        Alternating(Store one, Store other) {
            this.stores = List.of(one, other);
        }

        private Store next() {
            return stores.get(Math.floorMod(calls.getAndIncrement(), 2));
        }

        @Override
        public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            return next().find(kind, id);
        }

        @Override
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            return next().query(query, page);
        }

        @Override
        public void apply(UnitOfWork unit) {
            next().apply(unit);
        }
    }
}
