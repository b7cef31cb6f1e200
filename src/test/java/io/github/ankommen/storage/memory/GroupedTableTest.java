package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.internal.CompositeKeys;
import io.github.ankommen.storage.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/** Rows kept per owner in number order answer as rows by key would. */
class GroupedTableTest {

    /** A record that names its owner and number, as an audit entry names its case and version. */
    private record Part(String owner, long number, String text) {
    }

    /** Keeps each record whole, in one cell, as any record type could be kept. */
    private record WholeRecords<R>(Function<R, String> partition, Function<R, String> owner, ToLongFunction<R> number,
            Function<R, String> key) implements GroupedTable.Layout<R> {

        @Override
        public String partitionOf(R record) {
            return partition == null ? null : partition.apply(record);
        }

        @Override
        public boolean isPartitioned() {
            return partition != null;
        }

        @Override
        public String ownerOf(R record) {
            return owner.apply(record);
        }

        @Override
        public String ownerTextOf(Object indexKey) {
            return indexKey.toString();
        }

        @Override
        public long numberOf(R record) {
            return number.applyAsLong(record);
        }

        @Override
        public String keyOf(R record) {
            return key.apply(record);
        }

        @Override
        public Object groupValueOf(R record) {
            return null;
        }

        @Override
        public int width() {
            return 1;
        }

        @Override
        public void store(R record, Object[] cells, int at) {
            cells[at] = record;
        }

        @Override
        @SuppressWarnings("unchecked")
        public R load(Object groupValue, String owner, long number, Object[] cells, int at) {
            return (R) cells[at];
        }
    }

    private static GroupedTable<Part> table() {
        return new GroupedTable<>("owner", new WholeRecords<>(null, Part::owner, Part::number,
                part -> CompositeKeys.versioned(part.owner(), part.number())));
    }

    private static void put(GroupedTable<Part> table, Part part, long version) {
        table.put(null, part, version);
    }

    private static String key(String owner, long number) {
        return CompositeKeys.versioned(owner, number);
    }

    @Test
    void rowsAreFoundByKeyAndByRecordAndReplaced() {
        GroupedTable<Part> table = table();
        assertThat(table.needsKeys()).isFalse();
        Part third = new Part("case-1", 3, "c");
        put(table, third, 1);
        put(table, new Part("case-1", 1, "a"), 1);
        put(table, new Part("case-10", 1, "x"), 1);
        assertThat(table.get(key("case-1", 3)).value()).isEqualTo(third);
        assertThat(table.get(key("case-1", 2))).isNull();
        assertThat(table.get(key("case-2", 1))).isNull();
        assertThat(table.version(null, third)).isEqualTo(1);
        assertThat(table.version(null, new Part("case-1", 2, "b"))).isZero();
        put(table, new Part("case-1", 3, "c2"), 2);
        assertThat(table.get(key("case-1", 3))).isEqualTo(Versioned.of(new Part("case-1", 3, "c2"), 2));
        assertThat(table.version(null, third)).isEqualTo(2);
        assertThat(table.record(key("case-1", 3))).isEqualTo(new Part("case-1", 3, "c2"));
        assertThat(table.record(key("case-1", 2))).isNull();
        assertThat(table.getIf(key("case-1", 3), part -> true)).isEqualTo(Versioned.of(new Part("case-1", 3, "c2"), 2));
        assertThat(table.getIf(key("case-1", 3), part -> false)).isNull();
        assertThat(table.getIf(key("case-1", 2), part -> true)).isNull();
    }

    @Test
    void aKeyThatIsNotAnOwnerAndANumberFindsNothing() {
        GroupedTable<Part> table = table();
        put(table, new Part("case-1", 1, "a"), 1);
        assertThat(table.get("case-1")).isNull();
        assertThat(table.get("/0000000001")).isNull();
        assertThat(table.get("case-1/1")).isNull();
        assertThat(table.get("case-1/000000000x")).isNull();
        assertThat(table.get("case-1/01")).as("the number written otherwise").isNull();
        assertThat(table.get("case-1/")).isNull();
        assertThat(table.get("case-1/00000000000000000001")).isNull();
        assertThat(table.get(key("case-1", 1))).isNotNull();
    }

    @Test
    void keysComeInKeyOrderPerOwnerAndOverAll() {
        GroupedTable<Part> table = table();
        for (long n : new long[] {12, 3, 7, 1, 10}) {
            put(table, new Part("case-1", n, "t"), 1);
        }
        put(table, new Part("case-10", 2, "t"), 1);
        put(table, new Part("case-0", 5, "t"), 1);
        assertThat(table.count(part -> part.owner().equals("case-1"))).isEqualTo(5);
        assertThat(table.count(part -> true)).isEqualTo(7);
        assertThat(table.ids("owner", "case-1")).containsExactly(key("case-1", 1), key("case-1", 3),
                key("case-1", 7), key("case-1", 10), key("case-1", 12));
        assertThat(table.ids("owner", "case-2")).isEmpty();
        assertThat(table.ids()).containsExactly(key("case-0", 5), key("case-1", 1), key("case-1", 3),
                key("case-1", 7), key("case-1", 10), key("case-1", 12), key("case-10", 2));
    }

