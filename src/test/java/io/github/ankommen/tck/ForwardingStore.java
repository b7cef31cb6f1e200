package io.github.ankommen.tck;

import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.memory.MemoryStore;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A store that hands everything to an in-memory store; each broken store overrides one thing. */
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
    public <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
        return delegate.findAll(kind, ids);
    }

    @Override
    public Set<Capability> capabilities() {
        return delegate.capabilities();
    }
}
