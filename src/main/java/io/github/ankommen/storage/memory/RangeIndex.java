package io.github.ankommen.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A secondary index over a date, partitioned by a key such as a contact point: for each partition
 * and day, the ids of the records whose key is that day. "On or before a day in this partition"
 * reads only that partition's matching days. Records without a day are not indexed. A day that one
 * record has holds its id key alone, as in {@link Index}. Not thread-safe; the store's lock guards
 * it.
 *
 * @param <R> the record type
 */
final class RangeIndex<R> {

    private final Function<R, Object> partition;
    private final Function<R, Optional<LocalDate>> key;
    private final Map<Object, NavigableMap<LocalDate, Object>> partitions = new HashMap<>();

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
        if (added.isPresent()) {
            NavigableMap<LocalDate, Object> days = partitions.computeIfAbsent(newPartition, p -> new TreeMap<>());
            LocalDate day = added.get();
            Object ids = days.get(day);
            Object more = SortedKeys.plus(ids, id);
            if (more != ids) {
                days.put(day, more);
            }
        }
    }

    private void remove(Object from, LocalDate day, String id) {
        NavigableMap<LocalDate, Object> days = partitions.get(from);
        Object ids = days == null ? null : days.get(day);
        Object fewer = SortedKeys.minus(ids, id);
        if (fewer == null) {
            if (days != null) {
                days.remove(day);
            }
        } else if (fewer != ids) {
            days.put(day, fewer);
        }
    }

    /** The ids of a partition, or of all partitions when it is null, whose day is on or before a day. */
    SortedKeys upTo(Object in, LocalDate day) {
        List<String> ids = new ArrayList<>();
        if (in == null) {
            partitions.values().forEach(days -> collect(days.headMap(day, true).values(), ids));
        } else {
            NavigableMap<LocalDate, Object> days = partitions.get(in);
            if (days != null) {
                collect(days.headMap(day, true).values(), ids);
            }
        }
        // Each record has one day in one partition, so no id occurs twice.
        String[] sorted = ids.toArray(new String[0]);
        Arrays.sort(sorted);
        return SortedKeys.ofSorted(sorted, sorted.length);
    }

    private static void collect(Collection<Object> days, List<String> into) {
        for (Object ids : days) {
            if (ids instanceof String one) {
                into.add(one);
            } else {
                SortedKeys.of(ids).forEach(into::add);
            }
        }
    }
}
