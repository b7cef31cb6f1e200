package io.github.ankommen.storage.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A secondary index of one table: for each key value, the sorted id keys of the records that have
 * it. Not thread-safe; the store's lock guards it.
 *
 * @param <R> the record type
 */
final class Index<R> {

    private final Function<R, Collection<?>> keys;
    private final Map<Object, NavigableSet<String>> entries = new HashMap<>();

    Index(Function<R, Collection<?>> keys) {
        this.keys = keys;
    }

    /** Indexes a record's new state, touching only the keys that changed. */
    void update(String id, R old, R record) {
        Collection<?> added = keys.apply(record);
        if (old != null) {
            Collection<?> removed = keys.apply(old);
            if (removed.equals(added)) {
                return;
            }
            remove(id, removed);
        }
        for (Object key : added) {
            entries.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
        }
    }

    private void remove(String id, Collection<?> removed) {
        for (Object key : removed) {
            NavigableSet<String> ids = entries.get(key);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    entries.remove(key);
                }
            }
        }
    }

    NavigableSet<String> lookup(Object key) {
        NavigableSet<String> ids = entries.get(key);
        return ids == null ? new TreeSet<>() : ids;
    }
}
