package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The records of a kind whose id is an owner and a number, such as the audit entries of a case
 * ({@code case-17/0000000003}), kept together per owner: for each owner one group, its rows in
 * order of their numbers. Not thread-safe; the store's lock guards it.
 *
 * <p>A case's audit trail is written one entry at a time and read whole. Kept as separate rows, each
 * entry would cost a key string, a hash slot, a {@link Versioned} and an index entry under its case;
 * here the rows of a case sit in the arrays of its group, and writing one builds no key at all: the
 * owner and number are read from the record. Reading by id key parses the key; listing keys builds
 * them, in order. The one index this table answers is the owner's ({@link #ids(String, Object)}).
 *
 * <p>A table may also split its owners into partitions: the change log's owner is a record, named
 * by its kind and key ({@code case/case-17}), and its groups sit under the kind, then the key. A
 * write so finds its group from the kind and key strings the record already holds, without
 * joining them into a new string; only the owner text of a key or a query is split at its first
 * slash.
 *
 * @param <R> the record type
 */
final class GroupedTable<R> implements Table<R> {

    /** The one partition of a table without partitions. */
    private static final String ALL = "";

    private final String ownerIndex;
    private final Function<Object, String> ownerKeyOfIndexKey;
    private final Function<R, String> partitionOf;
    private final Function<R, String> ownerOf;
    private final ToLongFunction<R> numberOf;
    private final Function<R, String> keyOf;
    /** Partition to owner to group. */
    private final FlatMap<String, FlatMap<String, Group>> partitions = new FlatMap<>();

    /**
     * Creates an empty table.
     *
     * @param ownerIndex the name under which queries ask for an owner's records
     * @param ownerKeyOfIndexKey the owner's key text from the value a query names, such as a case id
     * @param partitionOf the partition of a record, a text without a slash, or null if the table has
     *     no partitions; a partitioned owner's key text is the partition, a slash and the owner
     * @param ownerOf the owner's key text of a record within its partition
     * @param numberOf the number of a record: the part of its id key after the last slash, as a
     *     number
     * @param keyOf the id key of a record: its owner's key text, a slash and its number, such that
     *     the keys of one owner sort as their numbers do
     */
    GroupedTable(String ownerIndex, Function<Object, String> ownerKeyOfIndexKey, Function<R, String> partitionOf,
            Function<R, String> ownerOf, ToLongFunction<R> numberOf, Function<R, String> keyOf) {
        this.ownerIndex = Objects.requireNonNull(ownerIndex, "ownerIndex must not be null");
        this.ownerKeyOfIndexKey = Objects.requireNonNull(ownerKeyOfIndexKey, "ownerKeyOfIndexKey must not be null");
        this.partitionOf = partitionOf;
        this.ownerOf = Objects.requireNonNull(ownerOf, "ownerOf must not be null");
        this.numberOf = Objects.requireNonNull(numberOf, "numberOf must not be null");
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf must not be null");
    }

