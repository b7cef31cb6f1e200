package io.github.ankommen.storage.jdbc;

import io.github.ankommen.base.AnkommenException;
import io.github.ankommen.storage.Aggregate;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.StoreException;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store in PostgreSQL, through JDBC and a {@link DataSource} that the application supplies.
 *
 * <pre>{@code
 * DataSource dataSource = ...;   // a pool of the application's choice
 * Store store = JdbcStore.builder(dataSource).migrateOnBuild(true).build();
 * Ankommen ankommen = Ankommen.builder().store(store).build();
 * }</pre>
 *
 * <p>Each record kind has a table of plain columns, with child tables for its collections, created
 * by the versioned SQL scripts the library ships ({@code V1__network.sql}, ...). The store applies
 * them itself with {@link #migrate()}, or Flyway does (see {@code docs/postgresql.md}). Every unit
 * of work is one transaction at READ COMMITTED; an update is
 * {@code UPDATE ... WHERE id = ? AND version = ?}, and no row updated means a conflict. Every read
 * runs in one read-only REPEATABLE READ transaction, so that a record's rows come from one
 * snapshot. Queries run as indexed SQL and page by key (never OFFSET). Statements are prepared,
 * and every value is bound as a parameter.
 *
 * <p>The store keeps no state besides the data source: any number of stores, in one JVM or many,
 * may work on one database, and all keep every rule of the storage contract. It never lets an
 * {@link SQLException} escape: it throws {@link JdbcStoreException}, whose
 * {@link JdbcStoreException#sqlState() sqlState()} keeps the database's SQLState. The library
 * brings no JDBC driver: the application adds PostgreSQL's. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class JdbcStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcStore.class);

    /** The mapping of each kind; a new kind adds its table here and a migration script. */
    private static final Map<RecordKind<?, ?>, RecordTable<?, ?, ?>> TABLES = tables(
            new ContactPointTable(), new OfferTable(), new NetworkTable(), new ClientTable(), new ConsultationTable(),
            new CaseTable(), new AuditEntryTable(), new ReferralTable(), new ReferralHistoryTable(),
            new ReferralClosedTable(), new ConsentTable(), new TransferTable(), new PathwayTable(),
            new DeniedAccessTable(), new VolunteerTable(), new AccompanimentTable(), new AppointmentTable(),
            new BookedSlotTable(), new InterpreterTable(), new InterpreterRequestTable(), new ChangeRecordTable());

    private final DataSource dataSource;

    private JdbcStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A store on a data source whose schema is already in place, migrated by {@link #migrate()} or by
     * Flyway. The same as {@code builder(dataSource).build()}.
     *
     * @param dataSource where connections come from, not null
     * @return the store
     * @throws NullPointerException if the data source is null
     * @throws SchemaTooNewException if a newer version of ankommen has migrated the schema
     * @throws StoreException if the schema history records an older schema, or the database fails
     */
    public static JdbcStore of(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * Starts building a store.
     *
     * @param dataSource where connections come from, not null
     * @return a new builder
     * @throws NullPointerException if the data source is null
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource must not be null"));
    }

    /**
     * The newest schema version this version of the library knows: the version of its last
     * migration script.
     *
     * @return the version, 1 or more
     */
    public static int schemaVersion() {
        return Migrations.latest();
    }

    /**
     * Applies the shipped migration scripts that the database lacks, each in a transaction of its
     * own, and records them in the table {@code ankommen_schema_history}. Does nothing when the
     * schema is up to date; safe to call from several JVMs at once.
     *
     * @return the versions applied, in order, empty if there were none to apply
     * @throws SchemaTooNewException if a newer version of ankommen has migrated the schema
     * @throws StoreException if a script was changed after it was applied, or the database fails;
     *     the versions applied before stay applied
     */
    public List<Integer> migrate() {
        try {
            return Migrations.migrate(dataSource, Migrations.latest());
        } catch (SQLException e) {
            throw new JdbcStoreException("migrate the schema", e);
        }
    }

    @Override
    public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        Objects.requireNonNull(kind, "kind must not be null");
        String key = kind.key(id);
        List<Versioned<R>> found = read("find a " + kind.name(), connection -> table(kind).load(connection,
                List.of(key)));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
        Objects.requireNonNull(kind, "kind must not be null");
        List<String> keys = new ArrayList<>(ids.size());
        for (I id : ids) {
            keys.add(kind.key(id));
        }
        if (keys.isEmpty()) {
            return new ArrayList<>();
        }
        Set<String> distinct = new LinkedHashSet<>(keys);
        List<Versioned<R>> rows = read("find " + distinct.size() + " of " + kind.name(),
                connection -> table(kind).load(connection, distinct));
        Map<String, Versioned<R>> byKey = new HashMap<>();
        for (Versioned<R> row : rows) {
            byKey.put(kind.keyOf(row.value()), row);
        }
        List<Versioned<R>> found = new ArrayList<>(keys.size());
        for (String key : keys) {
            Versioned<R> row = byKey.get(key);
            if (row != null) {
                found.add(row);
            }
        }
        return found;
    }

    @Override
    public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(page, "page must not be null");
        RecordTable<?, R, ?> table = table(query.kind());
        Filter filter = table.filter(query);
        String after = page.after() == null ? null : page.after().key(query.kind());
        // One row more than asked tells whether another page follows.
        List<Versioned<R>> rows = read("query " + query.kind().name(),
                connection -> table.page(connection, filter, after, page.size() + 1));
        if (rows.size() <= page.size()) {
            return Page.of(rows, null);
        }
        List<Versioned<R>> items = rows.subList(0, page.size());
        return Page.of(items, Cursor.of(query.kind().keyOf(items.get(items.size() - 1).value())));
    }

    @Override
    public <R> long count(Query<R> query) {
        Objects.requireNonNull(query, "query must not be null");
        RecordTable<?, R, ?> table = table(query.kind());
        Filter filter = table.filter(query);
        return read("count " + query.kind().name(), connection -> table.count(connection, filter));
    }

    /**
     * {@inheritDoc}
     *
     * <p>This store answers the consultation, case and referral tallies with one {@code GROUP BY}
     * statement each (for case and referral tallies in a zone that PostgreSQL names as Java does,
     * such as {@code Europe/Berlin}), and any other aggregate by its reference meaning.
     */
    @Override
    public Tally tally(Aggregate aggregate) {
        Objects.requireNonNull(aggregate, "aggregate must not be null");
        if (!Tallies.supports(aggregate)) {
            return Store.super.tally(aggregate);
        }
        return read("tally " + aggregate.getClass().getSimpleName(), connection -> Tallies.count(connection, aggregate));
    }

    /**
     * {@inheritDoc}
     *
     * <p>When this store answers every aggregate in SQL, it answers them all in one read-only
     * REPEATABLE READ transaction: the tallies come from one snapshot.
     */
    @Override
    public List<Tally> tallyAll(List<? extends Aggregate> aggregates) {
        List<Aggregate> all = new ArrayList<>(aggregates.size());
        for (Aggregate aggregate : aggregates) {
            all.add(Objects.requireNonNull(aggregate, "aggregates must not hold null"));
        }
        if (!all.stream().allMatch(Tallies::supports)) {
            return Store.super.tallyAll(all);
        }
        return read("tally " + all.size() + " aggregates", connection -> {
            List<Tally> tallies = new ArrayList<>(all.size());
            for (Aggregate aggregate : all) {
                tallies.add(Tallies.count(connection, aggregate));
            }
            return tallies;
        });
    }

    @Override
    public void apply(UnitOfWork unit) {
        Objects.requireNonNull(unit, "unit must not be null");
        String operation = "apply a unit of " + unit.writes().size() + " writes";
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            Write<?, ?> current = null;
            try {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
                }
                for (Write<?, ?> write : unit.writes()) {
                    current = write;
                    write(connection, write);
                }
                connection.commit();
            } catch (RecordTable.DuplicateKey e) {
                // The failed INSERT aborted the transaction: roll back, then read what is stored.
                rollback(connection, e);
                ConflictException conflict = new ConflictException(current.kind(), current.key(), 0,
                        actualVersion(connection, current));
                conflict.initCause(JdbcStoreException.sanitized((SQLException) e.getCause()));
                throw conflict;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                restore(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException(operation, e);
        } catch (AnkommenException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new JdbcStoreException(operation, e);
        }
        LOG.debug("applied a unit of {} writes", unit.writes().size());
    }

    /** Applies one write; a stale update throws the conflict after reading the actual version. */
    private <I, R> void write(Connection connection, Write<I, R> write) throws SQLException {
        RecordTable<I, R, ?> table = table(write.kind());
        String key = write.key();
        if (write.isInsert()) {
            table.insert(connection, key, write.record());
        } else if (!table.update(connection, key, write.record(), write.expectedVersion())) {
            // The transaction is intact: read the version that the update did not find.
            throw new ConflictException(write.kind(), key, write.expectedVersion(), table.version(connection, key));
        }
    }

    /** The stored version, read in a transaction of its own after the failed unit was rolled back. */
    private static long actualVersion(Connection connection, Write<?, ?> write) throws SQLException {
        long version = table(write.kind()).version(connection, write.key());
        connection.rollback();
        return version;
    }

    /** Work on a connection inside one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs reads in one read-only REPEATABLE READ transaction: every statement sees the same snapshot,
     * so a record's parent and child rows always belong to one version of it.
     */
    private <T> T read(String operation, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(connection, e);
                throw e;
            } finally {
                restore(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new JdbcStoreException(operation, e);
        } catch (AnkommenException e) {
            throw e;
        } catch (RuntimeException e) {
            // A driver's runtime exception, or stored rows that make no valid record.
            throw new JdbcStoreException(operation, e);
        }
    }

    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Hands the connection back in the auto-commit mode it came in, for the pool. A failure here
     * changes nothing of the unit, which was committed or rolled back before: it is logged, not
     * thrown, and a broken connection is left to the pool to discard.
     */
    private static void restore(Connection connection, boolean autoCommit) {
        try {
            if (!connection.isClosed() && connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("could not restore the auto-commit mode of a connection (SQLState {})", e.getSQLState());
        }
    }

    @SuppressWarnings("unchecked")
    private static <I, R> RecordTable<I, R, ?> table(RecordKind<I, R> kind) {
        RecordTable<?, ?, ?> table = TABLES.get(kind);
        if (table == null) {
            throw new IllegalArgumentException("this version of the JDBC store has no table for " + kind.name());
        }
        return (RecordTable<I, R, ?>) table;
    }

    /** The table a kind is kept in, for the tests. */
    static String tableOf(RecordKind<?, ?> kind) {
        return table(kind).table();
    }

    /** The conditions a query runs with, for the tests. */
    static <R> Filter filterOf(Query<R> query) {
        return table(query.kind()).filter(query);
    }

    private static Map<RecordKind<?, ?>, RecordTable<?, ?, ?>> tables(RecordTable<?, ?, ?>... tables) {
        Map<RecordKind<?, ?>, RecordTable<?, ?, ?>> byKind = new IdentityHashMap<>();
        for (RecordTable<?, ?, ?> table : tables) {
            byKind.put(table.kind(), table);
        }
        return byKind;
    }

    /** Builds a {@link JdbcStore}; not thread-safe. */
    public static final class Builder {

        private final DataSource dataSource;
        private boolean migrateOnBuild;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Whether {@link #build()} applies the missing migration scripts first, as
         * {@link JdbcStore#migrate()} does. Off by default: the schema is in place, or Flyway puts it
         * there.
         *
         * @param migrate true to migrate when building
         * @return this builder
         */
        public Builder migrateOnBuild(boolean migrate) {
            this.migrateOnBuild = migrate;
            return this;
        }

        /**
         * Builds the store, after checking the schema: a database whose history table
         * ({@code ankommen_schema_history}) records a newer version than this library knows is
         * refused, and so is one that records an older version unless the builder migrates. A
         * database without that table (its schema managed by Flyway, say) is not checked.
         *
         * @return the store
         * @throws SchemaTooNewException if a newer version of ankommen has migrated the schema
         * @throws StoreException if the schema is older and not migrated, or the database fails
         */
        public JdbcStore build() {
            JdbcStore store = new JdbcStore(dataSource);
            if (migrateOnBuild) {
                store.migrate();
                return store;
            }
            int recorded;
            try {
                recorded = Migrations.recordedVersion(dataSource);
            } catch (SQLException e) {
                throw new JdbcStoreException("read the schema history", e);
            }
            if (recorded > Migrations.latest()) {
                throw new SchemaTooNewException(Migrations.latest(), recorded);
            }
            if (recorded >= 0 && recorded < Migrations.latest()) {
                throw new StoreException("the database schema is at version " + recorded + ", but this version of "
                        + "ankommen needs version " + Migrations.latest() + ": call migrate() or migrateOnBuild(true), "
                        + "or apply the scripts with Flyway", null);
            }
            return store;
        }
    }
}
