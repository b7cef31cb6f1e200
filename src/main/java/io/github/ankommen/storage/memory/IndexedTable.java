package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The records of one kind, by id key, with their secondary indexes: the table of every kind but
 * those kept in groups. Not thread-safe; the store's lock guards it.
 *
 * <p>Rows are found by hash, in a {@link FlatMap} (no object per row but the row). A row at version
 * 1, where inserted records stay until they change and log-like kinds stay for good, is the record
 * itself; a later version is kept as a {@link Versioned}, so reading a row at version 1 makes its
 * {@code Versioned} then. The sorted set of all keys, which only a query without a fitting index
 * reads, is built the first time one asks for it and kept up to date from then on; kinds that are
 * never read that way (histories) never pay for sorting their keys.
 *
 * @param <R> the record type
 */
final class IndexedTable<R> implements Table<R> {

    /** Each row: the record at version 1, else its {@link Versioned}; see {@link #rowOf}. */
    private final FlatMap<String, Object> rows = new FlatMap<>();
    /** All keys in order, or null until a query first needs them; guarded by {@code this}. */
    private SortedKeys sorted;
    private final Map<String, Index<R>> indexes = new LinkedHashMap<>();
    private final Map<String, RangeIndex<R>> rangeIndexes = new LinkedHashMap<>();
    /** The same indexes as lists, which every write walks without an iterator. */
    private final List<Index<R>> indexList = new ArrayList<>();
    private final List<RangeIndex<R>> rangeIndexList = new ArrayList<>();

    /** Adds an index of one key per record; the key function returns null for none. */
    IndexedTable<R> index(String name, Function<R, ?> key) {
        return add(name, Index.ofOne(key));
    }

    /** Adds an index of any number of keys per record. */
    IndexedTable<R> indexEach(String name, Function<R, Collection<?>> keys) {
        return add(name, Index.ofEach(keys));
    }

    /** Adds a range index over a day, partitioned by a key; records without a day are not in it. */
    IndexedTable<R> rangeIndex(String name, Function<R, Object> partition, Function<R, Optional<LocalDate>> key) {
        RangeIndex<R> index = new RangeIndex<>(partition, key);
        rangeIndexes.put(name, index);
        rangeIndexList.add(index);
        return this;
    }

    private IndexedTable<R> add(String name, Index<R> index) {
        indexes.put(name, index);
        indexList.add(index);
        return this;
    }

    @Override
    public Versioned<R> get(String id) {
        return versioned(rows.get(id));
    }

    /** Tests the record before it makes a {@code Versioned} for a row at version 1. */
    @Override
    public Versioned<R> getIf(String id, Predicate<? super R> matches) {
        Object row = rows.get(id);
        return row != null && matches.test(recordOf(row)) ? versioned(row) : null;
    }

    @Override
    public R record(String id) {
        return recordOf(rows.get(id));
    }

    /**
     * A row as the table keeps it: the record alone at version 1, else a {@link Versioned}; a record
     * that is itself a {@code Versioned} is always wrapped, so that a row is never mistaken for one.
     */
    private static Object rowOf(Object record, long version) {
        return version == 1 && !(record instanceof Versioned<?>) ? record : Versioned.of(record, version);
    }

    @SuppressWarnings("unchecked")
    private static <R> Versioned<R> versioned(Object row) {
        if (row instanceof Versioned<?> versioned) {
            return (Versioned<R>) versioned;
        }
        return row == null ? null : Versioned.of((R) row, 1);
    }

    @SuppressWarnings("unchecked")
    private static <R> R recordOf(Object row) {
        return row instanceof Versioned<?> versioned ? (R) versioned.value() : (R) row;
    }

    @Override
    public boolean needsKeys() {
        return true;
    }

    @Override
    public long version(String id, R record) {
        Object row = rows.get(id);
        return row == null ? 0 : row instanceof Versioned<?> versioned ? versioned.version() : 1;
    }

    @Override
    public void put(String id, R record, long version) {
        Object old = rows.put(id, rowOf(record, version));
        if (old == null) {
            synchronized (this) {
                if (sorted != null) {
                    sorted.add(id);
                }
            }
        }
        R before = recordOf(old);
        for (int i = 0; i < indexList.size(); i++) {
            indexList.get(i).update(id, before, record);
        }
        for (int i = 0; i < rangeIndexList.size(); i++) {
            rangeIndexList.get(i).update(id, before, record);
        }
    }

    @Override
    public long count(Predicate<? super R> matches) {
        long[] count = {0};
        rows.forEach((id, row) -> {
            if (matches.test(recordOf(row))) {
                count[0]++;
            }
        });
        return count[0];
    }

    /**
     * All ids, in order. Readers may call this concurrently under the store's read lock: the first
     * one builds the set, under this table's monitor, while no writer can run.
     */
    @Override
    public synchronized SortedKeys ids() {
        if (sorted == null) {
            String[] keys = rows.keys(new String[0]);
            Arrays.sort(keys);
            sorted = SortedKeys.ofSorted(keys, keys.length);
        }
        return sorted;
    }

    /**
     * The ids whose key in a range index is on or before a day, in id order: in one partition, or
     * in all when the partition is null. They are found as they are read, each time they are read.
     */
    @Override
    public OrderedKeys idsUpTo(String index, Object partition, LocalDate day) {
        RangeIndex<R> found = rangeIndexes.get(index);
        if (found == null) {
            throw new IllegalStateException("no range index " + index);
        }
        return after -> found.upTo(partition, day, after);
    }

    /** The ids that have a key in an index, in order. */
    @Override
    public SortedKeys ids(String index, Object key) {
        Index<R> found = indexes.get(index);
        if (found == null) {
            throw new IllegalStateException("no index " + index);
        }
        return found.lookup(key);
    }
}