    @Test
    void aGroupGrowsPastItsFirstArrays() {
        GroupedTable<Part> table = table();
        for (long n = 100; n >= 1; n--) {
            put(table, new Part("case-1", n, "t" + n), 1);
        }
        for (long n = 1; n <= 100; n++) {
            assertThat(table.get(key("case-1", n)).value().text()).isEqualTo("t" + n);
        }
        List<String> keys = new ArrayList<>();
        table.ids("owner", "case-1").forEach(keys::add);
        assertThat(keys).hasSize(100).isSorted();
    }

    /** A record whose owner is named by a kind and a key, as a change record names its record. */
    private record Change(String kind, String key, long number) {
        String ownerText() {
            return kind + '/' + key;
        }
    }

    @Test
    void partitionedOwnersAreApartPerPartitionAndFoundByTheirText() {
        GroupedTable<Change> table = new GroupedTable<>("subject", new WholeRecords<>(Change::kind, Change::key,
                Change::number, change -> CompositeKeys.versioned(change.ownerText(), change.number())));
        Change client = new Change("client", "p-1", 1);
        Change consent = new Change("consent", "p-1", 1);
        table.put(null, client, 1);
        table.put(null, consent, 1);
        table.put(null, new Change("client", "p-1", 2), 1);
        table.put(null, new Change("client", "p-2", 1), 1);
        assertThat(table.version(null, client)).isEqualTo(1);
        assertThat(table.version(null, new Change("consent", "p-1", 2))).isZero();
        assertThat(table.version(null, new Change("offer", "p-1", 1))).isZero();
        assertThat(table.get(key("client/p-1", 1)).value()).isEqualTo(client);
        assertThat(table.get(key("consent/p-1", 1)).value()).isEqualTo(consent);
        assertThat(table.get(key("consent/p-1", 2))).isNull();
        assertThat(table.get(key("offer/p-1", 1))).isNull();
        assertThat(table.get(key("client", 1))).as("an owner text without its partition").isNull();
        assertThat(table.ids("subject", "client/p-1")).containsExactly(key("client/p-1", 1), key("client/p-1", 2));
        assertThat(table.ids("subject", "consent/p-1")).containsExactly(key("consent/p-1", 1));
        assertThat(table.ids("subject", "p-1")).isEmpty();
        assertThat(table.ids()).containsExactly(key("client/p-1", 1), key("client/p-1", 2), key("client/p-2", 1),
                key("consent/p-1", 1));
        assertThat(table.count(change -> change.key().equals("p-1"))).isEqualTo(3);
    }

    @Test
    void rowsKeepTheirVersionsAcrossInsertsBeforeThemAndGrowth() {
        qt().withExamples(60).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            GroupedTable<Part> table = table();
            Map<Long, Long> model = new TreeMap<>();
            // Mostly version 1, as a log's rows are; now and then a row written again.
            for (int step = 0; step < 40; step++) {
                long number = 1 + random.nextInt(30);
                long version = random.nextInt(5) == 0 ? 2 + random.nextInt(3) : 1;
                put(table, new Part("case-1", number, "t"), version);
                model.put(number, version);
            }
            for (long number = 1; number <= 30; number++) {
                Long expected = model.get(number);
                Part probe = new Part("case-1", number, "t");
                assertThat(table.version(null, probe)).as("seed %d, number %d", seed, number)
                        .isEqualTo(expected == null ? 0 : expected);
                Versioned<Part> row = table.get(key("case-1", number));
                assertThat(row == null ? null : row.version()).as("seed %d, number %d", seed, number)
                        .isEqualTo(expected);
            }
        });
    }

    @Test
    void numbersWithoutAGapThenBeforeTheFirstAndAfterAGapAreAllFound() {
        GroupedTable<Part> table = table();
        for (long n = 1; n <= 10; n++) {
            put(table, new Part("case-1", n, "t" + n), 1);
        }
        put(table, new Part("case-1", 4, "t4 again"), 2);
        assertThat(table.get(key("case-1", 4))).isEqualTo(Versioned.of(new Part("case-1", 4, "t4 again"), 2));
        assertThat(table.get(key("case-1", 11))).isNull();
        assertThat(table.version(null, new Part("case-1", 0, "t"))).isZero();
        put(table, new Part("case-1", 15, "t15"), 1);
        put(table, new Part("case-1", 0, "t0"), 3);
        List<String> keys = new ArrayList<>();
        table.ids("owner", "case-1").forEach(keys::add);
        assertThat(keys).containsExactly(key("case-1", 0), key("case-1", 1), key("case-1", 2), key("case-1", 3),
                key("case-1", 4), key("case-1", 5), key("case-1", 6), key("case-1", 7), key("case-1", 8),
                key("case-1", 9), key("case-1", 10), key("case-1", 15));
        assertThat(table.get(key("case-1", 0))).isEqualTo(Versioned.of(new Part("case-1", 0, "t0"), 3));
        assertThat(table.get(key("case-1", 4)).version()).isEqualTo(2);
        assertThat(table.get(key("case-1", 10)).value().text()).isEqualTo("t10");
        assertThat(table.get(key("case-1", 15)).value().text()).isEqualTo("t15");
        assertThat(table.get(key("case-1", 12))).isNull();
    }

    @Test
    void onlyTheOwnerIndexIsAnswered() {
        GroupedTable<Part> table = table();
        assertThatThrownBy(() -> table.ids("state", "x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> table.idsUpTo("due", null, LocalDate.of(2018, 6, 4)))
                .isInstanceOf(IllegalStateException.class);
    }
}
