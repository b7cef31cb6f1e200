package io.github.ankommen.storage.memory;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A secondary index over a date: for each day, the ids of the records whose key is that day, so
 * that "on or before a day" reads only the matching part. Records without a key are not indexed.
 * Not thread-safe; the store's lock guards it.
 *
 * @param <R> the record type
 */
final class RangeIndex<R> {

    private final Function<R, Optional<LocalDate>> key;
    private final NavigableMap<LocalDate, Set<String>> entries = new TreeMap<>();

    RangeIndex(Function<R, Optional<LocalDate>> key) {
        this.key = key;
    }

    void add(String id, R record) {
        key.apply(record).ifPresent(day -> entries.computeIfAbsent(day, d -> new TreeSet<>()).add(id));
    }

    void remove(String id, R record) {
        key.apply(record).ifPresent(day -> {
            Set<String> ids = entries.get(day);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    entries.remove(day);
                }
            }
        });
    }

    NavigableSet<String> upTo(LocalDate day) {
        NavigableSet<String> ids = new TreeSet<>();
        for (Set<String> sameDay : entries.headMap(day, true).values()) {
            ids.addAll(sameDay);
        }
        return ids;
    }
}
