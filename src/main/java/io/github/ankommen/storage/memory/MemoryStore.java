package io.github.ankommen.storage.memory;

import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.storage.Aggregate;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.ChangeQuery;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.ConsentExpiryQuery;
import io.github.ankommen.storage.ConsultationQuery;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.IdleCaseQuery;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Tally;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.storage.Write;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default store: keeps every record in memory, for one JVM.
 *
 * <p>It is thread-safe and keeps every rule of the storage contract. Reads share a lock and a unit
 * of work takes it exclusively, so a unit is checked completely before anything is written, and no
 * reader ever sees part of one. Each query is answered from a secondary index where one fits: the
 * districts, languages, phase and status of contact points; the organisation, district, language
 * and category of offers; the contact point, state and client of cases, and their earliest open
 * deadline by contact point; the case of audit entries; the contact point of consultations; the
 * case, client, recipient, sending contact point, status, consent and response deadline of
 * referrals; the owner of histories, consents, transfer records and denied calls, and the contact
 * point of volunteers, accompaniments, appointments and interpreter requests. A query so touches
 * only the records that can match, and reads an index's ids in id order from the page's cursor on:
 * the ids of a date index (such as the cases due by a day) are merged from its days as the page
 * reads them, so that a first page reads about a page of ids. Memory per record is bounded: one
 * version of each record is kept, the records bound their own sizes, and an index holds only id
 * keys. The audit entries of a case, and the change records of a record, are kept together in the
 * order of their versions, as the references of their fields rather than as objects of their own;
 * a row at version 1 is the record alone, and a read makes its {@code Versioned}. The maps of rows
 * and index keys keep their slots in segments of at most 256 KiB per array, so that G1 does not
 * treat them as humongous however many records the store holds.
 *
 * <p>Nothing survives the JVM. An application with several instances, or with data that must
 * outlive a restart, uses a database-backed store.
 *
 * @since 0.1.0
 */
