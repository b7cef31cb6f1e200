package io.github.ankommen.tck;

import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import java.util.Optional;

/**
 * The store under test with only its three abstract methods: every default method of
 * {@link Store} ({@code get}, {@code findAll}, {@code stream}, {@code count}, and any a later
 * version adds) answers here as the interface derives it. The S10 rules compare the store's own
 * answers with these.
 */
final class DerivedStore implements Store {

    private final Store store;

    DerivedStore(Store store) {
        this.store = store;
    }

    @Override
    public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        return store.find(kind, id);
    }

    @Override
    public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        return store.query(query, page);
    }

    @Override
    public void apply(UnitOfWork unit) {
        store.apply(unit);
    }
}
