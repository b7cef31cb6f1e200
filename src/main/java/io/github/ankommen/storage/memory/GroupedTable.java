package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
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
 * @param <R> the record type
 */
final class GroupedTable<R> implements Table<R> {

    private final String ownerIndex;
    private final Function<Object, String> ownerKeyOfIndexKey;
    private final Function<R, String> ownerOf;
    private final ToLongFunction<R> numberOf;
    private final Function<R, String> keyOf;
    private final FlatMap<String, Group> groups = new FlatMap<>();

    /**
     * Creates an empty table.
     *
     * @param ownerIndex the name under which queries ask for an owner's records
     * @param ownerKeyOfIndexKey the owner's key text from the value a query names, such as a case id
     * @param ownerOf the owner's key text of a record: the part of its id key before the slash
     * @param numberOf the number of a record: the part of its id key after the slash, as a number
     * @param keyOf the id key of a record: its owner, a slash and its number, such that the keys of
     *     one owner sort as their numbers do
     */
    GroupedTable(String ownerIndex, Function<Object, String> ownerKeyOfIndexKey, Function<R, String> ownerOf,
            ToLongFunction<R> numberOf, Function<R, String> keyOf) {
        this.ownerIndex = Objects.requireNonNull(ownerIndex, "ownerIndex must not be null");
        this.ownerKeyOfIndexKey = Objects.requireNonNull(ownerKeyOfIndexKey, "ownerKeyOfIndexKey must not be null");
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
        Group group = groups.get(key.substring(0, slash));
        Versioned<R> row = group == null ? null : (Versioned<R>) group.row(number);
        // The number alone would also match a key written otherwise, such as "case-1/3".
        return row != null && keyOf.apply(row.value()).equals(key) ? row : null;
    }

    @Override
    public long version(String key, R record) {
        Group group = groups.get(ownerOf.apply(record));
        return group == null ? 0 : group.version(numberOf.applyAsLong(record));
    }

    @Override
    public void put(String key, Versioned<R> row) {
        String owner = ownerOf.apply(row.value());
        Group group = groups.get(owner);
        if (group == null) {
            group = new Group();
            groups.put(owner, group);
        }
        group.put(numberOf.applyAsLong(row.value()), row);
    }

    @Override
    @SuppressWarnings("unchecked")
    public long count(Predicate<? super R> matches) {
        long[] count = {0};
        groups.forEach((owner, group) -> {
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
        groups.forEach((owner, group) -> addKeys(group, keys));
        String[] sorted = keys.toArray(new String[0]);
        Arrays.sort(sorted);
        return SortedKeys.ofSorted(sorted, sorted.length);
    }

    @Override
    public SortedKeys ids(String index, Object key) {
        if (!ownerIndex.equals(index)) {
            throw new IllegalStateException("no index " + index);
        }
        String owner = ownerKeyOfIndexKey.apply(key);
        Group group = groups.get(owner);
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
    public OrderedKeys idsUpTo(String index, Object partition, LocalDate day) {
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

        void put(long number, Versioned<?> row) {
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
            records[at] = row.value();
            versions[at] = row.version();
        }

    }
}
