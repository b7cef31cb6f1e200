package io.github.ankommen.storage.example;

import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The smallest store that keeps the whole storage contract: what an integrator must write, and no
 * more. The integrator guide walks through it.
 *
 * <p>One sorted map per kind plays a table whose primary key is the id key, and every row holds a
 * version and the record. A real database store maps the record to columns instead; the logic of
 * the three methods stays the same. {@code synchronized} makes every method one transaction, which
 * is all the concurrency rules ask for. Queries scan the table and filter with
 * {@link Query#matches(Object)}: correct, but a production store pushes the filters down to an index.
 */
final class TableStore implements Store {

    /** One row of a table. */
    private record Row(long version, Object record) {
    }

    private final Map<String, TreeMap<String, Row>> tables = new HashMap<>();

    @Override
    public synchronized <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        Row row = table(kind).get(kind.key(id));
        return row == null ? Optional.empty() : Optional.of(Versioned.of(kind.cast(row.record()), row.version()));
    }

    @Override
    public synchronized <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        Objects.requireNonNull(page, "page must not be null");
        RecordKind<?, R> kind = query.kind();
        TreeMap<String, Row> table = table(kind);
        Map<String, Row> rows = page.after() == null ? table : table.tailMap(page.after().key(kind), false);
        List<Versioned<R>> items = new ArrayList<>();
        String last = null;
        for (Map.Entry<String, Row> entry : rows.entrySet()) {
            R record = kind.cast(entry.getValue().record());
            if (query.matches(record)) {
                if (items.size() == page.size()) {
                    return Page.of(items, Cursor.of(last));
                }
                items.add(Versioned.of(record, entry.getValue().version()));
                last = entry.getKey();
            }
        }
        return Page.of(items, null);
    }

    @Override
    public synchronized void apply(UnitOfWork unit) {
        // Check every write first, then write: all or nothing.
        for (Write<?, ?> write : unit.writes()) {
            Row row = table(write.kind()).get(write.key());
            long actual = row == null ? 0 : row.version();
            if (actual != write.expectedVersion()) {
                throw new ConflictException(write.kind(), write.key(), write.expectedVersion(), actual);
            }
        }
        for (Write<?, ?> write : unit.writes()) {
            table(write.kind()).put(write.key(), new Row(write.newVersion(), write.record()));
        }
    }

    private TreeMap<String, Row> table(RecordKind<?, ?> kind) {
        return tables.computeIfAbsent(kind.name(), name -> new TreeMap<>());
    }
}
