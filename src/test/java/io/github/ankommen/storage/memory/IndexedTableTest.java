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