    @Override
    public boolean needsKeys() {
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Versioned<R> get(String key) {
        int slash = key.lastIndexOf('/');
        if (slash < 1 || slash == key.length() - 1 || key.length() - slash > 19) {
            return null;
        }
        long number = 0;
        for (int i = slash + 1; i < key.length(); i++) {
            char digit = key.charAt(i);
            if (digit < '0' || digit > '9') {
                return null;
            }
            number = number * 10 + digit - '0';
        }
        Group group = groupOf(key.substring(0, slash));
        Versioned<R> row = group == null ? null : (Versioned<R>) group.row(number);
        // The number alone would also match a key written otherwise, such as "case-1/3".
        return row != null && keyOf.apply(row.value()).equals(key) ? row : null;
    }

    @Override
    public long version(String key, R record) {
        FlatMap<String, Group> owners = partitions.get(partitionOf(record));
        Group group = owners == null ? null : owners.get(ownerOf.apply(record));
        return group == null ? 0 : group.version(numberOf.applyAsLong(record));
    }

    @Override
    public void put(String key, R record, long version) {
        String partition = partitionOf(record);
        FlatMap<String, Group> owners = partitions.get(partition);
        if (owners == null) {
            owners = new FlatMap<>();
            partitions.put(partition, owners);
        }
        String owner = ownerOf.apply(record);
        Group group = owners.get(owner);
        if (group == null) {
            group = new Group();
            owners.put(owner, group);
        }
        group.put(numberOf.applyAsLong(record), record, version);
    }

    private String partitionOf(R record) {
        return partitionOf == null ? ALL : partitionOf.apply(record);
    }

    /** The group of an owner's key text, or null if it has none. */
    private Group groupOf(String ownerText) {
        String partition = ALL;
        String owner = ownerText;
        if (partitionOf != null) {
            int slash = ownerText.indexOf('/');
            if (slash < 0) {
                return null;
            }
            partition = ownerText.substring(0, slash);
            owner = ownerText.substring(slash + 1);
        }
        FlatMap<String, Group> owners = partitions.get(partition);
        return owners == null ? null : owners.get(owner);
    }

    /** Hands every group to an action. */
    private void forEachGroup(Consumer<Group> action) {
        partitions.forEach((partition, owners) -> owners.forEach((owner, group) -> action.accept(group)));
    }

    @Override
    @SuppressWarnings("unchecked")
    public long count(Predicate<? super R> matches) {
        long[] count = {0};
        forEachGroup(group -> {
            for (int i = 0; i < group.size; i++) {
                if (matches.test((R) group.records[i])) {
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    /** Every key, built and sorted on each call: a query that walks all audit entries is rare. */
    @Override
    public SortedKeys ids() {
        List<String> keys = new ArrayList<>();
        forEachGroup(group -> addKeys(group, keys));
        String[] sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        return SortedKeys.ofSorted(sorted, sorted.length);
    }

    @Override
    public SortedKeys ids(String index, Object key) {
        if (!ownerIndex.equals(index)) {
            throw new IllegalStateException("no index " + index);
        }
        Group group = groupOf(ownerKeyOfIndexKey.apply(key));
        if (group == null) {
            return new SortedKeys();
        }
        List<String> keys = new ArrayList<>(group.size);
        addKeys(group, keys);
        // Number order is key order within one owner.
        return SortedKeys.ofSorted(keys.toArray(new String[0]), keys.size());
    }

    @SuppressWarnings("unchecked")
    private void addKeys(Group group, List<String> into) {
        for (int i = 0; i < group.size; i++) {
            into.add(keyOf.apply((R) group.records[i]));
        }
    }

    @Override
    public SortedKeys idsUpTo(String index, Object partition, LocalDate day) {
        throw new IllegalStateException("no range index " + index);
    }

    /**
     * The rows of one owner, in order of their numbers: the numbers, the records and their stored
     * versions in three parallel arrays, so that a row costs no object but its record. A read makes
     * the {@link Versioned} it returns.
     */
    private static final class Group {

        private long[] numbers = new long[4];
        private Object[] records = new Object[4];
        private long[] versions = new long[4];
        private int size;

        Versioned<?> row(long number) {
            int at = Arrays.binarySearch(numbers, 0, size, number);
            return at >= 0 ? Versioned.of(records[at], versions[at]) : null;
        }

        long version(long number) {
            int at = Arrays.binarySearch(numbers, 0, size, number);
            return at >= 0 ? versions[at] : 0;
        }

        void put(long number, Object record, long version) {
            int at = Arrays.binarySearch(numbers, 0, size, number);
            if (at < 0) {
                at = -at - 1;
                if (size == numbers.length) {
                    // Most cases have a handful of entries: grow by half, not double.
                    int length = size + Math.max(2, size / 2);
                    numbers = Arrays.copyOf(numbers, length);
                    records = Arrays.copyOf(records, length);
                    versions = Arrays.copyOf(versions, length);
                }
                System.arraycopy(numbers, at, numbers, at + 1, size - at);
                System.arraycopy(records, at, records, at + 1, size - at);
                System.arraycopy(versions, at, versions, at + 1, size - at);
                numbers[at] = number;
                size++;
            }
            records[at] = record;
            versions[at] = version;
        }

    }
}
