package io.github.ankommen.tck;

import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.ConsultationQuery;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.StoreException;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Deliberately broken stores, each breaking one rule of the storage contract the way real stores do. */
final class BrokenStores {

    private BrokenStores() {
    }

    // S1

    /** Was written before denied calls were a kind: keeps them but never finds them (breaks S1.1). */
    static final class ForgetsNewestKind extends ForwardingStore {
        @Override
        public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            Optional<Versioned<R>> found = delegate.find(kind, id);
            return kind == RecordKind.DENIED_ACCESS ? Optional.empty() : found;
        }
    }

    /** Keeps text in columns of 100 characters: longer text comes back cut (breaks S1.2). */
    static final class ShortTextColumns extends ForwardingStore {
        @Override
        public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            return delegate.find(kind, id).map(v -> Versioned.of(kind.cast(cut(v.value())), v.version()));
        }

        private static Object cut(Object record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            try {
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    Object value = components[i].getAccessor().invoke(record);
                    values[i] = value instanceof String text && text.length() > 100 ? text.substring(0, 100).strip() : value;
                }
                Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
                return canonical.newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Looks offers up with {@code >=} instead of {@code =}: a missing id finds the next one (breaks S1.3). */
    static final class NeighbourOnMiss extends ForwardingStore {
        @Override
        public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            Optional<Versioned<R>> found = delegate.find(kind, id);
            if (found.isPresent() || kind != RecordKind.OFFER) {
                return found;
            }
            Page<Versioned<io.github.ankommen.network.Offer>> next = delegate.query(OfferQuery.all(),
                    PageRequest.after(Cursor.of(kind.key(id)), 1));
            return next.items().stream().findFirst().map(v -> Versioned.of(kind.cast(v.value()), v.version()));
        }
    }

    /** Skips an update that changes nothing, as dirty checking does, so its version stays (breaks S1.4). */
    static final class SkipsUnchangedUpdates extends ForwardingStore {
        @Override
        public synchronized void apply(UnitOfWork unit) {
            List<Write<?, ?>> writes = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                if (!unchanged(write)) {
                    writes.add(write);
                }
            }
            if (!writes.isEmpty()) {
                delegate.apply(new UnitOfWork(writes));
            }
        }

        private <I, R> boolean unchanged(Write<I, R> write) {
            Optional<Versioned<R>> stored = delegate.find(write.kind(), write.id());
            return !write.isInsert() && stored.isPresent() && stored.get().version() == write.expectedVersion()
                    && stored.get().value().equals(write.record());
        }
    }

    // S2

    /** A single update wins whatever version it expects (breaks S2.1). */
    static final class LastWriteWins extends ForwardingStore {
        @Override
        public synchronized void apply(UnitOfWork unit) {
            Write<?, ?> only = unit.writes().get(0);
            if (unit.writes().size() == 1 && !only.isInsert()) {
                delegate.apply(UnitOfWork.of(withActual(only)));
            } else {
                delegate.apply(unit);
            }
        }

        private <I, R> Write<I, R> withActual(Write<I, R> write) {
            long actual = delegate.find(write.kind(), write.id()).map(Versioned::version).orElse(write.expectedVersion());
            return new Write<>(write.kind(), write.record(), actual);
        }
    }

    /** An insert of an existing id overwrites it, as an upsert does (breaks S2.2). */
    static final class InsertOverwrites extends ForwardingStore {
        @Override
        public synchronized void apply(UnitOfWork unit) {
            Write<?, ?> only = unit.writes().get(0);
            if (unit.writes().size() == 1 && only.isInsert()) {
                delegate.apply(UnitOfWork.of(upsert(only)));
            } else {
                delegate.apply(unit);
            }
        }

        private <I, R> Write<I, R> upsert(Write<I, R> write) {
            long actual = stored(write);
            return new Write<>(write.kind(), write.record(), actual);
        }
    }

    /** An update of a missing record inserts it, as an upsert does (breaks S2.3). */
    static final class UpdateCreates extends ForwardingStore {
        @Override
        public synchronized void apply(UnitOfWork unit) {
            Write<?, ?> only = unit.writes().get(0);
            if (unit.writes().size() == 1 && !only.isInsert() && stored(only) == 0) {
                delegate.apply(UnitOfWork.of(asInsert(only)));
            } else {
                delegate.apply(unit);
            }
        }

        private static <I, R> Write<I, R> asInsert(Write<I, R> write) {
            return new Write<>(write.kind(), write.record(), 0);
        }
    }

    // S3

    /**
     * Prepares statements for at most 8 kinds per transaction and silently drops the writes of any
     * further kind (breaks S3.1).
     */
    static final class WriteLosing extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            Set<RecordKind<?, ?>> kinds = new LinkedHashSet<>();
            List<Write<?, ?>> kept = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                if (kinds.contains(write.kind()) || kinds.size() < 8) {
                    kinds.add(write.kind());
                    kept.add(write);
                }
            }
            delegate.apply(new UnitOfWork(kept));
        }
    }

    /** Applies a unit's writes one by one and stops at the first that fails, keeping the ones before (breaks S3.2). */
    static final class Piecemeal extends ForwardingStore {
        @Override
        public synchronized <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            return delegate.find(kind, id);
        }

        @Override
        public synchronized <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            return delegate.query(query, page);
        }

        @Override
        public synchronized void apply(UnitOfWork unit) {
            for (Write<?, ?> write : unit.writes()) {
                delegate.apply(UnitOfWork.of(write));
            }
        }
    }

    /** Skips a unit's first write when it inserts an id that exists, and applies the rest (breaks S3.3). */
    static final class SkipsFailedFirstWrite extends ForwardingStore {
        @Override
        public synchronized void apply(UnitOfWork unit) {
            Write<?, ?> first = unit.writes().get(0);
            if (unit.writes().size() > 1 && first.isInsert() && stored(first) != 0) {
                delegate.apply(new UnitOfWork(unit.writes().subList(1, unit.writes().size())));
            } else {
                delegate.apply(unit);
            }
        }
    }

    /**
     * Checks a whole unit, then writes it row by row, while readers do not wait for the writer: they
     * see the rows written so far (breaks S3.4).
     */
    static final class UnlockedReads extends ForwardingStore {
        @Override
        public synchronized void apply(UnitOfWork unit) {
            for (Write<?, ?> write : unit.writes()) {
                long actual = stored(write);
                if (actual != write.expectedVersion()) {
                    throw new ConflictException(write.kind(), write.key(), write.expectedVersion(), actual);
                }
            }
            for (Write<?, ?> write : unit.writes()) {
                delegate.apply(UnitOfWork.of(write));
                pause();
            }
        }
    }

    /**
     * A store with a backend that the TCK can make fail: each write of a unit is one step of the
     * backend, staged first and committed together. This one is correct: a failing step throws
     * {@link StoreException} and nothing is committed.
     */
    static class FaultyBackend extends ForwardingStore implements BackendFaults {
        private int armedAt;
        private int steps;
        private Throwable fired;

        @Override
        public synchronized void failAtWrite(int write) {
            armedAt = write;
            steps = 0;
            fired = null;
        }

        @Override
        public synchronized Throwable disarm() {
            armedAt = 0;
            return fired;
        }

        @Override
        public synchronized void apply(UnitOfWork unit) {
            Objects.requireNonNull(unit, "unit must not be null");
            List<Write<?, ?>> staged = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                try {
                    step();
                } catch (UncheckedIOException backend) {
                    failed(staged, backend);
                }
                staged.add(write);
            }
            delegate.apply(new UnitOfWork(staged));
        }

        /** What the store does when a step of the backend fails. */
        void failed(List<Write<?, ?>> staged, UncheckedIOException backend) {
            throw new StoreException("the backend failed", backend);
        }

        private void step() {
            if (armedAt > 0 && ++steps == armedAt) {
                fired = new UncheckedIOException(new IOException("disk full (injected)"));
                throw (UncheckedIOException) fired;
            }
        }
    }

    /** Lets the backend's own exception escape (breaks S3.5). */
    static final class LeaksBackendException extends FaultyBackend {
        @Override
        void failed(List<Write<?, ?>> staged, UncheckedIOException backend) {
            throw backend;
        }
    }

    // S4

    /** Reads a consultation query's end date as exclusive: the last day drops out (breaks S4.1). */
    static final class ExclusiveEndDate extends ForwardingStore {
        @Override
        @SuppressWarnings("unchecked")
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            if (query instanceof ConsultationQuery q && q.to() != null) {
                if (q.from() != null && q.to().minusDays(1).isBefore(q.from())) {
                    return Page.of(List.of(), null);
                }
                return (Page<Versioned<R>>) (Page<?>) delegate.query(
                        new ConsultationQuery(q.contactPoint(), q.from(), q.to().minusDays(1)), page);
            }
            return delegate.query(query, page);
        }
    }

    /** Orders by a German collation instead of the binary order of the keys (breaks S4.2). */
    static final class Collating extends ForwardingStore {
        private static final Comparator<String> ORDER = Comparator.<String, String>comparing(k -> k,
                Collator.getInstance(Locale.GERMAN)).thenComparing(Comparator.naturalOrder());

        @Override
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            Objects.requireNonNull(page, "page must not be null");
            RecordKind<?, R> kind = query.kind();
            List<Versioned<R>> all = new ArrayList<>(delegate.stream(query, PageRequest.MAX_SIZE).toList());
            all.sort(Comparator.comparing(v -> kind.keyOf(v.value()), ORDER));
            int from = 0;
            if (page.after() != null) {
                String after = page.after().token();
                while (from < all.size() && ORDER.compare(kind.keyOf(all.get(from).value()), after) <= 0) {
                    from++;
                }
            }
            int to = Math.min(all.size(), from + page.size());
            List<Versioned<R>> items = all.subList(from, to);
            return Page.of(items, to < all.size() ? Cursor.of(kind.keyOf(items.get(items.size() - 1).value())) : null);
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

        private <I, R> Optional<Versioned<R>> findByKey(RecordKind<I, R> kind, String key) {
            return delegate.find(kind, kind.parseId(key));
        }
    }

    /** Pages by offset: a cursor counts the records seen, so inserts before it repeat them (breaks S4.4). */
    static final class OffsetPaging extends ForwardingStore {
        @Override
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            Objects.requireNonNull(page, "page must not be null");
            List<Versioned<R>> all = delegate.stream(query, PageRequest.MAX_SIZE).toList();
            int from = page.after() == null ? 0 : Integer.parseInt(page.after().token().substring("offset:".length()));
            int to = Math.min(all.size(), from + page.size());
            return Page.of(all.subList(Math.min(from, to), to), to < all.size() ? Cursor.of("offset:" + to) : null);
        }
    }

    /** Reads "the largest page" as "no limit" (breaks S4.5). */
    static final class UnlimitedAtMaximum extends ForwardingStore {
        @Override
        public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
            if (page.size() == PageRequest.MAX_SIZE && page.after() == null) {
                return Page.of(delegate.stream(query, PageRequest.MAX_SIZE).toList(), null);
            }
            return delegate.query(query, page);
        }
    }

    // S5

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

    // S6

    /** Checks versions, then writes blindly, holding nothing in between: a race loses updates (breaks S6.1). */
    static final class CheckThenWrite extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            for (Write<?, ?> write : unit.writes()) {
                long actual = stored(write);
                if (actual != write.expectedVersion()) {
                    throw new ConflictException(write.kind(), write.key(), write.expectedVersion(), actual);
                }
            }
            pause();
            List<Write<?, ?>> blind = new ArrayList<>();
            for (Write<?, ?> write : unit.writes()) {
                blind.add(current(write));
            }
            delegate.apply(new UnitOfWork(blind));
        }

        private <I, R> Write<I, R> current(Write<I, R> write) {
            return new Write<>(write.kind(), write.record(), stored(write));
        }
    }

    /**
     * Checks a unit, then applies its writes one by one, each checked again: when another unit
     * comes between, the first writes stay and the rest conflict (breaks S6.2).
     */
    static final class RowByRow extends ForwardingStore {
        @Override
        public void apply(UnitOfWork unit) {
            for (Write<?, ?> write : unit.writes()) {
                long actual = stored(write);
                if (actual != write.expectedVersion()) {
                    throw new ConflictException(write.kind(), write.key(), write.expectedVersion(), actual);
                }
            }
            for (Write<?, ?> write : unit.writes()) {
                delegate.apply(UnitOfWork.of(write));
                pause();
            }
        }
    }

    /** Caches what find returned and never notices other writers: finds stay stale. */
    static final class StaleReads extends ForwardingStore {
        private final Map<String, Versioned<?>> cache = new ConcurrentHashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            Objects.requireNonNull(id, "id must not be null");
            String key = kind.name() + "/" + kind.key(id);
            Versioned<?> cached = cache.get(key);
            if (cached != null) {
                return Optional.of((Versioned<R>) cached);
            }
            Optional<Versioned<R>> found = delegate.find(kind, id);
            found.ifPresent(v -> cache.put(key, v));
            return found;
        }
    }

    // S7

    /** Answers a null id with "not found" instead of refusing it (breaks S7.1). */
    static final class Lenient extends ForwardingStore {
        @Override
        public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
            return id == null ? Optional.empty() : delegate.find(kind, id);
        }
    }

    // S8, S9

    /** Writes records of some kinds ahead of the rest of their unit, as a log of their own. */
    abstract static class KindAhead extends ForwardingStore {
        private final Set<RecordKind<?, ?>> ahead;

        KindAhead(RecordKind<?, ?>... ahead) {
            this.ahead = Set.of(ahead);
        }

        @Override
        public synchronized void apply(UnitOfWork unit) {
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

    // S10

    /** Overrides get and throws its own exception for a missing record (breaks S10.1). */
    static final class GetThrowsItsOwn extends ForwardingStore {
        @Override
        public <I, R> Versioned<R> get(RecordKind<I, R> kind, I id) {
            return delegate.find(kind, id).orElseThrow(() -> new IllegalStateException("no such record"));
        }
    }

    /** Overrides findAll with a set lookup that drops repeated ids (breaks S10.2). */
    static final class FindAllDistinct extends ForwardingStore {
        @Override
        public <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
            return delegate.findAll(kind, new ArrayList<>(new LinkedHashSet<>(ids)));
        }
    }

    /** Overrides stream, newest first (breaks S10.3). */
    static final class StreamNewestFirst extends ForwardingStore {
        @Override
        public <R> Stream<Versioned<R>> stream(Query<R> query, int pageSize) {
            List<Versioned<R>> all = new ArrayList<>(delegate.stream(query, pageSize).toList());
            Collections.reverse(all);
            return all.stream();
        }
    }

    /** Overrides count and counts the whole table, ignoring the filters (breaks S10.4). */
    static final class CountIgnoresFilters extends ForwardingStore {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <R> long count(Query<R> query) {
            Query<?> everything = query.kind() == RecordKind.OFFER ? OfferQuery.all() : query;
            return delegate.count((Query) everything);
        }
    }

    /** A correct store that does not claim concurrent access: its concurrency rules are skipped. */
    static final class SingleThreaded extends ForwardingStore {
        @Override
        public Set<Capability> capabilities() {
            return Set.of();
        }
    }

    /** Widens the window in which a race shows. */
    static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
