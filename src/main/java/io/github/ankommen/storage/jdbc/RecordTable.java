package io.github.ankommen.storage.jdbc;

import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Versioned;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The mapping of one record kind to its table and child tables. Each kind has one subclass; adding
 * a kind adds a subclass and a migration script, and touches nothing else.
 *
 * <p>The subclass supplies the SQL and the conversions; this class runs the statements. All SQL is
 * constant text or assembled from constant fragments chosen by which filters a query sets: every
 * value is bound as a parameter. Subclasses are stateless and thread-safe.
 *
 * @param <I> the id type
 * @param <R> the record type
 * @param <B> the subclass's builder of one record while its rows are read
 */
abstract class RecordTable<I, R, B extends RecordTable.Draft<R>> {

    /** SQLState of a unique-constraint violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private final RecordKind<I, R> kind;
    private final String table;
    private final String columns;

    /**
     * @param kind the record kind
     * @param table the parent table's name: the kind's name unless that is an SQL keyword
     * @param columns the parent table's columns after {@code id, version}, comma-separated, each
     *     prefixed with {@code t.}
     */
    RecordTable(RecordKind<I, R> kind, String table, String columns) {
        this.kind = kind;
        this.table = table;
        this.columns = "t.id, t.version, " + columns;
    }

    final RecordKind<I, R> kind() {
        return kind;
    }

    final String table() {
        return table;
    }

    /** A record being read: the parent row first, then its child rows, then {@link #toRecord()}. */
    interface Draft<R> {
        R toRecord();
    }

    // The subclass's part

    /** Reads the parent row's columns after {@code id} and {@code version}, starting at index 3. */
    abstract B readParent(ResultSet row) throws SQLException;

    /** Reads every child table for the given records, keyed by id. */
    abstract void readChildren(Connection connection, Array keys, Map<String, B> records) throws SQLException;

    /** The INSERT of the parent row with id and version at indexes 1 and 2. */
    abstract String insertSql();

    /** Binds the parent row's columns after id and version, from index 3; returns the next index. */
    abstract int bindParent(PreparedStatement insert, R record, int index) throws SQLException;

    /** The UPDATE of the parent row: {@code SET} of every column but id and version. */
    abstract String updateSetSql();

    /** Inserts every child row of a record. */
    abstract void insertChildren(Connection connection, String key, R record) throws SQLException;

    /** The child tables whose rows are deleted with {@code WHERE <parent key> = ?} before an update. */
    abstract List<String> childDeletes();

    /**
     * Turns a query into filters on the parent table {@code t}.
     *
     * @throws IllegalArgumentException if the query is not one of this kind
     */
    abstract Filter filter(Query<R> query);

    /**
     * The filter of an {@link OwnedQuery}: one indexed comparison of the owner's id. An owner of
     * another type than the kind's owners equals none of them, so it matches nothing, as
     * {@link OwnedQuery#matches} says.
     *
     * @param condition constant SQL comparing the owner column with one {@code ?}
     * @throws IllegalArgumentException if the query is not an owned query
     */
    static <O> Filter owned(Query<?> query, Class<O> ownerType, String condition, Function<O, String> value) {
        if (!(query instanceof OwnedQuery<?> owned)) {
            throw new IllegalArgumentException("not an owned query: " + query.getClass().getName());
        }
        if (!ownerType.isInstance(owned.owner())) {
            return Filter.none().and("FALSE");
        }
        return Filter.none().and(condition, value.apply(ownerType.cast(owned.owner())));
    }

    // Reads

