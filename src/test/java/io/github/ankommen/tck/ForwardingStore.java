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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A store that hands its three abstract methods and its capabilities to another store; the defaults
 * derive from them. Each broken store of the TCK's self-test overrides one thing, on an in-memory
 * store; tests elsewhere wrap a store of their choice to watch what is applied, or to let another
 * writer in just before the next unit ({@link #beforeNextApply}).
 */
public class ForwardingStore implements Store {

    /** The store that answers. */
    protected final Store delegate;
    private Runnable beforeNextApply;

    /** Forwards to a new in-memory store. */
    ForwardingStore() {
        this(new MemoryStore());
    }

    /**
     * Forwards to a store.
     *
     * @param delegate the store that answers, not null
     */
    public ForwardingStore(Store delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate must not be null");
    }

    @Override
    public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        return delegate.find(kind, id);
    }

    @Override
    public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        return delegate.query(query, page);
    }

    /** Runs the action set by {@link #beforeNextApply}, if any, then applies the unit. */
    @Override
    public void apply(UnitOfWork unit) {
        Runnable action;
        synchronized (this) {
            action = beforeNextApply;
            beforeNextApply = null;
        }
        if (action != null) {
            action.run();
        }
        delegate.apply(unit);
    }

    /**
     * Runs an action, such as another writer's command, just before the next unit is applied.
     *
     * @param action the action
     */
    public synchronized void beforeNextApply(Runnable action) {
        beforeNextApply = action;
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
