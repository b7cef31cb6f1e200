package io.github.ankommen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.Deadlines;
import io.github.ankommen.casework.DueQuery;
import io.github.ankommen.casework.EscalationQuery;
import io.github.ankommen.casework.FollowUp;
import io.github.ankommen.casework.FollowUpId;
import io.github.ankommen.casework.OverdueQuery;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralDeadlines;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.jdbc.CountingPool;
import io.github.ankommen.storage.jdbc.JdbcStore;
import io.github.ankommen.storage.jdbc.Postgres;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service lists that grow with the data, read a page at a time through the public services on
 * the in-memory store and on PostgreSQL: following the cursors yields every item of the whole answer
 * once; a forged cursor, a store's own cursor, and a cursor of another query or actor are refused;
 * and the first page reads as many statements and rows among four times the cases.
 */
class ServicePagingTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 4 June 2018. */
    private static final LocalDate TODAY = LocalDate.of(2018, 6, 4);
    private static final Instant NOW = TODAY.atTime(8, 0).atZone(BERLIN).toInstant();
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator-1"));
    private static final Actor OTHER_COORDINATOR = Actor.coordinator(ActorId.of("coordinator-2"));
    private static final int SIZE = 7;

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void followingTheCursorsYieldsTheWholeAnswerOnce(String name, Supplier<Store> stores) {
        Store store = stores.get();
        Ankommen ankommen = loaded(store, 40);
        CaseService cases = ankommen.cases();
        ReferralService referrals = ankommen.referrals();
        List<Case> all = QueryResults.values(store, CaseQuery.all());
        List<Referral> allReferrals = QueryResults.values(store, ReferralQuery.all());
        Deadlines deadlines = Deadlines.of(CaseWorkflows.dgcc(), ankommen.workingDays());

        assertWhole(deadlines.escalations(all, new EscalationQuery(TODAY, 3)), 40,
                page -> cases.escalations(COORDINATOR, 3, page));
        assertWhole(deadlines.overdue(all, new OverdueQuery(Dortmund.BRACKEL, TODAY)), 20,
                page -> cases.overdue(COORDINATOR, Dortmund.BRACKEL, page));
        assertWhole(deadlines.dueWithin(all, new DueQuery(Dortmund.APLERBECK, TODAY, 5)), 20,
                page -> cases.dueWithin(COORDINATOR, Dortmund.APLERBECK, 5, page));
        assertWhole(ReferralDeadlines.overdue(allReferrals, NOW, BERLIN), 40, page -> referrals.overdue(COORDINATOR, page));
        assertWhole(ReferralDeadlines.stalled(allReferrals, TODAY, 5, BERLIN, ankommen.workingDays()), 40,
                page -> referrals.stalled(COORDINATOR, 5, page));
        assertWhole(allReferrals, 80, page -> referrals.referrals(COORDINATOR, ReferralQuery.all(), page));
    }

    /** The pages, followed to the end, hold the whole answer, each item once, over several pages. */
    private static <T> void assertWhole(List<T> whole, int expected, Function<PageRequest, Page<T>> pages) {
        assertEquals(expected, whole.size(), "the whole answer");
        List<T> paged = new ArrayList<>();
        int read = 0;
        Optional<PageRequest> next = Optional.of(PageRequest.first(SIZE));
        while (next.isPresent()) {
            Page<T> page = pages.apply(next.get());
            paged.addAll(page.items());
            next = page.next(SIZE);
            read++;
        }
        assertEquals(whole.size(), paged.size(), "items over all pages");
        assertEquals(new HashSet<>(whole), new HashSet<>(paged));
        assertTrue(read > 1, "one page only");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aCursorIsRefusedOutsideItsQueryAndActor(String name, Supplier<Store> stores) {
        Ankommen ankommen = loaded(stores.get(), 20);
        CaseService cases = ankommen.cases();
        ReferralService referrals = ankommen.referrals();
        PageRequest forged = PageRequest.after(Cursor.of("c1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), SIZE);
        PageRequest storeKey = PageRequest.after(Cursor.of("case-0003"), SIZE);
        for (PageRequest page : List.of(forged, storeKey)) {
            assertThrows(IllegalArgumentException.class, () -> cases.escalations(COORDINATOR, 3, page));
            assertThrows(IllegalArgumentException.class, () -> cases.overdue(COORDINATOR, Dortmund.BRACKEL, page));
            assertThrows(IllegalArgumentException.class, () -> cases.dueWithin(COORDINATOR, Dortmund.BRACKEL, 5, page));
            assertThrows(IllegalArgumentException.class, () -> referrals.overdue(COORDINATOR, page));
            assertThrows(IllegalArgumentException.class, () -> referrals.stalled(COORDINATOR, 5, page));
            assertThrows(IllegalArgumentException.class, () -> referrals.referrals(COORDINATOR, ReferralQuery.all(), page));
        }

        PageRequest escalations = next(cases.escalations(COORDINATOR, 3, PageRequest.first(SIZE)));
        cases.escalations(COORDINATOR, 3, escalations);
        assertThrows(IllegalArgumentException.class, () -> cases.escalations(COORDINATOR, 4, escalations));
        assertThrows(IllegalArgumentException.class, () -> cases.escalations(OTHER_COORDINATOR, 3, escalations));
        assertThrows(IllegalArgumentException.class, () -> cases.overdue(COORDINATOR, Dortmund.BRACKEL, escalations));

        PageRequest overdue = next(cases.overdue(COORDINATOR, Dortmund.BRACKEL, PageRequest.first(2)));
        cases.overdue(COORDINATOR, Dortmund.BRACKEL, overdue);
        assertThrows(IllegalArgumentException.class, () -> cases.overdue(COORDINATOR, Dortmund.APLERBECK, overdue));
        assertThrows(IllegalArgumentException.class, () -> cases.dueWithin(COORDINATOR, Dortmund.BRACKEL, 5, overdue));
        assertThrows(IllegalArgumentException.class, () -> cases.cases(COORDINATOR, CaseQuery.all(), overdue));

        PageRequest stalled = next(referrals.stalled(COORDINATOR, 5, PageRequest.first(SIZE)));
        referrals.stalled(COORDINATOR, 5, stalled);
        assertThrows(IllegalArgumentException.class, () -> referrals.stalled(COORDINATOR, 6, stalled));
        assertThrows(IllegalArgumentException.class, () -> referrals.overdue(COORDINATOR, stalled));
        assertThrows(IllegalArgumentException.class, () -> referrals.referrals(COORDINATOR, ReferralQuery.all(), stalled));
        PageRequest listed = next(referrals.referrals(COORDINATOR, ReferralQuery.all(), PageRequest.first(SIZE)));
        assertThrows(IllegalArgumentException.class,
                () -> referrals.referrals(COORDINATOR, ReferralQuery.all().inStatus(ReferralStatus.REQUESTED), listed));
        assertThrows(IllegalArgumentException.class, () -> referrals.referrals(OTHER_COORDINATOR, ReferralQuery.all(), listed));
    }

    private static PageRequest next(Page<?> page) {
        return page.next(SIZE).orElseThrow(() -> new AssertionError("no next page"));
    }

    @Test
    void theFirstPageReadsAsMuchAmongFourTimesTheCases() {
        long[] small = firstPages(30);
        long[] large = firstPages(120);
        assertEquals(small[0], large[0], "statements of the first page of escalations");
        assertEquals(small[1], large[1], "rows the first page of escalations read");
        assertEquals(small[2], large[2], "statements of the first page of overdue referrals");
        assertEquals(small[3], large[3], "rows the first page of overdue referrals read");
    }

    /** Statements and rows of the first page of escalations, then of overdue referrals. */
    private static long[] firstPages(int size) {
        CountingPool pool = new CountingPool(Postgres.newDatabase("paging"));
        Ankommen ankommen = loaded(JdbcStore.builder(pool).migrateOnBuild(true).build(), size);
        pool.reset();
        assertEquals(SIZE, ankommen.cases().escalations(COORDINATOR, 3, PageRequest.first(SIZE)).items().size());
        long[] counts = {pool.statements(), pool.rows(), 0, 0};
        pool.reset();
        assertEquals(SIZE, ankommen.referrals().overdue(COORDINATOR, PageRequest.first(SIZE)).items().size());
        counts[2] = pool.statements();
        counts[3] = pool.rows();
        return counts;
    }

    /**
     * A store with cases, half of them at Brackel and half at Aplerbeck, each with a follow-up long
     * overdue and one due in two days, and two referrals: one overdue for a response, one stalled.
     */
    private static Ankommen loaded(Store store, int size) {
        UnitOfWork.Builder unit = UnitOfWork.builder();
        Instant opened = NOW.minus(Duration.ofDays(60));
        for (int i = 0; i < size; i++) {
            String n = String.format("%04d", i);
            ClientId client = ClientId.of("client-" + n);
            CaseId id = CaseId.of("case-" + n);
            ContactPointId site = i % 2 == 0 ? Dortmund.BRACKEL : Dortmund.APLERBECK;
            unit.insert(RecordKind.CLIENT, Client.of(client, "P-" + n));
            unit.insert(RecordKind.CASE, new Case(id, client, site, TeamMemberId.of("tm-1"), null,
                    Set.of(Category.LANGUAGE_COURSE), List.of(),
                    List.of(new FollowUp(FollowUpId.of("late-" + n), TODAY.minusDays(20), null, null),
                            new FollowUp(FollowUpId.of("soon-" + n), TODAY.plusDays(2), null, null)),
                    CaseWorkflows.ASSESSMENT, null, null, null, List.of(), 2, opened, opened));
            unit.insert(RecordKind.REFERRAL, referral(id, client, site, "-waiting", ReferralStatus.REQUESTED));
            unit.insert(RecordKind.REFERRAL, referral(id, client, site, "-stalled", ReferralStatus.ACCEPTED));
        }
        store.apply(unit.build());
        return Ankommen.builder().store(store).clock(TestClock.at(NOW, BERLIN)).zone(BERLIN).build();
    }

    /** A referral requested 30 days ago and due for a response 16 days ago; accepted, if so, the next day. */
    private static Referral referral(CaseId caseId, ClientId client, ContactPointId site, String suffix,
            ReferralStatus status) {
        Instant requested = NOW.minus(Duration.ofDays(30));
        Instant accepted = status == ReferralStatus.ACCEPTED ? requested.plus(Duration.ofDays(1)) : null;
        Instant last = accepted == null ? requested : accepted;
        return new Referral(ReferralId.of(caseId.value() + suffix), caseId, client, site, OfferId.of("offer-1"),
                Dortmund.JOBCENTER, Category.LANGUAGE_COURSE, Set.of(DataCategory.BASIC), "Vermittlung in einen Sprachkurs",
                status, null, null, null, TransferBasis.consent(ConsentId.of("consent-" + caseId.value())), null,
                requested, TODAY.minusDays(16), accepted, last, 1, requested, last);
    }
}