    /** The records with these keys, in key order; missing ones are left out. */
    final List<Versioned<R>> load(Connection connection, Collection<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Array array = connection.createArrayOf("varchar", keys.toArray());
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + columns + " FROM " + table + " t WHERE t.id = ANY(?) ORDER BY t.id")) {
            select.setArray(1, array);
            return read(connection, select);
        } finally {
            array.free();
        }
    }

    /** One page: at most {@code limit} matching records after the key {@code after} (may be null). */
    final List<Versioned<R>> page(Connection connection, Filter filter, String after, int limit)
            throws SQLException {
        Filter paged = after == null ? filter : filter.and("t.id > ?", after);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + columns + " FROM " + table + " t" + paged.where() + " ORDER BY t.id LIMIT ?")) {
            int index = paged.bind(select, 1);
            select.setInt(index, limit);
            return read(connection, select);
        }
    }

    final long count(Connection connection, Filter filter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM " + table + " t" + filter.where())) {
            filter.bind(select, 1);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Reads the parent rows a SELECT finds, then their child rows in one query per child table. */
    private List<Versioned<R>> read(Connection connection, PreparedStatement select) throws SQLException {
        Map<String, B> records = new LinkedHashMap<>();
        Map<String, Long> versions = new HashMap<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String key = rows.getString(1);
                versions.put(key, rows.getLong(2));
                records.put(key, readParent(rows));
            }
        }
        if (records.isEmpty()) {
            return List.of();
        }
        Array keys = connection.createArrayOf("varchar", records.keySet().toArray());
        try {
            readChildren(connection, keys, records);
        } finally {
            keys.free();
        }
        List<Versioned<R>> found = new ArrayList<>(records.size());
        records.forEach((key, record) -> found.add(Versioned.of(record.toRecord(), versions.get(key))));
        return found;
    }

    /** The stored version of a record, 0 if there is none. */
    final long version(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT version FROM " + table + " WHERE id = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    // Writes

    /**
     * Inserts a record with version 1.
     *
     * @throws DuplicateKey if a record with that id exists
     */
    final void insert(Connection connection, String key, R record) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            insert.setString(1, key);
            insert.setLong(2, 1);
            bindParent(insert, record, 3);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                // The parent table has no unique constraint but its primary key.
                throw new DuplicateKey(e);
            }
            throw e;
        }
        insertChildren(connection, key, record);
    }

    /**
     * Replaces a record if it has the expected version, and raises the version by one.
     *
     * @return false if no record with that id and version exists; nothing was written then
     */
    final boolean update(Connection connection, String key, R record, long expectedVersion) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET " + updateSetSql()
                + ", version = version + 1 WHERE id = ? AND version = ?")) {
            int index = bindParent(update, record, 1);
            update.setString(index, key);
            update.setLong(index + 1, expectedVersion);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        // The row lock taken by the UPDATE serialises everyone who replaces these child rows.
        for (String delete : childDeletes()) {
            try (PreparedStatement statement = connection.prepareStatement(delete)) {
                statement.setString(1, key);
                statement.executeUpdate();
            }
        }
        insertChildren(connection, key, record);
        return true;
    }

    // Helpers for the subclasses

    /**
     * Runs a child-table SELECT whose only parameter is the array of parent keys and whose first
     * column is the parent key.
     */
    static <B> void children(Connection connection, String sql, Array keys, Map<String, B> records,
            ChildRow<B> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, keys);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    B record = records.get(rows.getString(1));
                    if (record != null) {
                        reader.read(record, rows);
                    }
                }
            }
        }
    }

    /** Reads one child row into the record it belongs to. */
    @FunctionalInterface
    interface ChildRow<B> {
        void read(B record, ResultSet row) throws SQLException;
    }

    /** Binds one child row of a batch; returns nothing, the caller adds the batch. */
    @FunctionalInterface
    interface ChildBinder<T> {
        void bind(PreparedStatement insert, T element) throws SQLException;
    }

    /**
     * Inserts child rows in one batch: parameter 1 is the parent key, 2 the ordinal, the binder sets
     * the rest. Nothing is sent for an empty collection.
     */
    static <T> void insertAll(Connection connection, String sql, String key, Collection<T> elements,
            ChildBinder<T> binder) throws SQLException {
        if (elements.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int ordinal = 0;
            for (T element : elements) {
                insert.setString(1, key);
                insert.setInt(2, ordinal++);
                binder.bind(insert, element);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, date);
        }
    }

    static void setTime(PreparedStatement statement, int index, LocalTime time) throws SQLException {
        statement.setObject(index, time);
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, instant.atOffset(ZoneOffset.UTC));
        }
    }

    static Instant getInstant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static Integer getInteger(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static LocalDate getDate(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    static LocalTime getTime(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalTime.class);
    }

    /** Thrown when an insert hits the primary key: the transaction is aborted and must be rolled back. */
    static final class DuplicateKey extends SQLException {
        private static final long serialVersionUID = 1L;

        DuplicateKey(SQLException cause) {
            super("duplicate key", cause.getSQLState(), cause);
        }
    }
}
