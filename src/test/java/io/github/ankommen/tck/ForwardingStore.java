package io.github.ankommen.tck;

import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.Optional;
import java.util.Set;

/**
 * A store that hands its three abstract methods to an in-memory store; the defaults derive from them.
 * Each broken store overrides one thing.
 */
class ForwardingStore implements Store {

    final MemoryStore delegate = new MemoryStore();

    @Override
    public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        return delegate.find(kind, id);
    }

    @Override
    public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        return delegate.query(query, page);
    }

    @Override
    public void apply(UnitOfWork unit) {
        delegate.apply(unit);
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }

    /** The stored version of a write's record, 0 if there is none. */
    <I, R> long stored(Write<I, R> write) {
        return delegate.find(write.kind(), write.id()).map(Versioned::version).orElse(0L);
    }
}
