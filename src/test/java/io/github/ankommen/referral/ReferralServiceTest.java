package io.github.ankommen.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.ConsentService;
import io.github.ankommen.PathwayService;
import io.github.ankommen.ReferralService;
import io.github.ankommen.StatisticsService;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.ConsentMissingException;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.pathway.PathwayProgress;
import io.github.ankommen.pathway.Pathways;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReferralServiceTest {

    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor JOBCENTER = Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER);
    private static final CaseId CASE = CaseId.of("case-1");
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final String PURPOSE = "Vermittlung in Arbeit";
    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_SIZE);

    private final List<ReferralEvent> events = new ArrayList<>();
    private TestClock clock;
    private Ankommen ankommen;
    private ReferralService referrals;
    private ConsentService consents;
    private PathwayService pathways;
    private StatisticsService statistics;

    @BeforeEach
    void setUp() {
        clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        ankommen = Ankommen.builder().clock(clock).ids(IdSource.sequence("t")).listener(events::add).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        ankommen.cases().register(CASEWORKER, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
        ankommen.cases().open(CASEWORKER, new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, TeamMemberId.of("brackel-city"),
                null, Set.of(Category.WORK)));
        referrals = ankommen.referrals();
        consents = ankommen.consents();
        pathways = ankommen.pathways();
        statistics = ankommen.statistics();
    }

    private ReferralId draft(String id) {
        ReferralId referral = ReferralId.of(id);
        referrals.draft(CASEWORKER, referral, CASE, Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC), PURPOSE);
        return referral;
    }

    private Consent consent(String id) {
        Consent consent = Consent.obtained(ConsentId.of(id), CLIENT, Set.of(DataCategory.BASIC), Dortmund.JOBCENTER,
                PURPOSE, CASEWORKER.id(), clock.instant(), LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31));
        consents.record(CASEWORKER, consent);
        return consent;
    }

    @Test
    void theLoopClosesFromDraftToCompletedWithLedgerHistoryAndCaseNote() {
        ReferralId referral = draft("ref-1");
        assertThrows(ConsentMissingException.class, () -> referrals.request(CASEWORKER, referral, null, null));
        assertEquals(ReferralStatus.DRAFT, referrals.find(CASEWORKER, referral).orElseThrow().value().status());
        assertEquals(List.of(), referrals.ledger(CASEWORKER, CLIENT));

        consent("consent-1");
        Versioned<Referral> requested = referrals.request(CASEWORKER, referral, null, null);
        assertEquals(ReferralStatus.REQUESTED, requested.value().status());
        assertEquals(2, requested.version());
        assertEquals(1, referrals.ledger(CASEWORKER, CLIENT).size());
        assertEquals(Dortmund.JOBCENTER, referrals.ledger(CASEWORKER, CLIENT).get(0).recipient());

        assertThrows(WrongSideException.class, () -> referrals.apply(CASEWORKER, referral, ReferralCommand.accept()));
        referrals.apply(JOBCENTER, referral, ReferralCommand.accept());
        referrals.apply(JOBCENTER, referral, ReferralCommand.start());
        Versioned<Referral> completed = referrals.apply(JOBCENTER, referral,
                ReferralCommand.complete(ReferralOutcome.of(ReferralOutcome.Kind.JOB_TAKEN)));
        assertEquals(ReferralStatus.COMPLETED, completed.value().status());
        assertEquals(5, completed.version());

        assertEquals(5, referrals.history(CASEWORKER, referral).size());
        List<ReferralClosed> notes = referrals.closedReferrals(CASEWORKER, CASE);
        assertEquals(1, notes.size());
        assertEquals(ReferralOutcome.Kind.JOB_TAKEN, notes.get(0).outcome());
        assertTrue(events.stream().anyMatch(e -> e instanceof ReferralStatusChanged changed
                && changed.to() == ReferralStatus.ACCEPTED), events.toString());
        assertThrows(IllegalReferralTransitionException.class,
                () -> referrals.apply(JOBCENTER, referral, ReferralCommand.start()));
    }

    @Test
    void withdrawingAConsentFlagsEveryOpenReferralThatDependsOnIt() {
        Consent consent = consent("consent-1");
        ReferralId first = draft("ref-1");
        ReferralId second = draft("ref-2");
        referrals.request(CASEWORKER, first, null, null);
        referrals.request(CASEWORKER, second, null, null);
        referrals.apply(JOBCENTER, second, ReferralCommand.accept());
        events.clear();

        Versioned<Consent> withdrawn = consents.withdraw(CASEWORKER, consent.id());
        assertNotNull(withdrawn.value().withdrawnAt());
        for (ReferralId id : List.of(first, second)) {
            assertNotNull(referrals.find(CASEWORKER, id).orElseThrow().value().flag(), id.value());
        }
        assertEquals(2, referrals.ledger(CASEWORKER, CLIENT).size(), "a withdrawal shares no data");
        assertTrue(events.stream().anyMatch(e -> e instanceof ConsentWithdrawn), events.toString());
        assertEquals(2, events.stream().filter(e -> e instanceof ReferralFlagged).count(), events.toString());

        // Nothing more goes out to that recipient on the withdrawn consent.
        ReferralId third = draft("ref-3");
        assertThrows(ConsentMissingException.class, () -> referrals.request(CASEWORKER, third, null, null));
    }

    @Test
    void overdueAndStalledReferralsAreFound() {
        consent("consent-1");
        ReferralId waiting = draft("ref-1");
        referrals.request(CASEWORKER, waiting, null, null);
        ReferralId accepted = draft("ref-2");
        referrals.request(CASEWORKER, accepted, null, null);
        referrals.apply(JOBCENTER, accepted, ReferralCommand.accept());
        assertEquals(List.of(), referrals.overdue(COORDINATOR, ALL).items());

        clock.advanceWorkingDays(10, ankommen.workingDays());
        assertEquals(List.of(waiting), referrals.overdue(COORDINATOR, ALL).items().stream().map(Referral::id).toList());
        assertEquals(List.of(accepted), referrals.stalled(COORDINATOR, 5, ALL).items().stream().map(Referral::id).toList());
        assertEquals(List.of(), referrals.stalled(COORDINATOR, 20, ALL).items());
    }

    @Test
    void rejectionsForNoCapacityShowInTheGapReport() {
        consent("consent-1");
        for (String id : List.of("ref-1", "ref-2")) {
            ReferralId referral = draft(id);
            referrals.request(CASEWORKER, referral, null, null);
            referrals.apply(JOBCENTER, referral, ReferralCommand.reject(ReferralReason.NO_CAPACITY, null));
        }
        List<io.github.ankommen.referral.GapRow> rows = statistics.gapReport(COORDINATOR).rows();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(Dortmund.Districts.BRACKEL, rows.get(0).district());
        assertEquals(Category.WORK, rows.get(0).category());
        assertEquals(2, rows.get(0).requested());
        assertEquals(2, rows.get(0).rejectedNoCapacity());
        assertEquals(2, referrals.referrals(JOBCENTER, ReferralQuery.to(Dortmund.JOBCENTER), ALL).items().size());
    }

    @Test
    void partnersSeeOnlyReferralsAddressedToThem() {
        consent("consent-1");
        ReferralId referral = draft("ref-1");
        referrals.request(CASEWORKER, referral, null, null);
        Actor club = Actor.partner(ActorId.of("club-1"), io.github.ankommen.network.OrganisationId.of("sv-beispiel-1920"));
        assertEquals(1, referrals.referrals(JOBCENTER, ReferralQuery.to(Dortmund.JOBCENTER), ALL).items().size());
        io.github.ankommen.access.AccessDeniedException denied = assertThrows(
                io.github.ankommen.access.AccessDeniedException.class, () -> referrals.find(club, referral));
        assertEquals("partner.other-organisation", denied.rule());
        assertThrows(io.github.ankommen.access.AccessDeniedException.class,
                () -> referrals.apply(club, referral, ReferralCommand.accept()));
        assertEquals(ReferralStatus.REQUESTED, referrals.find(JOBCENTER, referral).orElseThrow().value().status());
        assertThrows(io.github.ankommen.access.AccessDeniedException.class,
                () -> statistics.gapReport(Actor.volunteer(ActorId.of("vol"), Dortmund.BRACKEL)));
    }

    @Test
    void pathwaysProgressFromTheCasesReferrals() {
        Pathways.examples().forEach(pathway -> pathways.save(COORDINATOR, pathway));
        List<PathwayProgress> progress = pathways.progress(CASEWORKER, CASE);
        assertEquals(3, progress.size());
        assertFalse(pathways.nextSteps(CASEWORKER, CASE, Pathways.WORK).isEmpty());
        consent("consent-1");
        ReferralId referral = draft("ref-1");
        referrals.request(CASEWORKER, referral, null, null);
        PathwayProgress work = pathways.progress(CASEWORKER, CASE).stream().filter(p -> p.pathway().id().equals(Pathways.WORK))
                .findFirst().orElseThrow();
        assertTrue(work.steps().stream().anyMatch(s -> s.state() == io.github.ankommen.pathway.StepState.IN_PROGRESS),
                work.toString());
    }
}
