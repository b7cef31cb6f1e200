package io.github.ankommen.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ankommen.storage.Versioned;
import org.junit.jupiter.api.Test;

/** Rows by key, with an index, a count over all rows and the sorted keys kept once asked for. */
class IndexedTableTest {

    /** A record with a state. */
    private record Row(String state) {
    }

    @Test
    void aRowReadsBackWithItsVersionAtOneAndLater() {
        IndexedTable<Row> table = new IndexedTable<Row>().index("state", Row::state);
        Row first = new Row("open");
        table.put("c-1", first, 1);
        assertReadsBack(table, first, 1, "closed");
        assertThat(table.getIf("c-9", row -> true)).isNull();
        Row second = new Row("closed");
        table.put("c-1", second, 2);
        assertReadsBack(table, second, 2, "open");
        assertThat(table.ids("state", "open")).isEmpty();
        assertThat(table.ids("state", "closed")).containsExactly("c-1");
        // Back at version 1 (a store that is loaded again): the index still follows the record.
        table.put("c-1", first, 1);
        assertThat(table.get("c-1")).isEqualTo(Versioned.of(first, 1));
        assertThat(table.ids("state", "open")).containsExactly("c-1");
        assertThat(table.ids("state", "closed")).isEmpty();
        assertThat(table.get("c-9")).isNull();
        assertThat(table.record("c-9")).isNull();
        assertThat(table.count(row -> row.state().equals("open"))).isEqualTo(1);
    }

    /** Row c-1 reads back as the record at its version, by every read, and not as another state. */
    private static void assertReadsBack(IndexedTable<Row> table, Row record, long version, String otherState) {
        assertThat(table.get("c-1")).isEqualTo(Versioned.of(record, version));
        assertThat(table.record("c-1")).isSameAs(record);
        assertThat(table.version("c-1", record)).isEqualTo(version);
        assertThat(table.getIf("c-1", row -> row.state().equals(record.state()))).isEqualTo(Versioned.of(record, version));
        assertThat(table.getIf("c-1", row -> row.state().equals(otherState))).isNull();
    }

    @Test
    void aRecordThatIsItselfVersionedIsNeverTakenForARow() {
        IndexedTable<Versioned<String>> table = new IndexedTable<>();
        Versioned<String> record = Versioned.of("value", 7);
        table.put("k", record, 1);
        assertThat(table.get("k")).isEqualTo(Versioned.of(record, 1));
        assertThat(table.record("k")).isSameAs(record);
        assertThat(table.version("k", record)).isEqualTo(1);
        assertThat(table.count(row -> row.version() == 7)).isEqualTo(1);
    }

    @Test
    void countsRowsAndKeepsTheSortedKeysOnceBuilt() {
        IndexedTable<Row> table = new IndexedTable<Row>().index("state", Row::state);
        table.put("c-2", new Row("open"), 1);
        table.put("c-1", new Row("closed"), 1);
        assertThat(table.count(row -> row.state().equals("open"))).isEqualTo(1);
        assertThat(table.count(row -> true)).isEqualTo(2);
        assertThat(table.ids()).containsExactly("c-1", "c-2");
        table.put("c-0", new Row("open"), 1);
        table.put("c-2", new Row("closed"), 2);
        assertThat(table.ids()).containsExactly("c-0", "c-1", "c-2");
        assertThat(table.ids("state", "open")).containsExactly("c-0");
        assertThat(table.ids("state", "closed")).containsExactly("c-1", "c-2");
        assertThat(table.version("c-2", null)).isEqualTo(2);
        assertThat(table.version("c-9", null)).isZero();
        assertThat(table.count(row -> row.state().equals("closed"))).isEqualTo(2);
    }
}
