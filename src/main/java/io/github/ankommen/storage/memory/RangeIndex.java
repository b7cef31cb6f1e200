package io.github.ankommen.storage.memory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A secondary index over a date, partitioned by a key such as a contact point: for each partition
 * and day, the ids of the records whose key is that day. "On or before a day in this partition"
 * reads only that partition's matching days. Records without a day are not indexed. Not
 * thread-safe; the store's lock guards it.
 *
 * @param <R> the record type
 */
final class RangeIndex<R> {

    private final Function<R, Object> partition;
    private final Function<R, Optional<LocalDate>> key;
    private final Map<Object, NavigableMap<LocalDate, Set<String>>> partitions = new HashMap<>();

    RangeIndex(Function<R, Object> partition, Function<R, Optional<LocalDate>> key) {
        this.partition = partition;
        this.key = key;
    }

    /** Indexes a record's new state, touching nothing when its partition and day did not change. */
    void update(String id, R old, R record) {
        Object newPartition = partition.apply(record);
        Optional<LocalDate> added = key.apply(record);
        if (old != null) {
            Object oldPartition = partition.apply(old);
            Optional<LocalDate> removed = key.apply(old);
            if (removed.equals(added) && Objects.equals(oldPartition, newPartition)) {
                return;
            }
            removed.ifPresent(day -> remove(oldPartition, day, id));
        }
        added.ifPresent(day -> partitions.computeIfAbsent(newPartition, p -> new TreeMap<>())
                .computeIfAbsent(day, d -> new TreeSet<>()).add(id));
    }

    private void remove(Object from, LocalDate day, String id) {
        NavigableMap<LocalDate, Set<String>> days = partitions.get(from);
        Set<String> ids = days == null ? null : days.get(day);
        if (ids != null) {
            ids.remove(id);
            if (ids.isEmpty()) {
                days.remove(day);
            }
        }
    }

    /** The ids of a partition, or of all partitions when it is null, whose day is on or before a day. */
    NavigableSet<String> upTo(Object in, LocalDate day) {
        NavigableSet<String> ids = new TreeSet<>();
        if (in == null) {
            partitions.values().forEach(days -> days.headMap(day, true).values().forEach(ids::addAll));
        } else {
            NavigableMap<LocalDate, Set<String>> days = partitions.get(in);
            if (days != null) {
                days.headMap(day, true).values().forEach(ids::addAll);
            }
        }
        return ids;
    }
}
