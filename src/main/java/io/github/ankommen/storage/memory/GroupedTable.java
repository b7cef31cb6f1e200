package io.github.ankommen.storage.memory;

import io.github.ankommen.storage.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

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
 * <p>A {@link Layout} says how a row is kept. It may keep the record itself, or only the fields that
 * the owner and number do not give, as cells of the group's one array: an audit entry is then no
 * object of its own, only references to values it shares with other records (its actor, instant,
 * states and names), and reading it makes the record again.
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

    /**
     * How a grouped table finds a record's group and keeps its row.
     *
     * @param <R> the record type
     */
    interface Layout<R> {

        /**
         * The partition of a record.
         *
         * @param record the record
         * @return a text without a slash, or null if the table has no partitions
         */
        String partitionOf(R record);

        /**
         * Whether the table has partitions: then an owner's key text is the partition, a slash and
         * the owner.
         *
         * @return true if {@link #partitionOf} gives partitions
         */
        boolean isPartitioned();

        /**
         * The owner's key text of a record, within its partition.
         *
         * @param record the record
         * @return the text
         */
        String ownerOf(R record);

        /**
         * The owner's key text from the value a query names, such as a case id.
         *
         * @param indexKey the value
         * @return the text, with its partition if the table has partitions
         */
        String ownerTextOf(Object indexKey);

        /**
         * The number of a record: the part of its id key after the last slash, as a number.
         *
         * @param record the record
         * @return the number
         */
        long numberOf(R record);

        /**
         * The id key of a record: its owner's key text, a slash and its number, such that the keys
         * of one owner sort as their numbers do.
         *
         * @param record the record
         * @return the key
         */
        String keyOf(R record);

        /**
         * What a group keeps once for all its rows, taken from its first record, such as the case
         * id of an audit trail.
         *
         * @param record the group's first record
         * @return the value
         */
        Object groupValueOf(R record);

        /**
         * How many cells a row takes.
         *
         * @return 1 or more
         */
        int width();

        /**
         * Writes a record's row into its cells.
         *
         * @param record the record
         * @param cells the group's cells
         * @param at the row's first cell
         */
        void store(R record, Object[] cells, int at);

        /**
         * Makes a record from its row.
         *
         * @param groupValue the group's value, from {@link #groupValueOf}
         * @param owner the group's owner, from {@link #ownerOf}
         * @param number the record's number
         * @param cells the group's cells
         * @param at the row's first cell
         * @return the record, equal to the one stored
         */
        R load(Object groupValue, String owner, long number, Object[] cells, int at);
    }

    /** The one partition of a table without partitions. */
    private static final String ALL = "";

    private final String ownerIndex;
    private final Layout<R> layout;
    /** Partition to owner to group. */
    private final FlatMap<String, FlatMap<String, Group>> partitions = new FlatMap<>();

    /**
     * Creates an empty table.
     *
     * @param ownerIndex the name under which queries ask for an owner's records
     * @param layout how rows are found and kept
     */
    GroupedTable(String ownerIndex, Layout<R> layout) {
        this.ownerIndex = Objects.requireNonNull(ownerIndex, "ownerIndex must not be null");
        this.layout = Objects.requireNonNull(layout, "layout must not be null");
    }

    @Override
    public boolean needsKeys() {
        return false;
    }

    @Override
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
        int at = group == null ? -1 : group.indexOf(number);
        if (at < 0) {
            return null;
        }
        R record = group.record(layout, at);
        // The number alone would also match a key written otherwise, such as "case-1/3".
        return layout.keyOf(record).equals(key) ? Versioned.of(record, group.versionAt(at)) : null;
    }

    @Override
    public long version(String key, R record) {
        FlatMap<String, Group> owners = partitions.get(partitionOf(record));
        Group group = owners == null ? null : owners.get(layout.ownerOf(record));
        int at = group == null ? -1 : group.indexOf(layout.numberOf(record));
        return at < 0 ? 0 : group.versionAt(at);
    }

    @Override
    public void put(String key, R record, long version) {
        String partition = partitionOf(record);
        FlatMap<String, Group> owners = partitions.get(partition);
        if (owners == null) {
            owners = new FlatMap<>();
            partitions.put(partition, owners);
        }
        String owner = layout.ownerOf(record);
        Group group = owners.get(owner);
        if (group == null) {
            group = new Group(layout.groupValueOf(record), owner, layout.width());
            owners.put(owner, group);
        }
        group.put(layout, layout.numberOf(record), record, version);
    }

    private String partitionOf(R record) {
        String partition = layout.partitionOf(record);
        return partition == null ? ALL : partition;
    }

    /** The group of an owner's key text, or null if it has none. */
    private Group groupOf(String ownerText) {
        String partition = ALL;
        String owner = ownerText;
        if (layout.isPartitioned()) {
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
    public long count(Predicate<? super R> matches) {
        long[] count = {0};
        forEachGroup(group -> {
            for (int i = 0; i < group.size; i++) {
                if (matches.test(group.record(layout, i))) {
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
        Group group = groupOf(layout.ownerTextOf(key));
        if (group == null) {
            return new SortedKeys();
        }
        List<String> keys = new ArrayList<>(group.size);
        addKeys(group, keys);
        // Number order is key order within one owner.
        return SortedKeys.ofSorted(keys.toArray(new String[0]), keys.size());
    }

    private void addKeys(Group group, List<String> into) {
        for (int i = 0; i < group.size; i++) {
            into.add(layout.keyOf(group.record(layout, i)));
        }
    }

    @Override
    public OrderedKeys idsUpTo(String index, Object partition, LocalDate day) {
        throw new IllegalStateException("no range index " + index);
    }

    /**
     * The rows of one owner, in order of their numbers: the numbers, the rows' cells and their
     * stored versions in parallel arrays, so that a row costs no object of the store's. Two arrays
     * are made only when needed. The numbers' array: while the numbers run without a gap (a case's
     * entries are numbered by its versions 1, 2, 3, …, a record's changes by its versions), the
     * first number and the count give them all. The versions' array: while every row is at version
     * 1, as the rows of a log are until the removal of their free text writes one again.
     */
    private static final class Group {

        private static final int FIRST_CAPACITY = 4;

        private final Object value;
        /** The owner's key, which the partition's map holds anyway; the group costs no more with it. */
        private final String owner;
        private final int width;
        /** The first number, while the numbers run without a gap ({@link #numbers} is null). */
        private long first;
        /** Each row's number, or null while they run without a gap from {@link #first}. */
        private long[] numbers;
        private Object[] cells;
        /** The stored versions, or null while every row is at version 1. */
        private long[] versions;
        private int size;

        Group(Object value, String owner, int width) {
            this.value = value;
            this.owner = owner;
            this.width = width;
            this.cells = new Object[FIRST_CAPACITY * width];
        }

        /** The row of a number, or {@code -(insertion point) - 1}, as a binary search answers. */
        int indexOf(long number) {
            if (numbers != null) {
                return Arrays.binarySearch(numbers, 0, size, number);
            }
            if (size == 0 || number < first) {
                return -1;
            }
            return number - first < size ? (int) (number - first) : -size - 1;
        }

        private long numberAt(int at) {
            return numbers == null ? first + at : numbers[at];
        }

        <R> R record(Layout<R> layout, int at) {
            return layout.load(value, owner, numberAt(at), cells, at * width);
        }

        long versionAt(int at) {
            return versions == null ? 1 : versions[at];
        }

        <R> void put(Layout<R> layout, long number, R record, long version) {
            int at = indexOf(number);
            if (at < 0) {
                at = -at - 1;
                insertAt(at, number);
            }
            layout.store(record, cells, at * width);
            if (versions == null && version != 1) {
                versions = new long[capacity()];
                Arrays.fill(versions, 0, size, 1);
            }
            if (versions != null) {
                versions[at] = version;
            }
        }

        private int capacity() {
            return cells.length / width;
        }

        /** Makes room for a new row at a place and gives it its number, at version 1. */
        private void insertAt(int at, long number) {
            if (numbers == null && size > 0 && !(at == size && number == first + size)) {
                // A gap or a number before the first: from now on each row keeps its number.
                numbers = new long[capacity()];
                for (int i = 0; i < size; i++) {
                    numbers[i] = first + i;
                }
            }
            if (size == capacity()) {
                // Most owners have a handful of rows: grow by half, not double.
                int length = size + Math.max(2, size / 2);
                cells = Arrays.copyOf(cells, length * width);
                numbers = numbers == null ? null : Arrays.copyOf(numbers, length);
                versions = versions == null ? null : Arrays.copyOf(versions, length);
            }
            System.arraycopy(cells, at * width, cells, (at + 1) * width, (size - at) * width);
            if (numbers != null) {
                System.arraycopy(numbers, at, numbers, at + 1, size - at);
                numbers[at] = number;
            } else if (size == 0) {
                first = number;
            }
            if (versions != null) {
                System.arraycopy(versions, at, versions, at + 1, size - at);
                versions[at] = 1;
            }
            size++;
        }
    }
}
