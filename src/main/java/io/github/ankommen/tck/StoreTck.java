package io.github.ankommen.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.Network;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.Capability;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.ConsentExpiryQuery;
import io.github.ankommen.storage.ConsultationQuery;
import io.github.ankommen.storage.ContactPointQuery;
import io.github.ankommen.storage.NetworkQuery;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.Query;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.StoreException;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Samples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The technology compatibility kit of the storage SPI: JUnit tests for every rule of
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
 * <p>Each test is named after its rule ({@code s3_4_readersNeverSeePartOfAUnit}) and its display
 * name starts with the rule's number ("S3.4 …"). A failure names the rule, the seed and the last call
 * the rule made on the store: {@code [S4.2 seed 20160601, last call query(OfferQuery[...],
 * PageRequest[size=3, after=...])]: …}. A rule whose {@link Capability} the store does not claim is
 * skipped and reported as skipped, never passed; so is S3.5 when {@link #backendFaults()} offers no
 * fault hook.
 *
 * <p>The test data comes from {@link Samples} with the seed {@link #seed()}: ids over the whole
 * alphabet an id may use, and queries whose bounds fall exactly on the sample records' dates. The
 * limits of the concurrency rules are hooks a store may lower: {@link #threads()},
 * {@link #contendedUpdates()}, {@link #stallLimit()} and {@link #testTimeLimit()}.
 *
 * @since 0.1.0
 */
public abstract class StoreTck {

    /** Runs each rule within its time limit and names the rule, seed and call in each failure. */
    @RegisterExtension
    static final RuleReporter REPORTER = new RuleReporter();

    /** How many queries of one type a rule over all query types asks at most. */
    private static final int PER_QUERY_TYPE = 30;

    private final List<Object> inserted = new ArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private RecordedStore recorded;
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

    /**
     * The fault hook for rule S3.5: how the TCK makes the store's backend fail at a chosen write.
     * The default offers none, and S3.5 is skipped.
     *
     * @return the hook for the store of the current test, or null if there is none
     */
    protected BackendFaults backendFaults() {
        return null;
    }

    /**
     * How many threads the concurrency rules (S3.4, S6) use. Default 8.
     *
     * @return the number of threads, 2 or more
     */
    protected int threads() {
        return 8;
    }

    /**
     * How many updates each concurrency rule waits for, in all threads together. Default 400.
     *
     * @return the number of accepted updates, 1 or more
     */
    protected int contendedUpdates() {
        return 400;
    }

    /**
     * How long a concurrency rule waits for the next accepted update before it fails: a store whose
     * {@code find} returns a stale version never accepts another one. Default 5 seconds.
     *
     * @return the longest time without progress
     */
    protected Duration stallLimit() {
        return Duration.ofSeconds(5);
    }

    /**
     * How long any one rule may take before it fails as hung. Default 60 seconds.
     *
     * @return the time limit of one rule
     */
    protected Duration testTimeLimit() {
        return Duration.ofSeconds(60);
    }

    /** Prepares a fresh store and sample source for each test. */
    @BeforeEach
    void setUpStore() {
        inserted.clear();
        stop.set(false);
        recorded = new RecordedStore(newStore());
        store = recorded;
        samples = Samples.seeded(seed());
    }

    /**
     * The store under test in the current test: the one {@link #newStore()} made, seen through a view
     * that hands every call to it unchanged and remembers the last one for failure messages.
     *
     * @return the store
     */
    protected final Store store() {
        return store;
    }

    /**
     * Skips the calling test unless the store claims a capability.
     *
     * @param capability the capability the rule needs
     */
    protected final void requires(Capability capability) {
        Assumptions.assumeTrue(store.capabilities().contains(capability),
                () -> "the store does not claim " + capability);
    }

    /** What a failure message starts with: the rule, the seed and the last call. */
    final String context(String rule) {
        return "[" + rule + " seed " + seed() + ", last call " + (recorded == null ? "none" : recorded.lastCall()) + "]";
    }

    /** Tells the threads of a running concurrency rule to stop. */
    final void stopContention() {
        stop.set(true);
    }

    // S1: records and versions

    @Test
    @DisplayName("S1.1 an inserted record is found by its id, equal, with version 1, for every kind")
    void s1_1_anInsertedRecordIsFoundEqualWithVersion1() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            for (int i = 0; i < 3; i++) {
                roundTrip(kind, samples.next(kind));
            }
        }
    }

    @Test
    @DisplayName("S1.2 a record comes back exactly as written: empty collections, maximum lengths, non-ASCII text")
    void s1_2_aRecordComesBackExactlyAsWritten() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            for (Object extreme : samples.extremes(kind)) {
                roundTrip(kind, extreme);
            }
        }
    }

    @Test
    @DisplayName("S1.3 finding an id that was never written returns empty, also beside stored ids")
    void s1_3_anUnknownIdIsNotFound() {
        fill(5);
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            assertUnknown(kind);
        }
    }

    @Test
    @DisplayName("S1.4 an update with the stored version stores the record with version + 1, even an unchanged one")
    void s1_4_anAcceptedUpdateStoresTheRecordWithVersionPlus1() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            updateThrice(kind);
        }
    }

    // S2: optimistic concurrency

    @Test
    @DisplayName("S2.1 an update with a stale version throws a conflict and changes nothing")
    void s2_1_aStaleUpdateThrowsAConflictAndChangesNothing() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            staleUpdate(kind);
        }
    }

    @Test
    @DisplayName("S2.2 inserting an existing id throws a conflict and changes nothing")
    void s2_2_insertingAnExistingIdThrowsAConflictAndChangesNothing() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            duplicateInsert(kind);
        }
    }

    @Test
    @DisplayName("S2.3 updating a record that does not exist throws a conflict and creates nothing")
    void s2_3_updatingAMissingRecordThrowsAConflictAndCreatesNothing() {
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            updateMissing(kind);
        }
    }

    // S3: units of work

    @Test
    @DisplayName("S3.1 every write of a unit becomes visible with its new version, whatever kinds it mixes")
    void s3_1_everyWriteOfAUnitBecomesVisible() {
        Offer stored = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, stored);
        Offer changed = samples.changed(RecordKind.OFFER, stored);
        UnitOfWork.Builder unit = UnitOfWork.builder();
        List<Object> records = new ArrayList<>();
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            Object record = samples.next(kind);
            records.add(record);
            addInsert(unit, kind, record);
        }
        unit.update(RecordKind.OFFER, changed, 1);
        store.apply(unit.build());
        for (int i = 0; i < records.size(); i++) {
            assertFound(RecordKind.all().get(i), records.get(i), 1, "after the unit was applied");
        }
        assertFound(RecordKind.OFFER, changed, 2, "after the unit updated it");
    }

    @Test
    @DisplayName("S3.2 a unit whose last write fails leaves none of its writes visible")
    void s3_2_aUnitFailingLateLeavesNoneOfItsWritesVisible() {
        Offer stored = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, stored);
        Offer other = samples.next(RecordKind.OFFER);
        ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
        Case opened = samples.next(RecordKind.CASE);
        // The first three writes are fine; the last expects a version the store does not hold.
        UnitOfWork unit = UnitOfWork.builder()
                .insert(RecordKind.CONTACT_POINT, contactPoint)
                .insert(RecordKind.OFFER, other)
                .insert(RecordKind.CASE, opened)
                .update(RecordKind.OFFER, samples.changed(RecordKind.OFFER, stored), 7)
                .build();
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.apply(unit),
                "apply must throw a conflict for the stale last write");
        assertEquals(7, conflict.expectedVersion(), "the conflict's expected version");
        assertEquals(1, conflict.actualVersion(), "the conflict's actual version");
        assertMissing(RecordKind.CONTACT_POINT, contactPoint, "written earlier in the failed unit");
        assertMissing(RecordKind.OFFER, other, "written earlier in the failed unit");
        assertMissing(RecordKind.CASE, opened, "written earlier in the failed unit");
        assertFound(RecordKind.OFFER, stored, 1, "the failed write's record must be unchanged");
    }

    @Test
    @DisplayName("S3.3 a unit whose first write conflicts leaves none of its later writes visible")
    void s3_3_aUnitWhoseFirstWriteFailsLeavesNoneVisible() {
        Offer stored = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, stored);
        ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
        Offer other = samples.next(RecordKind.OFFER);
        UnitOfWork unit = UnitOfWork.builder()
                .insert(RecordKind.OFFER, samples.changed(RecordKind.OFFER, stored))
                .insert(RecordKind.CONTACT_POINT, contactPoint)
                .insert(RecordKind.OFFER, other)
                .build();
        assertThrows(ConflictException.class, () -> store.apply(unit), "apply must throw for the duplicate first write");
        assertMissing(RecordKind.CONTACT_POINT, contactPoint, "written after the failed first write");
        assertMissing(RecordKind.OFFER, other, "written after the failed first write");
        assertFound(RecordKind.OFFER, stored, 1, "the failed write's record must be unchanged");
    }

    @Test
    @DisplayName("S3.4 readers never see part of a unit, while other threads apply units")
    void s3_4_readersNeverSeePartOfAUnit() throws Exception {
        requires(Capability.CONCURRENT_ACCESS);
        List<Offer> offers = List.of(samples.next(RecordKind.OFFER), samples.next(RecordKind.OFFER),
                samples.next(RecordKind.OFFER));
        UnitOfWork.Builder setUp = UnitOfWork.builder();
        offers.forEach(o -> setUp.insert(RecordKind.OFFER, o));
        store.apply(setUp.build());
        int writers = Math.max(1, threads() / 2);
        int units = Math.max(1, contendedUpdates() / 4);
        AtomicInteger applied = new AtomicInteger();
        runContended("units applied", applied, units, thread -> {
            if (thread < writers) {
                Samples mine = Samples.seeded(seed() * 13 + thread);
                while (!isDone(applied, units)) {
                    List<Versioned<Offer>> read = new ArrayList<>();
                    for (Offer offer : offers) {
                        read.add(store.find(RecordKind.OFFER, offer.id()).orElseThrow());
                    }
                    UnitOfWork.Builder unit = UnitOfWork.builder();
                    read.forEach(v -> unit.update(RecordKind.OFFER, mine.changed(RecordKind.OFFER, v.value()), v.version()));
                    try {
                        store.apply(unit.build());
                        applied.incrementAndGet();
                    } catch (ConflictException expected) {
                        // Another writer came first, or the reads fell between two units: read again.
                    }
                }
            } else {
                boolean forward = thread % 2 == 0;
                while (!isDone(applied, units)) {
                    // Read one record after the other: a later read never sees an older unit.
                    long previous = 0;
                    for (int i = 0; i < offers.size(); i++) {
                        Offer offer = offers.get(forward ? i : offers.size() - 1 - i);
                        long version = store.find(RecordKind.OFFER, offer.id()).orElseThrow().version();
                        if (version < previous) {
                            fail("a reader saw part of a unit: find(offer, " + offer.id() + ") returned version " + version
                                    + " after an earlier read of the same unit's records returned version " + previous);
                        }
                        previous = version;
                    }
                    // One query is one read: all three records at one version.
                    Set<Long> versions = store.query(OfferQuery.all(), PageRequest.first(10)).items().stream()
                            .map(Versioned::version).collect(Collectors.toSet());
                    if (versions.size() != 1) {
                        fail("a reader saw part of a unit: one query returned the unit's records at versions " + versions);
                    }
                }
            }
        });
    }

    @Test
    @DisplayName("S3.5 a backend failure at any write throws StoreException and leaves nothing of the unit visible")
    void s3_5_aBackendFailureThrowsStoreExceptionAndLeavesNothingVisible() {
        BackendFaults faults = backendFaults();
        Assumptions.assumeTrue(faults != null, "the TCK has no fault hook for this store (StoreTck.backendFaults())");
        Offer stored = samples.next(RecordKind.OFFER);
        Case opened = samples.next(RecordKind.CASE);
        store.apply(UnitOfWork.builder().insert(RecordKind.OFFER, stored).insert(RecordKind.CASE, opened).build());
        Offer changed = samples.changed(RecordKind.OFFER, stored);
        Case changedCase = samples.changed(RecordKind.CASE, opened);
        ContactPoint contactPoint = samples.next(RecordKind.CONTACT_POINT);
        AuditEntry entry = auditEntry(opened, 2);
        Referral referral = samples.next(RecordKind.REFERRAL);
        UnitOfWork unit = UnitOfWork.builder()
                .insert(RecordKind.CONTACT_POINT, contactPoint)
                .update(RecordKind.OFFER, changed, 1)
                .update(RecordKind.CASE, changedCase, 1)
                .insert(RecordKind.AUDIT_ENTRY, entry)
                .insert(RecordKind.REFERRAL, referral)
                .build();
        int fired = 0;
        for (int write = 1;; write++) {
            if (write > 10_000) {
                fail("the backend never got past write " + write + " of the unit with the fault armed");
            }
            faults.failAtWrite(write);
            try {
                store.apply(unit);
            } catch (StoreException failure) {
                Throwable fault = faults.disarm();
                assertNotNull(fault, "apply threw StoreException at write " + write + " although the fault did not fire");
                assertTrue(causes(failure).stream().anyMatch(cause -> faults.standsFor(cause, fault)),
                        "the StoreException thrown at write " + write + " does not carry the backend's exception (or "
                        + "what the store keeps of it) among its causes: " + causes(failure));
                fired++;
                assertMissing(RecordKind.CONTACT_POINT, contactPoint, "inserted by a unit that failed at write " + write);
                assertMissing(RecordKind.AUDIT_ENTRY, entry, "inserted by a unit that failed at write " + write);
                assertMissing(RecordKind.REFERRAL, referral, "inserted by a unit that failed at write " + write);
                assertFound(RecordKind.OFFER, stored, 1, "updated by a unit that failed at write " + write);
                assertFound(RecordKind.CASE, opened, 1, "updated by a unit that failed at write " + write);
                continue;
            } catch (RuntimeException | Error escaped) {
                Throwable armed = faults.disarm();
                throw new AssertionError("apply let " + escaped.getClass().getName() + " escape when the backend failed at write "
                        + write + " (fault fired: " + (armed != null) + "); it must throw StoreException", escaped);
            }
            // Past the unit's last write, or the store retried after the fault: the unit is applied.
            faults.disarm();
            break;
        }
        assertTrue(fired > 0, "the fault hook never made the backend fail");
        assertFound(RecordKind.CONTACT_POINT, contactPoint, 1, "after the unit was applied without a fault");
        assertFound(RecordKind.OFFER, changed, 2, "after the unit was applied without a fault");
    }

    // S4: queries and paging

    @Test
    @DisplayName("S4.1 a query returns exactly the records it matches, on every query type and boundary")
    void s4_1_aQueryReturnsExactlyTheRecordsItMatches() {
        fill(40);
        for (Query<?> query : allQueries()) {
            assertExactly(query);
        }
    }

    @Test
    @DisplayName("S4.2 results are ordered by ascending id key, within and across pages")
    void s4_2_resultsAreOrderedByAscendingIdKey() {
        fill(40);
        for (Query<?> query : allQueries()) {
            assertOrdered(query, PageRequest.MAX_SIZE);
        }
        for (Query<?> query : sampleQueries()) {
            assertOrdered(query, 7);
        }
    }

    @Test
    @DisplayName("S4.3 pages hold at most their size, and following the cursors yields each result once")
    void s4_3_pagesHoldAtMostTheirSizeAndCursorsYieldEachRecordOnce() {
        fill(40);
        for (Query<?> query : sampleQueries()) {
            for (int size : new int[] {1, 2, 3, 7}) {
                assertPaging(query, size);
            }
        }
    }

    @Test
    @DisplayName("S4.4 paging while others write never repeats a record and never skips one that existed throughout")
    void s4_4_pagingWhileOthersWriteNeverRepeatsOrSkips() {
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
            if (round > 1_000) {
                fail("paging does not end for " + all);
            }
        }
        Set<String> distinct = new HashSet<>();
        for (String key : seen) {
            assertTrue(distinct.add(key), "contact point " + key + " was returned twice while paging " + all);
        }
        for (ContactPoint contactPoint : existing) {
            assertTrue(distinct.contains(RecordKind.CONTACT_POINT.keyOf(contactPoint)),
                    "paging skipped contact point " + contactPoint.id() + " although it existed and matched throughout");
        }
    }

    @Test
    @DisplayName("S4.5 a page never holds more than PageRequest.MAX_SIZE records")
    void s4_5_aPageNeverHoldsMoreThanTheMaximumSize() {
        int total = PageRequest.MAX_SIZE + 5;
        UnitOfWork.Builder unit = UnitOfWork.builder();
        for (int i = 1; i <= total; i++) {
            unit.insert(RecordKind.NETWORK, samples.next(RecordKind.NETWORK));
            if (i % 200 == 0 || i == total) {
                store.apply(unit.build());
                unit = UnitOfWork.builder();
            }
        }
        Query<Network> all = NetworkQuery.all();
        Page<?> first = store.query(all, PageRequest.first(PageRequest.MAX_SIZE));
        assertTrue(first.items().size() <= PageRequest.MAX_SIZE, "a page of the maximum size "
                + PageRequest.MAX_SIZE + " held " + first.items().size() + " records");
        assertEquals(total, new HashSet<>(keys(all.kind(), pageThrough(all, PageRequest.MAX_SIZE))).size(),
                "paging with the maximum size must yield all " + total + " records");
    }

    // S5: returned data is detached

    @Test
    @DisplayName("S5.1 changing a collection the store returned never changes what the store holds")
    void s5_1_returnedCollectionsAreDetached() {
        Offer offer = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, offer);
        List<Versioned<Offer>> found = store.findAll(RecordKind.OFFER, List.of(offer.id()));
        assertEquals(List.of(Versioned.of(offer, 1)), found, "findAll of the one offer stored");
        try {
            found.clear();
        } catch (UnsupportedOperationException expected) {
            // An unmodifiable list is detached too.
        }
        assertEquals(List.of(Versioned.of(offer, 1)), store.findAll(RecordKind.OFFER, List.of(offer.id())),
                "findAll after the caller cleared the list it returned before");
        Page<Versioned<Offer>> page = store.query(OfferQuery.all(), PageRequest.first(10));
        assertThrows(UnsupportedOperationException.class, () -> page.items().clear(), "a page's items are unmodifiable");
        assertEquals(1, store.query(OfferQuery.all(), PageRequest.first(10)).items().size(),
                "query after the caller tried to clear a page");
    }

    // S6: concurrency

    @Test
    @DisplayName("S6.1 contended updates from many threads lose no update")
    void s6_1_contendedUpdatesLoseNoUpdate() throws Exception {
        requires(Capability.CONCURRENT_ACCESS);
        Offer offer = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, offer);
        Map<Long, Offer> written = new ConcurrentHashMap<>();
        written.put(1L, offer);
        AtomicInteger successes = new AtomicInteger();
        int goal = contendedUpdates();
        runContended("updates accepted", successes, goal, thread -> {
            Samples mine = Samples.seeded(seed() * 31 + thread);
            while (!isDone(successes, goal)) {
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
        assertEquals(1 + successes.get(), last.version(), "the final version must be 1 plus the accepted updates");
        assertEquals(written.get(last.version()), last.value(), "the stored record must be the last one accepted");
    }

    @Test
    @DisplayName("S6.2 concurrent units that each update two records never tear")
    void s6_2_concurrentUnitsNeverTear() throws Exception {
        requires(Capability.CONCURRENT_ACCESS);
        Offer a = samples.next(RecordKind.OFFER);
        Offer b = samples.next(RecordKind.OFFER);
        store.apply(UnitOfWork.builder().insert(RecordKind.OFFER, a).insert(RecordKind.OFFER, b).build());
        AtomicInteger successes = new AtomicInteger();
        int goal = contendedUpdates();
        runContended("units accepted", successes, goal, thread -> {
            Samples mine = Samples.seeded(seed() * 17 + thread);
            while (!isDone(successes, goal)) {
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
        assertEquals(1 + successes.get(), versionA, "the first record's version must be 1 plus the accepted units");
        assertEquals(versionA, versionB, "a unit was torn: its two records have different versions");
    }

    // S7: arguments

    @Test
    @DisplayName("S7.1 null arguments are refused with a NullPointerException before anything is read or written")
    void s7_1_nullArgumentsAreRefused() {
        Offer offer = samples.next(RecordKind.OFFER);
        store.insert(RecordKind.OFFER, offer);
        assertThrows(NullPointerException.class, () -> store.find(RecordKind.OFFER, null), "find(offer, null)");
        assertThrows(NullPointerException.class, () -> store.find(null, offer.id()), "find(null, id)");
        assertThrows(NullPointerException.class, () -> store.query(null, PageRequest.first(1)), "query(null, page)");
        assertThrows(NullPointerException.class, () -> store.query(OfferQuery.all(), null), "query(query, null)");
        assertThrows(NullPointerException.class, () -> store.apply(null), "apply(null)");
        assertFound(RecordKind.OFFER, offer, 1, "after the refused calls");
    }

    // S8: case work

    @Test
    @DisplayName("S8.1 a case change and its audit entry become visible together or not at all")
    void s8_1_aCaseChangeAndItsAuditEntryAreOneUnit() {
        Case opened = samples.next(RecordKind.CASE);
        AuditEntry first = auditEntry(opened, 1);
        store.apply(UnitOfWork.builder().insert(RecordKind.CASE, opened).insert(RecordKind.AUDIT_ENTRY, first).build());
        Case changed = samples.changed(RecordKind.CASE, opened);
        AuditEntry second = auditEntry(opened, 2);
        store.apply(UnitOfWork.builder().update(RecordKind.CASE, changed, 1).insert(RecordKind.AUDIT_ENTRY, second).build());
        assertEquals(List.of(first, second), auditTrail(opened), "the audit trail after two changes");
        // A stale transition: the audit entry must not appear without its case change.
        AuditEntry refused = auditEntry(opened, 3);
        UnitOfWork stale = UnitOfWork.builder()
                .insert(RecordKind.AUDIT_ENTRY, refused)
                .update(RecordKind.CASE, samples.changed(RecordKind.CASE, changed), 1)
                .build();
        assertThrows(ConflictException.class, () -> store.apply(stale), "a stale case change must conflict");
        assertEquals(List.of(first, second), auditTrail(opened), "the audit trail after a refused change");
        assertFound(RecordKind.CASE, changed, 2, "after a refused change");
    }

    // S9: referrals and consent

    @Test
    @DisplayName("S9.1 a referral change, its history entry and its transfer record become visible together or not at all")
    void s9_1_aReferralChangeAndItsLedgerAreOneUnit() {
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
        assertThrows(ConflictException.class, () -> store.apply(stale), "a stale referral change must conflict");
        assertMissing(RecordKind.TRANSFER, transfer, "in the ledger of a refused change");
        assertMissing(RecordKind.REFERRAL_HISTORY, entry, "in the history of a refused change");
        assertFound(RecordKind.REFERRAL, referral, 1, "after a refused change");
        store.apply(UnitOfWork.builder()
                .insert(RecordKind.TRANSFER, transfer)
                .insert(RecordKind.REFERRAL_HISTORY, entry)
                .update(RecordKind.REFERRAL, changed, 1)
                .build());
        assertFound(RecordKind.TRANSFER, transfer, 1, "after an accepted change");
        assertFound(RecordKind.REFERRAL, changed, 2, "after an accepted change");
    }

    @Test
    @DisplayName("S9.2 a consent's withdrawal and the flags on its dependent referrals become visible together or not at all")
    void s9_2_aWithdrawalAndItsFlagsAreOneUnit() {
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
        assertThrows(ConflictException.class, () -> store.apply(withdrawal.build()), "a stale flag must conflict");
        assertFound(RecordKind.CONSENT, consent, 1, "after a refused withdrawal");
        for (Referral referral : dependent) {
            assertFound(RecordKind.REFERRAL, referral, 1, "after a refused withdrawal");
            assertEquals(List.of(), store.query(OwnedQuery.history(referral.id()), PageRequest.first(10)).items(),
                    "history of referral " + referral.id() + " after a refused withdrawal");
        }
    }

    // S10: overridden defaults answer what the defaults answer

    @Test
    @DisplayName("S10.1 get answers what the default derives from find: the record, or RecordNotFoundException")
    void s10_1_getAnswersWhatTheDefaultAnswers() {
        fill(5);
        Store derived = new DerivedStore(store);
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            for (Object id : probeIds(kind)) {
                sameAsDefault(derived, "get(" + kind + ", " + id + ")", s -> getAny(s, kind, id));
            }
        }
    }

    @Test
    @DisplayName("S10.2 findAll answers what the default derives from find: found records in the ids' order, repeats kept")
    void s10_2_findAllAnswersWhatTheDefaultAnswers() {
        fill(5);
        Store derived = new DerivedStore(store);
        for (RecordKind<?, ?> kind : RecordKind.all()) {
            List<Object> ids = probeIds(kind);
            List<Object> shuffled = new ArrayList<>(ids);
            Collections.shuffle(shuffled, new Random(seed()));
            List<Object> repeated = new ArrayList<>(ids);
            repeated.addAll(ids.subList(0, Math.min(2, ids.size())));
            for (List<Object> probe : List.of(ids, shuffled, repeated, List.of())) {
                sameAsDefault(derived, "findAll(" + kind + ", " + probe + ")", s -> findAllAny(s, kind, probe));
            }
        }
    }

    @Test
    @DisplayName("S10.3 stream answers what the default derives from query: the same records in the same order")
    void s10_3_streamAnswersWhatTheDefaultAnswers() {
        fill(10);
        Store derived = new DerivedStore(store);
        for (Query<?> query : allQueries()) {
            for (int size : new int[] {4, PageRequest.MAX_SIZE}) {
                sameAsDefault(derived, "stream(" + query + ", " + size + ")", s -> streamed(s, query, size));
            }
        }
    }

    @Test
    @DisplayName("S10.4 count answers what the default derives from query, on every query type")
    void s10_4_countAnswersWhatTheDefaultAnswers() {
        fill(10);
        Store derived = new DerivedStore(store);
        for (Query<?> query : allQueries()) {
            sameAsDefault(derived, "count(" + query + ")", s -> s.count(query));
        }
    }

    // helpers: the S10 comparison

    /**
     * Asserts that the store answers a call as the default method derived from its three abstract
     * methods answers it: the same value, or an exception of the same class. Further defaults (such
     * as aggregates) are checked by one more call of this method with their call.
     */
    private <T> void sameAsDefault(Store derived, String call, Function<Store, T> method) {
        Object expected = outcome(derived, method);
        Object actual = outcome(store, method);
        assertEquals(expected, actual, call + " must answer what the default method answers");
    }

    private static <T> Object outcome(Store target, Function<Store, T> method) {
        try {
            return method.apply(target);
        } catch (RecordNotFoundException e) {
            return "RecordNotFoundException(" + e.kind() + ", " + e.key() + ")";
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName();
        }
    }

    private static <I, R> Object getAny(Store target, RecordKind<I, R> kind, Object id) {
        return target.get(kind, castId(kind, id));
    }

    private static <I, R> Object findAllAny(Store target, RecordKind<I, R> kind, List<Object> ids) {
        List<I> typed = new ArrayList<>();
        ids.forEach(id -> typed.add(castId(kind, id)));
        return target.findAll(kind, typed);
    }

    @SuppressWarnings("unchecked")
    private static <I, R> I castId(RecordKind<I, R> kind, Object id) {
        return (I) id;
    }

    private static <R> List<Versioned<R>> streamed(Store target, Query<R> query, int size) {
        try (Stream<Versioned<R>> all = target.stream(query, size)) {
            return all.toList();
        }
    }

    /** Ids stored and never written, of one kind, in a fixed order. */
    private List<Object> probeIds(RecordKind<?, ?> kind) {
        List<Object> ids = new ArrayList<>();
        for (Object record : inserted) {
            if (kind.type().isInstance(record)) {
                ids.add(idOf(kind, record));
            }
        }
        ids.add(idOf(kind, samples.next(kind)));
        return ids;
    }

    private static <I, R> Object idOf(RecordKind<I, R> kind, Object record) {
        return kind.idOf(kind.cast(record));
    }

    // helpers: records

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
            UnitOfWork.Builder unit = UnitOfWork.builder();
            for (int i = 0; i < perKind; i++) {
                Object record = samples.next(kind);
                addInsert(unit, kind, record);
                inserted.add(record);
            }
            store.apply(unit.build());
        }
    }

    private static <I, R> void addInsert(UnitOfWork.Builder unit, RecordKind<I, R> kind, Object record) {
        unit.insert(kind, kind.cast(record));
    }

    private <I, R> void roundTrip(RecordKind<I, R> kind, Object any) {
        R record = kind.cast(any);
        Versioned<R> result = store.insert(kind, record);
        assertEquals(Versioned.of(record, 1), result, "insert(" + kind + " " + kind.keyOf(record) + ") must return version 1");
        assertFound(kind, record, 1, "right after insert");
    }

    private <I, R> void assertFound(RecordKind<I, R> kind, Object any, long version, String when) {
        R record = kind.cast(any);
        Optional<Versioned<R>> found = store.find(kind, kind.idOf(record));
        assertTrue(found.isPresent(), "find(" + kind + ", " + kind.keyOf(record) + ") " + when
                + ": expected the record at version " + version + " but found none");
        assertEquals(version, found.get().version(), "find(" + kind + ", " + kind.keyOf(record) + ") " + when + ": version");
        assertTrue(record.equals(found.get().value()), "find(" + kind + ", " + kind.keyOf(record) + ") " + when
                + ": the record found is not equal to the one written (content not shown: it may hold personal data)");
    }

    private <I, R> void assertMissing(RecordKind<I, R> kind, Object any, String when) {
        R record = kind.cast(any);
        Optional<Versioned<R>> found = store.find(kind, kind.idOf(record));
        assertTrue(found.isEmpty(), "find(" + kind + ", " + kind.keyOf(record) + ") " + when
                + ": expected nothing but found version " + found.map(Versioned::version).orElse(0L));
    }

    private <I, R> void assertUnknown(RecordKind<I, R> kind) {
        List<I> unknown = new ArrayList<>();
        unknown.add(kind.idOf(samples.next(kind)));
        // Ids right beside stored keys: a prefix of one and one that extends it.
        for (Object record : inserted) {
            if (kind.type().isInstance(record)) {
                String key = kind.keyOf(kind.cast(record));
                for (String near : List.of(key.substring(0, key.length() - 1), key + "0")) {
                    parsed(kind, near).ifPresent(unknown::add);
                }
            }
        }
        for (I id : unknown) {
            if (inserted.stream().anyMatch(r -> kind.type().isInstance(r) && kind.key(id).equals(kind.keyOf(kind.cast(r))))) {
                continue;
            }
            Optional<Versioned<R>> found = store.find(kind, id);
            assertTrue(found.isEmpty(), "find(" + kind + ", " + kind.key(id) + ") of an id never written returned "
                    + found.map(v -> "a record with key " + kind.keyOf(v.value())).orElse(""));
        }
    }

    private static <I, R> Optional<I> parsed(RecordKind<I, R> kind, String key) {
        try {
            return Optional.of(kind.parseId(key));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }

    private <I, R> void updateThrice(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        store.insert(kind, record);
        R second = samples.changed(kind, record);
        assertEquals(Versioned.of(second, 2), store.update(kind, second, 1), "update(" + kind + ") from version 1");
        assertFound(kind, second, 2, "after one update");
        R third = samples.changed(kind, second);
        store.update(kind, third, 2);
        assertFound(kind, third, 3, "after two updates");
        // Versions count accepted writes, also one that changes nothing.
        store.update(kind, third, 3);
        assertFound(kind, third, 4, "after an update with an unchanged record");
    }

    private <I, R> void staleUpdate(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        store.insert(kind, record);
        R second = samples.changed(kind, record);
        store.update(kind, second, 1);
        R late = samples.changed(kind, record);
        String call = "update(" + kind + " " + kind.keyOf(record) + ", expecting version 1) of a record at version 2";
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.update(kind, late, 1), call);
        assertEquals(kind, conflict.kind(), call + ": the conflict's kind");
        assertEquals(kind.keyOf(record), conflict.key(), call + ": the conflict's key");
        assertEquals(1, conflict.expectedVersion(), call + ": the conflict's expected version");
        assertEquals(2, conflict.actualVersion(), call + ": the conflict's actual version");
        assertFound(kind, second, 2, "after a refused stale update");
    }

    private <I, R> void duplicateInsert(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        store.insert(kind, record);
        R twin = samples.changed(kind, record);
        String call = "insert(" + kind + " " + kind.keyOf(record) + ") of an id that exists";
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.insert(kind, twin), call);
        assertEquals(kind, conflict.kind(), call + ": the conflict's kind");
        assertEquals(kind.keyOf(record), conflict.key(), call + ": the conflict's key");
        assertEquals(0, conflict.expectedVersion(), call + ": the conflict's expected version");
        assertEquals(1, conflict.actualVersion(), call + ": the conflict's actual version");
        assertFound(kind, record, 1, "after a refused duplicate insert");
    }

    private <I, R> void updateMissing(RecordKind<I, R> kind) {
        R record = samples.next(kind);
        String call = "update(" + kind + " " + kind.keyOf(record) + ", expecting version 1) of a record never written";
        ConflictException conflict = assertThrows(ConflictException.class, () -> store.update(kind, record, 1), call);
        assertEquals(kind, conflict.kind(), call + ": the conflict's kind");
        assertEquals(kind.keyOf(record), conflict.key(), call + ": the conflict's key");
        assertEquals(1, conflict.expectedVersion(), call + ": the conflict's expected version");
        assertEquals(0, conflict.actualVersion(), call + ": the conflict's actual version");
        assertMissing(kind, record, "after a refused update of a missing record");
    }

    // helpers: queries

    /** The samples' queries, and queries whose bounds fall exactly on the stored records' values. */
    private List<Query<?>> allQueries() {
        Set<Query<?>> queries = new LinkedHashSet<>(samples.queries());
        queries.addAll(boundaryQueries());
        return spread(queries);
    }

    /**
     * At most {@value #PER_QUERY_TYPE} queries of each query type, spread evenly over the given
     * ones: every type and its combinations of filters, at a cost a database answers in seconds.
     */
    private static List<Query<?>> spread(Collection<Query<?>> queries) {
        Map<Class<?>, List<Query<?>>> byType = new LinkedHashMap<>();
        queries.forEach(q -> byType.computeIfAbsent(q.getClass(), type -> new ArrayList<>()).add(q));
        List<Query<?>> spread = new ArrayList<>();
        for (List<Query<?>> ofType : byType.values()) {
            int step = Math.max(1, (ofType.size() + PER_QUERY_TYPE - 1) / PER_QUERY_TYPE);
            for (int i = 0; i < ofType.size(); i += step) {
                spread.add(ofType.get(i));
            }
        }
        return spread;
    }

    /** The samples' own queries, spread over the query types. */
    private List<Query<?>> sampleQueries() {
        return spread(samples.queries());
    }

    /**
     * For each date a query compares, queries whose bound is the stored record's own date and the
     * days either side: inclusive ends must hold the record, exclusive ends must not.
     */
    private List<Query<?>> boundaryQueries() {
        List<Query<?>> queries = new ArrayList<>();
        int contactPoints = 0;
        int consultations = 0;
        int cases = 0;
        int referrals = 0;
        int consents = 0;
        for (Object record : inserted) {
            if (record instanceof ContactPoint cp && contactPoints++ < 8) {
                for (ServedDistrict served : cp.districts()) {
                    LocalDate start = served.validity().start();
                    queries.add(ContactPointQuery.serving(served.district(), start));
                    queries.add(ContactPointQuery.serving(served.district(), start.minusDays(1)));
                    LocalDate end = served.validity().end();
                    if (end != null) {
                        queries.add(ContactPointQuery.serving(served.district(), end));
                        queries.add(ContactPointQuery.serving(served.district(), end.plusDays(1)));
                    } else {
                        queries.add(ContactPointQuery.serving(served.district(), LocalDate.of(9999, 12, 31)));
                    }
                }
            } else if (record instanceof Consultation c && consultations++ < 8) {
                LocalDate day = c.date();
                queries.add(new ConsultationQuery(null, day, day));
                queries.add(new ConsultationQuery(null, day.plusDays(1), null));
                queries.add(new ConsultationQuery(null, null, day.minusDays(1)));
                queries.add(new ConsultationQuery(c.contactPoint(), day, null));
                queries.add(new ConsultationQuery(c.contactPoint(), null, day));
            } else if (record instanceof Case c && cases++ < 8) {
                c.earliestOpenDeadline().ifPresent(due -> {
                    queries.add(CaseQuery.all().dueBy(due));
                    queries.add(CaseQuery.all().dueBy(due.minusDays(1)));
                    queries.add(CaseQuery.at(c.contactPoint()).dueBy(due));
                });
            } else if (record instanceof Referral r && r.respondBy() != null && referrals++ < 8) {
                queries.add(ReferralQuery.all().respondByBefore(r.respondBy()));
                queries.add(ReferralQuery.all().respondByBefore(r.respondBy().plusDays(1)));
                queries.add(ReferralQuery.to(r.recipient()).respondByBefore(r.respondBy().plusDays(1)));
            } else if (record instanceof Consent c && c.validUntil() != null && consents++ < 8) {
                queries.add(new ConsentExpiryQuery(c.validUntil()));
                queries.add(new ConsentExpiryQuery(c.validUntil().plusDays(1)));
            }
        }
        return queries;
    }

    private <R> List<Versioned<R>> pageThrough(Query<R> query, int size) {
        List<Versioned<R>> all = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(size));
        int pages = 0;
        while (next.isPresent()) {
            Page<Versioned<R>> page = store.query(query, next.get());
            assertTrue(page.items().size() <= size, "a page of size " + size + " of " + query + " held "
                    + page.items().size() + " records");
            all.addAll(page.items());
            next = page.next(size);
            if (++pages > 10_000) {
                fail("paging does not end for " + query);
            }
        }
        return all;
    }

    private <R> void assertExactly(Query<R> query) {
        Set<String> expected = new HashSet<>(reference(query));
        List<String> actual = keys(query.kind(), pageThrough(query, PageRequest.MAX_SIZE));
        Set<String> missing = new TreeSet<>(expected);
        actual.forEach(missing::remove);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), query + " must return exactly the records its matches() accepts;"
                + " missing " + missing + ", not matching " + extra);
    }

    private <R> void assertOrdered(Query<R> query, int size) {
        List<String> actual = keys(query.kind(), pageThrough(query, size));
        for (int i = 1; i < actual.size(); i++) {
            if (actual.get(i - 1).compareTo(actual.get(i)) > 0) {
                fail("paging " + query + " with pages of " + size + " returned key " + actual.get(i) + " after "
                        + actual.get(i - 1) + "; keys must ascend as String.compareTo (a binary collation) orders them");
            }
        }
    }

    private <R> void assertPaging(Query<R> query, int size) {
        Set<String> whole = new HashSet<>(keys(query.kind(), pageThrough(query, PageRequest.MAX_SIZE)));
        List<String> paged = keys(query.kind(), pageThrough(query, size));
        Set<String> once = new HashSet<>();
        for (String key : paged) {
            assertTrue(once.add(key), "paging " + query + " with pages of " + size + " returned " + key + " twice");
        }
        assertEquals(whole, once, "paging " + query + " with pages of " + size
                + " must yield the records of one page of the maximum size");
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
        Collections.sort(matching);
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

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = thrown.getCause(); cause != null && !causes.contains(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    // helpers: concurrency

    /** The body of one contending thread. */
    @FunctionalInterface
    private interface Contender {
        void run(int thread) throws Exception;
    }

    /** Whether a contending thread should stop: the goal is reached or the rule is told to stop. */
    private boolean isDone(AtomicInteger progress, int goal) {
        return progress.get() >= goal || stop.get() || Thread.currentThread().isInterrupted();
    }

    /**
     * Runs a contender on {@link #threads()} threads that start together, until they all end. Fails
     * on the first exception any of them throws, and when {@code progress} does not grow for
     * {@link #stallLimit()}; either way the threads are told to stop and are waited for.
     */
    private void runContended(String what, AtomicInteger progress, int goal, Contender contender) throws Exception {
        int threads = threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tck-contender");
            thread.setDaemon(true);
            return thread;
        });
        CountDownLatch start = new CountDownLatch(1);
        boolean stopped;
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        contender.run(thread);
                    } catch (Exception | Error e) {
                        stop.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            start.countDown();
            long stallNanos = stallLimit().toNanos();
            int seen = progress.get();
            long lastProgress = System.nanoTime();
            for (Future<?> future : futures) {
                while (true) {
                    try {
                        future.get(50, TimeUnit.MILLISECONDS);
                        break;
                    } catch (TimeoutException notYet) {
                        int now = progress.get();
                        if (now != seen) {
                            seen = now;
                            lastProgress = System.nanoTime();
                        } else if (System.nanoTime() - lastProgress > stallNanos) {
                            stop.set(true);
                            fail("no progress for " + stallLimit().toMillis() + " ms (StoreTck.stallLimit()): " + now
                                    + " of " + goal + " " + what + "; a store whose find returns a stale version never "
                                    + "accepts another update");
                        }
                    } catch (ExecutionException failed) {
                        Throwable cause = failed.getCause();
                        if (cause instanceof AssertionError assertion) {
                            throw assertion;
                        }
                        throw new AssertionError("a contending thread threw " + cause.getClass().getName() + ": "
                                + cause.getMessage(), cause);
                    }
                }
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
            stopped = pool.awaitTermination(stallLimit().toMillis(), TimeUnit.MILLISECONDS);
            stop.set(false);
        }
        assertTrue(stopped, "the contending threads did not stop within " + stallLimit().toMillis()
                + " ms of the end of the rule");
    }
}
