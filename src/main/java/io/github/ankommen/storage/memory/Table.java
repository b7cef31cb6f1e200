package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Versioned;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * The records of one kind in the memory store: by id key, and by the secondary keys its queries
 * use. Not thread-safe; the store's lock guards it.
 *
 * @param <R> the record type
 */
interface Table<R> {

    /**
     * Asks whether {@link #version} and {@link #put} need the row's id key, or find the row from
     * the record alone; the store builds a key only for a table that needs it.
     *
     * @return true if they need the key
     */
    boolean needsKeys();

    /**
     * A row.
     *
     * @param key the id key
     * @return the row, or null if none has that key
     */
    Versioned<R> get(String key);

    /**
     * A row, if its record matches: for reads that test many rows and keep few, which then make
     * no {@code Versioned} for a row they pass over.
     *
     * @param key the id key
     * @param matches which records to return
     * @return the row, or null if no row has that key or its record does not match
     */
    default Versioned<R> getIf(String key, Predicate<? super R> matches) {
        Versioned<R> row = get(key);
        return row != null && matches.test(row.value()) ? row : null;
    }

    /**
     * A row's record without its version, for reads that test records before they keep any.
     *
     * @param key the id key
     * @return the record, or null if no row has that key
     */
    default R record(String key) {
        Versioned<R> row = get(key);
        return row == null ? null : row.value();
    }

    /**
     * The stored version of a record's row.
     *
     * @param key the record's id key; null if the table does not {@linkplain #needsKeys need keys}
     * @param record the record
     * @return its version, or 0 if it is not stored
     */
    long version(String key, R record);

    /**
     * Stores a record's row, replacing the one with the same id.
     *
     * @param key the record's id key; null if the table does not {@linkplain #needsKeys need keys}
     * @param record the record
     * @param version its version
     */
    void put(String key, R record, long version);

    /**
     * Counts the rows whose record matches, in no particular order.
     *
     * @param matches which records count
     * @return how many rows match
     */
    long count(Predicate<? super R> matches);

    /**
     * All id keys, in order.
     *
     * @return the keys, which the caller must not change
     */
    SortedKeys ids();

    /**
     * The id keys of the records that have a key in an index, in order.
     *
     * @param index the index's name
     * @param key the key value
     * @return the keys, which the caller must not change
     * @throws IllegalStateException if the table has no such index
     */
    SortedKeys ids(String index, Object key);

    /**
     * The id keys whose day in a range index is on or before a day, in order: in one partition, or
     * in all when the partition is null. The keys are found as they are read, so that a reader who
     * stops after a page has not read the rest; the table must not change while they are read.
     *
     * @param index the range index's name
     * @param partition the partition, or null for all
     * @param day the last day, inclusive
     * @return the keys
     * @throws IllegalStateException if the table has no such range index
     */
    OrderedKeys idsUpTo(String index, Object partition, LocalDate day);
}
