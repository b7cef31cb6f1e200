package io.github.ankommen.tck;

import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Deliberately broken stores, each breaking one rule of the storage contract. */
final class BrokenStores {

    private BrokenStores() {
    }

    /** Ignores versions: every write wins (breaks S2). */
    static final class VersionBlind extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            List<Write<?, ?>> writes = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                writes.add(blind(write));
            }
            delegate.apply(new UnitOfWork(writes));
        }

        private <I, R> Write<I, R> blind(Write<I, R> write) {
            long actual = delegate.find(write.kind(), write.id()).map(Versioned::version).orElse(0L);
            return new Write<>(write.kind(), write.record(), actual);
        }
    }

    /** Loses every write of a unit but the first (breaks S3.1). */
    static final class WriteLosing extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            delegate.apply(UnitOfWork.of(unit.writes().get(0)));
        }
    }

    /** Applies a unit's writes one by one, so a failure halfway leaves the first half (breaks S3.2). */
    static final class Piecemeal extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            for (Write<?, ?> write : unit.writes()) {
                delegate.apply(UnitOfWork.of(write));
            }
        }
    }

    /** Applies what it can and silently drops conflicting writes (breaks S3.3). */
    static final class BestEffort extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            for (Write<?, ?> write : unit.writes()) {
                try {
                    delegate.apply(UnitOfWork.of(write));
                } catch (ConflictException dropped) {
                    // A best-effort store carries on with the rest of the unit.
                }
            }
        }
    }

    /** Writes records of some kinds ahead of the rest of their unit, as a log of their own. */
    abstract static class KindAhead extends ForwardingStore {
        private final Set<RecordKind<?, ?>> ahead;

        KindAhead(RecordKind<?, ?>... ahead) {
            this.ahead = Set.of(ahead);
        }

        @Override
        public void apply(UnitOfWork unit) {
            List<Write<?, ?>> rest = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                if (ahead.contains(write.kind())) {
                    delegate.apply(UnitOfWork.of(write));
                } else {
                    rest.add(write);
                }
            }
            if (!rest.isEmpty()) {
                delegate.apply(new UnitOfWork(rest));
            }
        }
    }

    /** Keeps the audit trail as a log written ahead of its unit (breaks S8.1). */
    static final class AuditAhead extends KindAhead {
        AuditAhead() {
            super(RecordKind.AUDIT_ENTRY);
        }
    }

    /** Keeps the transfer ledger as a log written ahead of its unit (breaks S9.1). */
    static final class LedgerAhead extends KindAhead {
        LedgerAhead() {
            super(RecordKind.TRANSFER);
        }
    }

    /** Saves a consent first, then its referrals' flags in a unit of their own (breaks S9.2). */
    static final class ConsentFirst extends KindAhead {
        ConsentFirst() {
            super(RecordKind.CONSENT);
        }
    }

    /** Returns each page in reverse order (breaks S4.2). */
    static final class Unordered extends ForwardingStore {
        @Override
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            Page<Versioned<R>> ordered = delegate.query(query, page);
            List<Versioned<R>> reversed = new ArrayList<>(ordered.items());
            java.util.Collections.reverse(reversed);
            return Page.of(reversed, ordered.nextCursor());
        }
    }

    /** Starts each following page with the last item of the page before (breaks S4.3). */
    static final class PageRepeating extends ForwardingStore {
        @Override
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            Page<Versioned<R>> real = delegate.query(query, page);
            if (page.after() == null || real.items().isEmpty()) {
                return real;
            }
            RecordKind<?, R> kind = query.kind();
            List<Versioned<R>> items = new ArrayList<>();
            findByKey(kind, page.after().token()).ifPresent(items::add);
            items.addAll(real.items().subList(0, Math.min(real.items().size(), page.size() - items.size())));
            return Page.of(items, real.nextCursor());
        }

        private <I, R> java.util.Optional<Versioned<R>> findByKey(RecordKind<I, R> kind, String key) {
            return delegate.find(kind, kind.parseId(key));
        }
    }

    /** Caches lookups and hands out the cache's own lists (breaks S5.1). */
    static final class LeakingInternals extends ForwardingStore {
        private final Map<String, List<?>> cache = new HashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
            return (List<Versioned<R>>) cache.computeIfAbsent(kind.name() + ids,
                    key -> new ArrayList<>(delegate.findAll(kind, ids)));
        }
    }

    /** A correct store that does not claim concurrent access: its concurrency rules are skipped. */
    static final class SingleThreaded extends ForwardingStore {
        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }
    }
}