public final class MemoryStore implements Store {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryStore.class);

    private static final String DISTRICT = "district";
    private static final String LANGUAGE = "language";
    private static final String PHASE = "phase";
    private static final String STATUS = "status";
    private static final String ORGANISATION = "organisation";
    private static final String CATEGORY = "category";
    private static final String CONTACT_POINT = "contact_point";
    private static final String STATE = "state";
    private static final String CLIENT = "client";
    private static final String CASE = "case";
    private static final String DUE = "due";
    private static final String RECIPIENT = "recipient";
    private static final String REFERRAL_STATUS = "referral_status";
    private static final String CONSENT = "consent";
    private static final String RESPOND_BY = "respond_by";
    private static final String OWNER = "owner";
    private static final String VALID_UNTIL = "valid_until";
    private static final String SUBJECT = "subject";
    /** The one partition of range indexes that have no partitions. */
    private static final Object NONE = "all";

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<RecordKind<?, ?>, Table<?>> tables = new IdentityHashMap<>();

    /** Creates an empty store. */
    public MemoryStore() {
        tables.put(RecordKind.CONTACT_POINT, new IndexedTable<ContactPoint>()
                .indexEach(DISTRICT, cp -> cp.districts().stream().map(ServedDistrict::district).toList())
                .indexEach(LANGUAGE, ContactPoint::languages)
                .index(PHASE, ContactPoint::phase)
                .index(STATUS, ContactPoint::status));
        tables.put(RecordKind.OFFER, new IndexedTable<Offer>()
                .index(ORGANISATION, offer -> offer.organisation().id())
                .indexEach(DISTRICT, Offer::districts)
                .indexEach(LANGUAGE, Offer::languages)
                .index(CATEGORY, Offer::category));
        tables.put(RecordKind.CASE, new IndexedTable<Case>()
                .index(CONTACT_POINT, Case::contactPoint)
                .index(STATE, Case::state)
                .index(CLIENT, Case::client)
                .rangeIndex(DUE, Case::contactPoint, Case::earliestOpenDeadline));
        // A case's audit trail together: no key, hash slot, index entry or object per entry.
        tables.put(RecordKind.AUDIT_ENTRY, new GroupedTable<>(CASE, new LogLayouts.AuditTrail()));
        tables.put(RecordKind.CONSULTATION, new IndexedTable<Consultation>()
                .index(CONTACT_POINT, Consultation::contactPoint)
                .index(OWNER, Consultation::client));
        tables.put(RecordKind.REFERRAL, new IndexedTable<Referral>()
                .index(CASE, Referral::caseId)
                .index(CLIENT, Referral::client)
                .index(RECIPIENT, Referral::recipient)
                .index(CONTACT_POINT, Referral::contactPoint)
                .index(REFERRAL_STATUS, Referral::status)
                .index(CONSENT, r -> r.basis() == null ? null : r.basis().consent())
                .rangeIndex(RESPOND_BY, Referral::recipient, r -> Optional.ofNullable(r.respondBy())));
        tables.put(RecordKind.CONSENT, new IndexedTable<Consent>()
                .index(OWNER, Consent::client)
                .rangeIndex(VALID_UNTIL, c -> NONE, c -> Optional.ofNullable(c.validUntil())));
        // A record's change log together, as a case's audit trail, under its kind and then its key;
        // an actor's changes are found by walking the whole log (a coordinator's rare question), so
        // that a write updates no index.
        tables.put(RecordKind.CHANGE_RECORD, new GroupedTable<>(SUBJECT, new LogLayouts.ChangeLog()));
        for (RecordKind<?, ?> owned : List.of(RecordKind.REFERRAL_HISTORY, RecordKind.REFERRAL_CLOSED, RecordKind.TRANSFER,
                RecordKind.DENIED_ACCESS, RecordKind.VOLUNTEER, RecordKind.ACCOMPANIMENT, RecordKind.APPOINTMENT,
                RecordKind.INTERPRETER_REQUEST)) {
            tables.put(owned, ownedTable(owned));
        }
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            tables.computeIfAbsent(kind, k -> new IndexedTable<>());
        }
    }

    @Override
    public <I, R> Optional<Versioned<R>> find(RecordKind<I, R> kind, I id) {
        Objects.requireNonNull(kind, "kind must not be null");
        String key = kind.key(id);
        lock.readLock().lock();
        try {
            return Optional.ofNullable(table(kind).get(key));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public <R> Page<Versioned<R>> query(Query<R> query, PageRequest page) {
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(page, "page must not be null");
        RecordKind<?, R> kind = query.kind();
        lock.readLock().lock();
        try {
            Table<R> table = table(kind);
            OrderedKeys candidates = candidates(table, query);
            if (candidates == null) {
                candidates = table.ids();
            }
            Iterator<String> ids = candidates.after(page.after() == null ? null : page.after().key(kind));
            // Most calls on the hot path ask for a page that holds one or a few records.
            List<Versioned<R>> items = new ArrayList<>(Math.min(page.size(), 8));
            Predicate<R> matches = query::matches;
            String last = null;
            while (ids.hasNext()) {
                String id = ids.next();
                Versioned<R> row = table.getIf(id, matches);
                if (row != null) {
                    if (items.size() == page.size()) {
                        return Page.of(items, Cursor.of(last));
                    }
                    items.add(row);
                    last = id;
                }
            }
            return Page.of(items, null);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>This store counts under its read lock, from the most selective index that fits, and
     * otherwise over all rows in no particular order: a count needs no sorted key set, so counting
     * a whole table (as a check at start-up does) does not make every later insert keep one.
     */
    @Override
    public <R> long count(Query<R> query) {
        Objects.requireNonNull(query, "query must not be null");
        lock.readLock().lock();
        try {
            Table<R> table = table(query.kind());
            OrderedKeys candidates = candidates(table, query);
            if (candidates == null) {
                return table.count(query::matches);
            }
            long count = 0;
            for (Iterator<String> ids = candidates.after(null); ids.hasNext();) {
                if (query.matches(table.record(ids.next()))) {
                    count++;
                }
            }
            return count;
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void apply(UnitOfWork unit) {
        Objects.requireNonNull(unit, "unit must not be null");
        lock.writeLock().lock();
        try {
            List<Write<?, ?>> writes = unit.writes();
            for (int i = 0; i < writes.size(); i++) {
                Write<?, ?> write = writes.get(i);
                Table<?> table = table(write.kind());
                String key = keyFor(table, write);
                long actual = version(table, write, key);
                if (actual != write.expectedVersion()) {
                    throw new ConflictException(write.kind(), key != null ? key : write.key(), write.expectedVersion(),
                            actual);
                }
            }
            for (int i = 0; i < writes.size(); i++) {
                Write<?, ?> write = writes.get(i);
                Table<?> table = table(write.kind());
                put(table, write, keyFor(table, write));
            }
        } finally {
            lock.writeLock().unlock();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("applied a unit of {} writes", unit.writes().size());
        }
    }

    @Override
    public <I, R> List<Versioned<R>> findAll(RecordKind<I, R> kind, Collection<I> ids) {
        Objects.requireNonNull(kind, "kind must not be null");
        List<String> keys = ids.stream().map(kind::key).toList();
        lock.readLock().lock();
        try {
            Table<R> table = table(kind);
            List<Versioned<R>> found = new ArrayList<>(keys.size());
            for (String key : keys) {
                Versioned<R> row = table.get(key);
                if (row != null) {
                    found.add(row);
                }
            }
            return found;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>This store answers them all under its read lock: no unit of work is applied in between, so
     * the tallies come from one moment.
     */
    @Override
    public List<Tally> tallyAll(List<? extends Aggregate> aggregates) {
        lock.readLock().lock();
        try {
            return Store.super.tallyAll(aggregates);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static <R> Table<R> ownedTable(RecordKind<?, R> kind) {
        return new IndexedTable<R>().index(OWNER, record -> OwnedQuery.ownerOf(kind, record));
    }

    @SuppressWarnings("unchecked")
    private static <I, R> long version(Table<?> table, Write<I, R> write, String key) {
        return ((Table<R>) table).version(key, write.record());
    }

    /**
     * A write's id key, for a table that needs one; a table that finds rows from the record alone,
     * such as the audit trails, needs none. Most id keys are the id's own text, so asking twice (to
     * check, then to write) is cheaper than an array per unit to keep them; a composite key, such
     * as a history entry's, is built twice.
     */
    private static String keyFor(Table<?> table, Write<?, ?> write) {
        return table.needsKeys() ? write.key() : null;
    }

    @SuppressWarnings("unchecked")
    private static <I, R> void put(Table<?> table, Write<I, R> write, String key) {
        ((Table<R>) table).put(key, write.record(), write.newVersion());
    }

    /** The ids that may match, from the most selective index that fits; null if none fits. */
    private static <R> OrderedKeys candidates(Table<R> table, Query<R> query) {
        if (query instanceof ContactPointQuery q) {
            if (q.district() != null) {
                return table.ids(DISTRICT, q.district());
            }
            if (q.language() != null) {
                return table.ids(LANGUAGE, q.language());
            }
            if (q.phase() != null) {
                return table.ids(PHASE, q.phase());
            }
            if (q.status() != null) {
                return table.ids(STATUS, q.status());
            }
        } else if (query instanceof CaseQuery q) {
            if (q.client() != null) {
                return table.ids(CLIENT, q.client());
            }
            if (q.dueBy() != null) {
                // Only the due cases, of the contact point or of all, merged in id order from the
                // index's days as the page reads them.
                return table.idsUpTo(DUE, q.contactPoint(), q.dueBy());
            }
            if (q.contactPoint() != null) {
                return table.ids(CONTACT_POINT, q.contactPoint());
            }
            if (q.state() != null) {
                return table.ids(STATE, q.state());
            }
        } else if (query instanceof IdleCaseQuery q) {
            return table.ids(STATE, q.state());
        } else if (query instanceof ReferralQuery q) {
            return referralCandidates(table, q);
        } else if (query instanceof OwnedQuery<?> q && q.kind() == RecordKind.CHANGE_RECORD) {
            return table.ids();
        } else if (query instanceof OwnedQuery<?> q) {
            return table.ids(OWNER, q.owner());
        } else if (query instanceof ConsentExpiryQuery q) {
            return table.idsUpTo(VALID_UNTIL, NONE, q.endedBefore().minusDays(1));
        } else if (query instanceof AuditQuery q) {
            return table.ids(CASE, q.caseId());
        } else if (query instanceof ChangeQuery q) {
            return table.ids(SUBJECT, q.recordKind() + '/' + q.recordKey());
        } else if (query instanceof ConsultationQuery q) {
            if (q.contactPoint() != null) {
                return table.ids(CONTACT_POINT, q.contactPoint());
            }
        } else if (query instanceof OfferQuery q) {
            if (q.organisation() != null) {
                return table.ids(ORGANISATION, q.organisation());
            }
            if (q.district() != null) {
                return table.ids(DISTRICT, q.district());
            }
            if (q.language() != null) {
                return table.ids(LANGUAGE, q.language());
            }
            if (q.category() != null) {
                return table.ids(CATEGORY, q.category());
            }
        }
        return null;
    }

    private static <R> OrderedKeys referralCandidates(Table<R> table, ReferralQuery q) {
        if (q.caseId() != null) {
            return table.ids(CASE, q.caseId());
        }
        if (q.consent() != null) {
            return table.ids(CONSENT, q.consent());
        }
        if (q.client() != null) {
            return table.ids(CLIENT, q.client());
        }
        if (q.respondByBefore() != null) {
            return table.idsUpTo(RESPOND_BY, q.recipient(), q.respondByBefore().minusDays(1));
        }
        if (q.recipient() != null) {
            return table.ids(RECIPIENT, q.recipient());
        }
        if (q.contactPoint() != null) {
            return table.ids(CONTACT_POINT, q.contactPoint());
        }
        if (q.statuses().size() == 1) {
            return table.ids(REFERRAL_STATUS, q.statuses().iterator().next());
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private <R> Table<R> table(RecordKind<?, R> kind) {
        return (Table<R>) tables.get(kind);
    }
}
