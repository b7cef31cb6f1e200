package io.github.ankommen.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A secondary index over a date, partitioned by a key such as a contact point: for each partition
 * and day, the ids of the records whose key is that day. Records without a day are not indexed. A
 * day that one record has holds its id key alone, as in {@link Index}. A day, and a partition,
 * without ids is removed, so that the index holds only what its records need. Not thread-safe; the
 * store's lock guards it.
 *
 * <p>"On or before a day, in this partition or in all" is answered in id order as it is read
 * ({@link #upTo}): the id lists of the matching days are merged, each from the first id after the
 * page's cursor on, so that a first page of a hundred ids reads those hundred and the next id of
 * each day, and searches each day's list once, however many ids are due.
 *
 * @param <R> the record type
 */
final class RangeIndex<R> {

    private final Function<R, Object> partition;
    private final Function<R, Optional<LocalDate>> key;
    private final Map<Object, NavigableMap<LocalDate, Object>> partitions = new HashMap<>();

    /**
     * Creates an empty index.
     *
     * @param partition the record's partition
     * @param key the record's day, if it has one
     */
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
        if (days == null) {
            return;
        }
        Object ids = days.get(day);
        Object fewer = SortedKeys.minus(ids, id);
        if (fewer == null) {
            days.remove(day);
            // A partition without days goes too: partitions come and go with the records (a
            // contact point's last due case closes), and a walk of all partitions visits each.
            if (days.isEmpty()) {
                partitions.remove(from);
            }
        } else if (fewer != ids) {
            days.put(day, fewer);
        }
    }

    /**
     * The number of partitions that hold at least one id: a partition is kept only while it does.
     *
     * @return the count
     */
    int partitions() {
        return partitions.size();
    }

    /**
     * The ids of a partition, or of all partitions when it is null, whose day is on or before a
     * day, in id order and found as they are read: the id lists of those days merged, each read
     * from the first id after a key. The index must not change while the iterator is in use.
     *
     * @param in the partition, or null for all
     * @param day the last day, inclusive
     * @param after where to start, exclusive; null for the first id
     * @return an iterator that does not support removal
     */
    Iterator<String> upTo(Object in, LocalDate day, String after) {
        List<Iterator<String>> runs = new ArrayList<>();
        if (in == null) {
            for (NavigableMap<LocalDate, Object> days : partitions.values()) {
                addRuns(days, day, after, runs);
            }
        } else {
            NavigableMap<LocalDate, Object> days = partitions.get(in);
            if (days != null) {
                addRuns(days, day, after, runs);
            }
        }
        // Each record has one day in one partition, so no id is in two runs.
        return new MergedKeys(runs);
    }

    private static void addRuns(NavigableMap<LocalDate, Object> days, LocalDate day, String after,
            List<Iterator<String>> into) {
        for (Object ids : days.headMap(day, true).values()) {
            into.add(SortedKeys.idsAfter(ids, after));
        }
    }
}
