package io.github.ankommen.tck;

import io.github.ankommen.storage.Aggregate;
import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The store under test, as the TCK's rules call it: every call goes to the store unchanged, and the
 * last one is remembered so that a failure can name it.
 *
 * <p>Every method of {@link Store} is forwarded, the defaults too, so that a store's overrides are
 * what the rules see. A method added to {@code Store} must be forwarded here as well: otherwise the
 * TCK would test the default in place of the store's override (the self-test checks this).
 *
 * <p>A described call names kinds, id keys, versions and queries, never a record's content, so a
 * failure message carries no personal data.
 */
final class RecordedStore implements Store {

    private final Store store;
    private volatile String lastCall = "none";

    RecordedStore(Store store) {
        this.store = store;
    }

    /** The last call made through this store, described without the records' content. */
    String lastCall() {
        return lastCall;
    }

    @Override
    public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        lastCall = "find(" + kind + ", " + id + ")";
        return store.find(kind, id);
    }

    @Override
    public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        lastCall = "query(" + query + ", " + page + ")";
        return store.query(query, page);
    }

    @Override
    public void apply(UnitOfWork unit) {
        lastCall = "apply(" + describe(unit) + ")";
        store.apply(unit);
    }

    @Override
    public Set<Capability> capabilities() {
        return store.capabilities();
    }

    @Override
    public <I, R> Versioned<R> get(RecordKind<I, R> kind, I id) {
        lastCall = "get(" + kind + ", " + id + ")";
        return store.get(kind, id);
    }

    @Override
    public <I, R> Versioned<R> insert(RecordKind<I, R> kind, R record) {
        lastCall = "insert(" + kind + " " + (record == null ? "null" : kind.keyOf(record)) + ")";
        return store.insert(kind, record);
    }

    @Override
    public <I, R> Versioned<R> update(RecordKind<I, R> kind, R record, long expectedVersion) {
        lastCall = "update(" + kind + " " + (record == null ? "null" : kind.keyOf(record)) + ", expecting version "
                + expectedVersion + ")";
        return store.update(kind, record, expectedVersion);
    }

    @Override
    public <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
        lastCall = "findAll(" + kind + ", " + ids + ")";
        return store.findAll(kind, ids);
    }

    @Override
    public <R> Stream<Versioned<R>> stream(Query<R> query, int pageSize) {
        lastCall = "stream(" + query + ", " + pageSize + ")";
        return store.stream(query, pageSize);
    }

    @Override
    public <R> long count(Query<R> query) {
        lastCall = "count(" + query + ")";
        return store.count(query);
    }

    @Override
    public Tally tally(Aggregate aggregate) {
        lastCall = "tally(" + aggregate + ")";
        return store.tally(aggregate);
    }

    @Override
    public List<Tally> tallyAll(List<? extends Aggregate> aggregates) {
        lastCall = "tallyAll(" + aggregates + ")";
        return store.tallyAll(aggregates);
    }

    /** A unit as its writes' kinds, keys and expected versions. */
    static String describe(UnitOfWork unit) {
        if (unit == null) {
            return "null";
        }
        StringBuilder text = new StringBuilder("unit of");
        String separator = " ";
        for (Write<?, ?> write : unit.writes()) {
            text.append(separator).append(write.isInsert() ? "insert " : "update ").append(write.kind()).append(' ')
                    .append(write.key());
            if (!write.isInsert()) {
                text.append(" from version ").append(write.expectedVersion());
            }
            separator = ", ";
        }
        return text.toString();
    }
}
