package io.github.ankommen.storage.memory;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * A secondary index of one table: for each key value, the id keys of the records that have it, in
 * order. Not thread-safe; the store's lock guards it.
 *
 * <p>A key that one record has maps to that record's id key itself, and only a key that several
 * records share to a {@link SortedKeys}: the index makes no object per entry (see
 * {@link SortedKeys#plus}), and the key values are held in a {@link FlatMap}.
 *
 * @param <R> the record type
 */
final class Index<R> {

    /** The record's one key, or null for none; null if the index takes {@link #keys} instead. */
    private final Function<R, ?> key;
    /** The record's keys; null if the index takes {@link #key} instead. */
    private final Function<R, Collection<?>> keys;
    /** Key value to null, a {@code String} or a {@code SortedKeys}. */
    private final FlatMap<Object, Object> entries = new FlatMap<>();

    private Index(Function<R, ?> key, Function<R, Collection<?>> keys) {
        this.key = key;
        this.keys = keys;
    }

    /**
     * An index of one key per record, such as a case's contact point.
     *
     * @param key the record's key, or null if the record has none
     * @param <R> the record type
     * @return the index
     */
    static <R> Index<R> ofOne(Function<R, ?> key) {
        return new Index<>(Objects.requireNonNull(key, "key must not be null"), null);
    }

    /**
     * An index of any number of keys per record, such as the districts an offer serves.
     *
     * @param keys the record's keys, not null, without nulls
     * @param <R> the record type
     * @return the index
     */
    static <R> Index<R> ofEach(Function<R, Collection<?>> keys) {
        return new Index<>(null, Objects.requireNonNull(keys, "keys must not be null"));
    }

    /** Indexes a record's new state, touching only the keys that changed. */
    void update(String id, R old, R record) {
        if (key != null) {
            Object added = key.apply(record);
            Object removed = old == null ? null : key.apply(old);
            if (Objects.equals(removed, added)) {
                return;
            }
            if (removed != null) {
                remove(removed, id);
            }
            if (added != null) {
                add(added, id);
            }
            return;
        }
        Collection<?> added = keys.apply(record);
        if (old != null) {
            Collection<?> removed = keys.apply(old);
            if (removed.equals(added)) {
                return;
            }
            for (Object k : removed) {
                remove(k, id);
            }
        }
        for (Object k : added) {
            add(k, id);
        }
    }

    private void add(Object k, String id) {
        Object ids = entries.get(k);
        Object more = SortedKeys.plus(ids, id);
        if (more != ids) {
            entries.put(k, more);
        }
    }

    private void remove(Object k, String id) {
        Object ids = entries.get(k);
        Object fewer = SortedKeys.minus(ids, id);
        if (fewer == null) {
            entries.remove(k);
        } else if (fewer != ids) {
            entries.put(k, fewer);
        }
    }

    /**
     * The id keys of the records that have a key, in order.
     *
     * @param k the key value
     * @return the ids; the index's own set, which the caller must not change
     */
    SortedKeys lookup(Object k) {
        return SortedKeys.of(entries.get(k));
    }
}
