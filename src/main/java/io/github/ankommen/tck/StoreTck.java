package io.github.ankommen.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.Offer;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralHistoryId;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The technology compatibility kit of the storage SPI: one JUnit test per rule of
 * {@code docs/storage-contract.md}.
 *
 * <p>An integrator extends this class and supplies a fresh, empty store:
 *
 * <pre>{@code
 * class MyStoreTest extends StoreTck {
 *     @Override
 *     protected Store newStore() {
 *         return new MyStore(freshDataSource());
 *     }
 * }
 * }</pre>
 *
 * <p>Each test's display name starts with the rule it checks ("S2.1 …"). A rule whose
 * {@link Capability} the store does not claim is skipped and reported as skipped, never passed. The
 * test data comes from {@link Samples} with the seed {@link #seed()}; a failure names the seed so the
 * run can be replayed.
 *
 * @since 0.1.0
 */
public abstract class StoreTck {

    /** How many threads the concurrency rules use. */
    protected static final int THREADS = 8;

    /** How many successful updates each concurrency rule waits for, in all threads together. */
    protected static final int CONTENDED_UPDATES = 400;

    private final List<Object> inserted = new ArrayList<>();
    private Store store;
    private Samples samples;

    /**
     * Creates the kit; subclasses need a no-argument constructor for JUnit.
     */
    protected StoreTck() {
    }

    /**
     * Supplies a fresh, empty store for one test.
     *
     * @return a new store that holds no records
     */
    protected abstract Store newStore();

    /**
     * The seed of the sample data; override to replay a failed run.
     *
     * @return the seed
     */
    protected long seed() {
        return 20160601L;
    }

    /** Prepares a fresh store and sample source for each test. */
    @BeforeEach
    void setUpStore() {
        inserted.clear();
        store = newStore();
        samples = Samples.seeded(seed());
    }

    // S1: records and versions

    @Test
    @DisplayName("S1.1 an inserted record is found by its id, equal, with version 1")
    void s1_1() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            roundTrip(kind);
        }
    }

    @Test
    @DisplayName("S1.2 round-trip keeps empty collections, maximum lengths and non-ASCII text")
    void s1_2() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            for (Object extreme : samples.extremes(kind)) {
                roundTripAny(kind, extreme);
            }
        }
    }

    @Test
    @DisplayName("S1.3 finding an unknown id returns empty")
    void s1_3() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            assertUnknown(kind);
        }
    }

    @Test
    @DisplayName("S1.4 an update with the current version stores the new record with version + 1")
    void s1_4() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            updateTwice(kind);
        }
    }

    // S2: optimistic concurrency

    @Test
    @DisplayName("S2.1 an update with a stale version throws a conflict and changes nothing")
    void s2_1() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            staleUpdate(kind);
        }
    }

    @Test
    @DisplayName("S2.2 inserting an existing id throws a conflict and changes nothing")
    void s2_2() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            duplicateInsert(kind);
        }
    }

    @Test
    @DisplayName("S2.3 updating a record that does not exist throws a conflict and creates nothing")
    void s2_3() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            updateMissing(kind);
        }
    }

    // S3: units of work

    @Test
    @DisplayName("S3.1 every write of a unit becomes visible, across kinds")
    void s3_1() {
        ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
        Offer first = samples.next(RecordKind.OFFER);
        Offer second = samples.next(RecordKind.OFFER);
        store.apply(UnitOfWork.builder()
                .insert(RecordKind.CONTACT_POINT, contactPoint)
                .insert(RecordKind.OFFER, first)
                .insert(RecordKind.OFFER, second)
                .build());
        assertEquals(Optional.of(Versioned.of(contactPoint, 1)), store.find(RecordKind.CONTACT_POINT, contactPoint.id()));
        assertEquals(Optional.of(Versioned.of(first, 1)), store.find(RecordKind.OFFER, first.id()));
        assertEquals(Optional.of(Versioned.of(second, 1)), store.find(RecordKind.OFFER, second.id()));
    }

    @Test
    @DisplayName("S3.2 a unit failing halfway leaves none of its writes visible")
    void s3_2() {
        Offer stored = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, stored);
        Offer other = samples.next(RecordKind.OFFER);
        ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
        // The first two writes are fine; the third expects a version the store does not hold.
        UnitOfWork unit = UnitOfWork.builder()
                .insert(RecordKind.CONTACT_POINT, contactPoint)
                .insert(RecordKind.OFFER, other)
                .update(RecordKind.OFFER, samples.changed(RecordKind.OFFER, stored), 7)
                .build();
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.apply(unit));
        assertEquals(7, conflict.expectedVersion());
        assertEquals(1, conflict.actualVersion());
        assertEquals(Optional.empty(), store.find(RecordKind.CONTACT_POINT, contactPoint.id()));
        assertEquals(Optional.empty(), store.find(RecordKind.OFFER, other.id()));
        assertEquals(Optional.of(Versioned.of(stored, 1)), store.find(RecordKind.OFFER, stored.id()));
    }

    @Test
    @DisplayName("S3.3 a unit whose first write conflicts leaves none of its later writes visible")
    void s3_3() {
        Offer stored = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, stored);
        ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
        UnitOfWork unit = UnitOfWork.builder()
                .insert(RecordKind.OFFER, samples.changed(RecordKind.OFFER, stored))
                .insert(RecordKind.CONTACT_POINT, contactPoint)
                .build();
        assertThrows(ConflictException.class, () -> store.apply(unit));
        assertEquals(Optional.empty(), store.find(RecordKind.CONTACT_POINT, contactPoint.id()));
        assertEquals(Optional.of(Versioned.of(stored, 1)), store.find(RecordKind.OFFER, stored.id()));
    }

    // S4: queries and paging

    @Test
    @DisplayName("S4.1 a query returns exactly the records it matches")
    void s4_1() {
        fill(40);
        for (Query<?> query : samples.queries()) {
            assertQuery(query);
        }
    }

    @Test
    @DisplayName("S4.2 results are ordered by ascending id key")
    void s4_2() {
        fill(40);
        for (Query<?> query : samples.queries()) {
            assertOrdered(query);
        }
    }

    @Test
    @DisplayName("S4.3 pages hold at most their size, and following the cursors yields each result once")
    void s4_3() {
        fill(40);
        for (Query<?> query : samples.queries()) {
            for (int size : new int[] {1, 2, 3, 7, PageRequest.MAX_SIZE}) {
                assertPaging(query, size);
            }
        }
    }

    @Test
    @DisplayName("S4.4 paging while others write never repeats a record and never skips one that existed throughout")
    void s4_4() {
        List<ContactPoint> existing = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
            store.insert(RecordKind.CONTACT_POINT, contactPoint);
            existing.add(contactPoint);
        }
        Query<ContactPoint> all = ContactPointQuery.all();
        List<String> seen = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(4));
        int round = 0;
        while (next.isPresent()) {
            Page<Versioned<ContactPoint>> page = store.query(all, next.get());
            page.items().forEach(v -> seen.add(RecordKind.CONTACT_POINT.keyOf(v.value())));
            // Between pages, others insert new records and update existing ones.
            store.insert(RecordKind.CONTACT_POINT, samples.next(RecordKind.CONTACT_POINT));
            ContactPoint victim = existing.get(round++ % existing.size());
            Versioned<ContactPoint> current = store.find(RecordKind.CONTACT_POINT, victim.id()).orElseThrow();
            store.update(RecordKind.CONTACT_POINT, samples.changed(RecordKind.CONTACT_POINT, current.value()),
                    current.version());
            next = page.next(4);
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "a record was repeated: " + seen);
        for (ContactPoint contactPoint : existing) {
            assertTrue(seen.contains(RecordKind.CONTACT_POINT.keyOf(contactPoint)),
                    "skipped " + contactPoint.id() + " although it existed throughout");
        }
    }

    // S5: returned data is detached

    @Test
    @DisplayName("S5.1 changing a list the store returned never changes what the store holds")
    void s5_1() {
        Offer offer = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, offer);
        List<Versioned<Offer>> found = store.findAll(RecordKind.OFFER, List.of(offer.id()));
        assertEquals(List.of(Versioned.of(offer, 1)), found);
        try {
            found.clear();
        } catch (UnsupportedOperationException expected) {
            // An unmodifiable list is detached too.
        }
        assertEquals(List.of(Versioned.of(offer, 1)), store.findAll(RecordKind.OFFER, List.of(offer.id())));
        Page<Versioned<Offer>> page = store.query(OfferQuery.all(), PageRequest.first(10));
        assertThrows(UnsupportedOperationException.class, () -> page.items().clear());
        assertEquals(1, store.query(OfferQuery.all(), PageRequest.first(10)).items().size());
    }

    // S6: concurrency

    @Test
    @DisplayName("S6.1 contended updates from 8 threads lose no update")
    void s6_1() throws Exception {
        requires(Capability.CONCURRENT_ACCESS);
        Offer offer = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, offer);
        Map<Long, Offer> written = new ConcurrentHashMap<>();
        written.put(1L, offer);
        AtomicInteger successes = new AtomicInteger();
        runContended(thread -> {
            Samples mine = Samples.seeded(seed() * 31 + thread);
            while (successes.get() < CONTENDED_UPDATES) {
                Versioned<Offer> read = store.find(RecordKind.OFFER, offer.id()).orElseThrow();
                Offer changed = mine.changed(RecordKind.OFFER, read.value());
                try {
                    store.update(RecordKind.OFFER, changed, read.version());
                    successes.incrementAndGet();
                    if (written.put(read.version() + 1, changed) != null) {
                        fail("two updates were both accepted for version " + (read.version() + 1));
                    }
                } catch (ConflictException expected) {
                    // Someone else wrote first: read again.
                }
            }
        });
        Versioned<Offer> last = store.find(RecordKind.OFFER, offer.id()).orElseThrow();
        assertEquals(1 + successes.get(), last.version(), "versions do not count the accepted updates");
        assertEquals(written.get(last.version()), last.value(), "the stored record is not the last one written");
    }

    @Test
    @DisplayName("S6.2 concurrent units that each update two records never tear")
    void s6_2() throws Exception {
        requires(Capability.CONCURRENT_ACCESS);
        Offer a = samples.next(RecordKind.OFFER);
        Offer b = samples.next(RecordKind.OFFER);
        store.apply(UnitOfWork.builder().insert(RecordKind.OFFER, a).insert(RecordKind.OFFER, b).build());
        AtomicInteger successes = new AtomicInteger();
        runContended(thread -> {
            Samples mine = Samples.seeded(seed() * 17 + thread);
            while (successes.get() < CONTENDED_UPDATES) {
                Versioned<Offer> readA = store.find(RecordKind.OFFER, a.id()).orElseThrow();
                Versioned<Offer> readB = store.find(RecordKind.OFFER, b.id()).orElseThrow();
                try {
                    store.apply(UnitOfWork.builder()
                            .update(RecordKind.OFFER, mine.changed(RecordKind.OFFER, readA.value()), readA.version())
                            .update(RecordKind.OFFER, mine.changed(RecordKind.OFFER, readB.value()), readB.version())
                            .build());
                    successes.incrementAndGet();
                } catch (ConflictException expected) {
                    // Someone else wrote first, or we read between two of their units: read again.
                }
            }
        });
        long versionA = store.find(RecordKind.OFFER, a.id()).orElseThrow().version();
        long versionB = store.find(RecordKind.OFFER, b.id()).orElseThrow().version();
        assertEquals(1 + successes.get(), versionA, "versions of the first record do not count the units");
        assertEquals(versionA, versionB, "a unit was torn: its two records have different versions");
    }

    // S8: case work

    @Test
    @DisplayName("S8.1 a case change and its audit entry become visible together or not at all")
    void s8_1() {
        Case opened = samples.next(RecordKind.CASE);
        AuditEntry first = auditEntry(opened, 1);
        store.apply(UnitOfWork.builder().insert(RecordKind.CASE, opened).insert(RecordKind.AUDIT_ENTRY, first).build());
        Case changed = samples.changed(RecordKind.CASE, opened);
        AuditEntry second = auditEntry(opened, 2);
        store.apply(UnitOfWork.builder().update(RecordKind.CASE, changed, 1).insert(RecordKind.AUDIT_ENTRY, second).build());
        assertEquals(List.of(first, second), auditTrail(opened));
        // A stale transition: the audit entry must not appear without its case change.
        AuditEntry refused = auditEntry(opened, 3);
        UnitOfWork stale = UnitOfWork.builder()
                .insert(RecordKind.AUDIT_ENTRY, refused)
                .update(RecordKind.CASE, samples.changed(RecordKind.CASE, changed), 1)
                .build();
        assertThrows(ConflictException.class, () -> store.apply(stale));
        assertEquals(List.of(first, second), auditTrail(opened));
        assertEquals(Optional.of(Versioned.of(changed, 2)), store.find(RecordKind.CASE, opened.id()));
    }

    // S9: referrals and consent

    @Test
    @DisplayName("S9.1 a referral change, its history entry and its transfer record become visible together or not at all")
    void s9_1() {
        Referral referral = samples.next(RecordKind.REFERRAL);
        store.insert(RecordKind.REFERRAL, referral);
        Referral changed = samples.changed(RecordKind.REFERRAL, referral);
        ReferralHistoryEntry entry = historyEntry(referral.id(), 2);
        TransferRecord transfer = samples.next(RecordKind.TRANSFER);
        UnitOfWork stale = UnitOfWork.builder()
                .insert(RecordKind.TRANSFER, transfer)
                .insert(RecordKind.REFERRAL_HISTORY, entry)
                .update(RecordKind.REFERRAL, changed, 2)
                .build();
        assertThrows(ConflictException.class, () -> store.apply(stale));
        assertEquals(Optional.empty(), store.find(RecordKind.TRANSFER, transfer.id()));
        assertEquals(Optional.empty(), store.find(RecordKind.REFERRAL_HISTORY, ReferralHistoryId.of(entry)));
        assertEquals(Optional.of(Versioned.of(referral, 1)), store.find(RecordKind.REFERRAL, referral.id()));
        store.apply(UnitOfWork.builder()
                .insert(RecordKind.TRANSFER, transfer)
                .insert(RecordKind.REFERRAL_HISTORY, entry)
                .update(RecordKind.REFERRAL, changed, 1)
                .build());
        assertEquals(Optional.of(Versioned.of(transfer, 1)), store.find(RecordKind.TRANSFER, transfer.id()));
        assertEquals(Optional.of(Versioned.of(changed, 2)), store.find(RecordKind.REFERRAL, referral.id()));
    }

    @Test
    @DisplayName("S9.2 a consent's withdrawal and the flags on its dependent referrals become visible together or not at all")
    void s9_2() {
        Consent consent = samples.next(RecordKind.CONSENT);
        List<Referral> dependent = new ArrayList<>();
        UnitOfWork.Builder setUp = UnitOfWork.builder().insert(RecordKind.CONSENT, consent);
        for (int i = 0; i < 3; i++) {
            Referral referral = samples.next(RecordKind.REFERRAL);
            dependent.add(referral);
            setUp.insert(RecordKind.REFERRAL, referral);
        }
        store.apply(setUp.build());
        Consent withdrawn = samples.changed(RecordKind.CONSENT, consent);
        UnitOfWork.Builder withdrawal = UnitOfWork.builder().update(RecordKind.CONSENT, withdrawn, 1);
        for (int i = 0; i < dependent.size(); i++) {
            Referral flagged = samples.changed(RecordKind.REFERRAL, dependent.get(i));
            // The last referral was changed by someone else in the meantime: its flag must fail the unit.
            withdrawal.update(RecordKind.REFERRAL, flagged, i == dependent.size() - 1 ? 2 : 1);
            withdrawal.insert(RecordKind.REFERRAL_HISTORY, historyEntry(flagged.id(), 2));
        }
        assertThrows(ConflictException.class, () -> store.apply(withdrawal.build()));
        assertEquals(Optional.of(Versioned.of(consent, 1)), store.find(RecordKind.CONSENT, consent.id()));
        for (Referral referral : dependent) {
            assertEquals(Optional.of(Versioned.of(referral, 1)), store.find(RecordKind.REFERRAL, referral.id()));
            assertEquals(List.of(), store.query(OwnedQuery.history(referral.id()), PageRequest.first(10)).items());
        }
    }

    // S7: arguments

    @Test
    @DisplayName("S7.1 null arguments are refused with a NullPointerException")
    void s7_1() {
        assertThrows(NullPointerException.class, () -> store.find(RecordKind.OFFER, null));
        assertThrows(NullPointerException.class, () -> store.find(null, null));
        assertThrows(NullPointerException.class, () -> store.query(null, PageRequest.first(1)));
        assertThrows(NullPointerException.class, () -> store.query(OfferQuery.all(), null));
        assertThrows(NullPointerException.class, () -> store.apply(null));
    }

    // helpers

    /**
     * Skips the calling test unless the store claims a capability.
     *
     * @param capability the capability the rule needs
     */
    protected final void requires(Capability capability) {
        Assumptions.assumeTrue(store.capabilities().contains(capability),
                () -> "the store does not claim " + capability);
    }

    /**
     * The store under test in the current test.
     *
     * @return the store
     */
    protected final Store store() {
        return store;
    }

    private static ReferralHistoryEntry historyEntry(ReferralId referral, long version) {
        return new ReferralHistoryEntry(referral, version, ActorId.of("tck"), Role.CASEWORKER, null,
                Instant.parse("2018-06-04T08:00:00Z"), ReferralStatus.REQUESTED, ReferralStatus.REQUESTED,
                ReferralAction.FLAG, null, null);
    }

    private static AuditEntry auditEntry(Case c, long version) {
        return new AuditEntry(c.id(), version, ActorId.of("tck"), Role.CASEWORKER,
                c.createdAt().plusSeconds(version), c.state(), c.state(), "tck_change", null);
    }

    private List<AuditEntry> auditTrail(Case c) {
        List<AuditEntry> trail = new ArrayList<>();
        store.query(AuditQuery.of(c.id()), PageRequest.first(PageRequest.MAX_SIZE)).items().forEach(v -> trail.add(v.value()));
        return trail;
    }

    private void fill(int perKind) {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            for (int i = 0; i < perKind; i++) {
                Object record = samples.next(kind);
                insertAny(kind, record);
                inserted.add(record);
            }
        }
    }

    private <I, R> void insertAny(RecordKind<I, R> kind, Object record) {
        store.insert(kind, kind.cast(record));
    }

    private <I, R> void roundTrip(RecordKind<I, R> kind) {
        roundTripAny(kind, samples.next(kind));
    }

    private <I, R> void roundTripAny(RecordKind<I, R> kind, Object extreme) {
        R record = kind.cast(extreme);
        Versioned<R> inserted = store.insert(kind, record);
        assertEquals(Versioned.of(record, 1), inserted);
        assertEquals(Optional.of(Versioned.of(record, 1)), store.find(kind, kind.idOf(record)), kind + " " + seedNote());
    }

    private <I, R> void assertUnknown(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        assertEquals(Optional.empty(), store.find(kind, kind.idOf(record)), kind.name());
    }

    private <I, R> void updateTwice(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        store.insert(kind, record);
        R second = samples.changed(kind, record);
        assertEquals(Versioned.of(second, 2), store.update(kind, second, 1));
        assertEquals(Optional.of(Versioned.of(second, 2)), store.find(kind, kind.idOf(record)), kind.name());
        R third = samples.changed(kind, second);
        store.update(kind, third, 2);
        assertEquals(Optional.of(Versioned.of(third, 3)), store.find(kind, kind.idOf(record)), kind.name());
    }

    private <I, R> void staleUpdate(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        store.insert(kind, record);
        R second = samples.changed(kind, record);
        store.update(kind, second, 1);
        R late = samples.changed(kind, record);
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.update(kind, late, 1),
                kind.name());
        assertEquals(kind, conflict.kind());
        assertEquals(kind.keyOf(record), conflict.key());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(Optional.of(Versioned.of(second, 2)), store.find(kind, kind.idOf(record)), kind.name());
    }

    private <I, R> void duplicateInsert(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        store.insert(kind, record);
        R twin = samples.changed(kind, record);
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.insert(kind, twin), kind.name());
        assertEquals(0, conflict.expectedVersion());
        assertEquals(1, conflict.actualVersion());
        assertEquals(Optional.of(Versioned.of(record, 1)), store.find(kind, kind.idOf(record)), kind.name());
    }

    private <I, R> void updateMissing(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.update(kind, record, 1),
                kind.name());
        assertEquals(1, conflict.expectedVersion());
        assertEquals(0, conflict.actualVersion());
        assertEquals(Optional.empty(), store.find(kind, kind.idOf(record)), kind.name());
    }

    private <R> List<Versioned<R>> allPages(Query<R> query, int size) {
        List<Versioned<R>> all = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(size));
        int pages = 0;
        while (next.isPresent()) {
            Page<Versioned<R>> page = store.query(query, next.get());
            assertTrue(page.items().size() <= size, "a page of size " + size + " held " + page.items().size());
            all.addAll(page.items());
            next = page.next(size);
            if (++pages > 10_000) {
                fail("paging does not end for " + query);
            }
        }
        return all;
    }

    private <R> void assertQuery(Query<R> query) {
        List<String> expected = reference(query);
        List<String> actual = keys(query.kind(), allPages(query, PageRequest.MAX_SIZE));
        assertEquals(new HashSet<>(expected), new HashSet<>(actual), query + " " + seedNote());
    }

    private <R> void assertOrdered(Query<R> query) {
        List<String> actual = keys(query.kind(), allPages(query, PageRequest.MAX_SIZE));
        List<String> sorted = new ArrayList<>(actual);
        Collections.sort(sorted);
        assertEquals(sorted, actual, "not ordered by id key: " + query);
    }

    private <R> void assertPaging(Query<R> query, int size) {
        List<String> expected = reference(query);
        List<String> actual = keys(query.kind(), allPages(query, size));
        assertEquals(expected, actual, "pages of " + size + " for " + query + " " + seedNote());
    }

    /** The expected result: the records this test inserted that the query's reference meaning accepts. */
    private <R> List<String> reference(Query<R> query) {
        RecordKind<?, R> kind = query.kind();
        List<String> matching = new ArrayList<>();
        for (Object record : inserted) {
            if (kind.type().isInstance(record) && query.matches(kind.cast(record))) {
                matching.add(keyOf(kind, kind.cast(record)));
            }
        }
        matching.sort(Comparator.naturalOrder());
        return matching;
    }

    private static <R> List<String> keys(RecordKind<?, R> kind, List<Versioned<R>> rows) {
        List<String> keys = new ArrayList<>();
        rows.forEach(v -> keys.add(keyOf(kind, v.value())));
        return keys;
    }

    private static <I, R> String keyOf(RecordKind<I, R> kind, R record) {
        return kind.keyOf(record);
    }

    private String seedNote() {
        return "(seed " + seed() + ")";
    }

    /** The body of one contending thread. */
    @FunctionalInterface
    protected interface Contender {
        /**
         * Runs one thread's share of the work.
         *
         * @param thread the thread's index, 0 to {@link #THREADS} - 1
         * @throws Exception if the work fails
         */
        void run(int thread) throws Exception;
    }

    /**
     * Runs a contender on {@link #THREADS} threads that start together, and fails on the first
     * exception any of them throws.
     *
     * @param contender the work
     * @throws Exception if a thread failed or the run took more than two minutes
     */
    protected final void runContended(Contender contender) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    contender.run(thread);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
