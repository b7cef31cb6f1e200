package io.github.ankommen.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.ReferralService;
import io.github.ankommen.Stores;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.referral.OpenReferralsException;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralEvent;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralSettlement;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.ReferralStatusChanged;
import io.github.ankommen.referral.Side;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.tck.ForwardingStore;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import io.github.ankommen.workflow.Workflow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 16, point 1: a case closes only over settled referrals; through the services, on both stores. */
class ClosingSettlesReferralsTest {

    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor OTHER_SITE = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor JOBCENTER = Actor.partner(ActorId.of("jc-1"), Dortmund.JOBCENTER);
    private static final CaseId CASE = CaseId.of("case-1");
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final String PURPOSE = "Vermittlung in Arbeit";
    private static final ReferralId DRAFT = ReferralId.of("ref-1-draft");
    private static final ReferralId WORKING = ReferralId.of("ref-2-working");
    private static final ReferralId DONE = ReferralId.of("ref-3-done");

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    private final List<ReferralEvent> events = new ArrayList<>();
    private TestClock clock;
    private CaseService cases;
    private ReferralService referrals;

    private ForwardingStore interleaving;

    private void start(Supplier<Store> store, Workflow<Case> workflow, UnaryOperator<Ankommen.Builder> configure) {
        clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        interleaving = new ForwardingStore(store.get());
        Ankommen ankommen = configure.apply(Ankommen.builder().store(interleaving).clock(clock)
                .ids(IdSource.sequence("t")).caseWorkflow(workflow).listener(events::add)).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        cases = ankommen.cases();
        referrals = ankommen.referrals();
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
        cases.open(CASEWORKER, new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, TeamMemberId.of("brackel-city"), null,
                Set.of(Category.WORK)));
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.ASSESS));
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.PLAN));
        cases.apply(CASEWORKER, CASE, new CaseCommand.AddGoal(GoalId.of("g-1"), "Arbeit finden", List.of(),
                LocalDate.of(2018, 12, 1)));
        cases.apply(CASEWORKER, CASE, new CaseCommand.AgreeGoal(GoalId.of("g-1")));
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.LINK));
        ankommen.consents().record(CASEWORKER, Consent.obtained(ConsentId.of("consent-1"), CLIENT,
                Set.of(DataCategory.BASIC), Dortmund.JOBCENTER, PURPOSE, CASEWORKER.id(), clock.instant(),
                LocalDate.of(2018, 6, 4), LocalDate.of(2018, 12, 31)));
        for (ReferralId id : List.of(DRAFT, WORKING, DONE)) {
            referrals.draft(CASEWORKER, id, CASE, Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC), PURPOSE);
        }
        for (ReferralId id : List.of(WORKING, DONE)) {
            referrals.request(CASEWORKER, id, null, null);
            referrals.apply(JOBCENTER, id, ReferralCommand.accept());
        }
        referrals.apply(JOBCENTER, WORKING, ReferralCommand.start());
        referrals.apply(JOBCENTER, DONE, ReferralCommand.complete(ReferralOutcome.of(ReferralOutcome.Kind.JOB_TAKEN)));
        clock.advance(Duration.ofDays(1));
        events.clear();
    }

    private void start(Supplier<Store> store) {
        start(store, CaseWorkflows.dgcc(), b -> b);
    }

    private ReferralStatus status(ReferralId id) {
        return referrals.find(COORDINATOR, id).orElseThrow().value().status();
    }

    private List<ReferralSettlement> settleBoth() {
        return List.of(ReferralSettlement.of(DRAFT, ReferralReason.OTHER, "nicht mehr nötig"),
                ReferralSettlement.of(WORKING, ReferralReason.CLIENT_DECLINED, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aCaseCannotCloseWhileAReferralIsOpenAndTheRefusalNamesEachOpenOne(String name, Supplier<Store> store) {
        start(store);
        long version = cases.find(COORDINATOR, CASE).orElseThrow().version();
        int trail = cases.auditTrail(COORDINATOR, CASE).size();

        OpenReferralsException refused = assertThrows(OpenReferralsException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED)));
        assertEquals(List.of(DRAFT, WORKING), refused.openReferrals());
        assertEquals(CASE, refused.caseId());
        assertEquals(CaseWorkflows.CLOSE, refused.attempted());
        assertTrue(refused.getMessage().contains("ref-1-draft (draft)") && refused.getMessage().contains(
                "ref-2-working (in-progress)"), refused.getMessage());
        assertEquals(version, cases.find(COORDINATOR, CASE).orElseThrow().version(), "nothing written");
        assertEquals(trail, cases.auditTrail(COORDINATOR, CASE).size());
        assertEquals(ReferralStatus.IN_PROGRESS, status(WORKING));

        assertThrows(OpenReferralsException.class, () -> cases.apply(CASEWORKER, CASE,
                CaseCommand.close(ClosureOutcome.GOALS_REACHED), version), "nor with the expected version");
        assertEquals(List.of(), events);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void norCanItRequestItsClosureOrHaveItApproved(String name, Supplier<Store> store) {
        start(store, CaseWorkflows.dgcc(true), b -> b);
        OpenReferralsException refused = assertThrows(OpenReferralsException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.requestClosure(ClosureOutcome.GOALS_REACHED)));
        assertEquals(List.of(DRAFT, WORKING), refused.openReferrals());
        assertEquals(CaseWorkflows.LINKING, cases.find(COORDINATOR, CASE).orElseThrow().value().state());

        cases.close(CASEWORKER, CASE, CaseCommand.requestClosure(ClosureOutcome.GOALS_REACHED), settleBoth());
        assertEquals(CaseWorkflows.CLOSURE_REQUESTED, cases.find(COORDINATOR, CASE).orElseThrow().value().state());
        ReferralId late = ReferralId.of("ref-4-late");
        referrals.draft(CASEWORKER, late, CASE, Dortmund.JOB_PLACEMENT, Set.of(DataCategory.BASIC), PURPOSE);
        refused = assertThrows(OpenReferralsException.class,
                () -> cases.apply(COORDINATOR, CASE, CaseCommand.fire(CaseWorkflows.APPROVE_CLOSURE)));
        assertEquals(List.of(late), refused.openReferrals(), "a referral drafted after the request holds the approval");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aHandOverSettlesEveryOpenReferralWithTheClosingAndTellsTheReceivingSide(String name, Supplier<Store> store) {
        start(store);
        Case closed = cases.close(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.CLIENT_MOVED_AWAY), settleBoth())
                .value();
        assertEquals(CaseWorkflows.CLOSED, closed.state());
        assertEquals(ReferralStatus.CANCELLED, status(DRAFT));
        assertEquals(ReferralStatus.CANCELLED, status(WORKING));
        assertEquals(ReferralStatus.COMPLETED, status(DONE), "an ended referral is left as it is");
        assertEquals(ReferralReason.CLIENT_DECLINED, referrals.find(COORDINATOR, WORKING).orElseThrow().value().reason());
        assertEquals(ReferralAction.REVOKE, last(referrals.history(COORDINATOR, WORKING)).action());
        assertEquals(ReferralAction.CANCEL, last(referrals.history(COORDINATOR, DRAFT)).action());
        assertEquals(List.of(DONE, DRAFT, WORKING).stream().map(ReferralId::value).sorted().toList(),
                referrals.closedReferrals(COORDINATOR, CASE).stream().map(ReferralClosed::referral)
                        .map(ReferralId::value).sorted().toList(), "each ended referral leaves its note in the case");

        List<ReferralStatusChanged> told = events.stream().map(ReferralStatusChanged.class::cast).toList();
        assertEquals(2, told.size(), events.toString());
        for (ReferralStatusChanged event : told) {
            assertEquals(Side.SENDER, event.side());
            assertEquals(Dortmund.JOBCENTER, event.recipient());
            assertEquals(ReferralStatus.CANCELLED, event.to());
        }
        assertEquals(Set.of(DRAFT, WORKING), Set.of(told.get(0).referral(), told.get(1).referral()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aPartialHandOverIsRefusedAndWritesNothing(String name, Supplier<Store> store) {
        start(store);
        OpenReferralsException refused = assertThrows(OpenReferralsException.class, () -> cases.close(CASEWORKER, CASE,
                CaseCommand.close(ClosureOutcome.GOALS_REACHED), List.of(settleBoth().get(0))));
        assertEquals(List.of(WORKING), refused.openReferrals());
        assertEquals(ReferralStatus.DRAFT, status(DRAFT), "the settlement of the other was not written either");
        assertEquals(CaseWorkflows.LINKING, cases.find(COORDINATOR, CASE).orElseThrow().value().state());
        assertEquals(List.of(), events);

        assertThrows(IllegalArgumentException.class, () -> cases.close(CASEWORKER, CASE, CaseCommand.hold("Urlaub"),
                settleBoth()), "only a closing settles");
        assertThrows(IllegalArgumentException.class, () -> cases.close(CASEWORKER, CASE,
                CaseCommand.close(ClosureOutcome.GOALS_REACHED), List.of(settleBoth().get(0), settleBoth().get(0),
                        settleBoth().get(1))), "a referral settled twice");
        assertThrows(IllegalArgumentException.class, () -> cases.close(CASEWORKER, CASE,
                CaseCommand.close(ClosureOutcome.GOALS_REACHED), List.of(settleBoth().get(0), settleBoth().get(1),
                        ReferralSettlement.of(ReferralId.of("elsewhere"), ReferralReason.OTHER, null))));
        assertThrows(io.github.ankommen.access.AccessDeniedException.class, () -> cases.close(OTHER_SITE, CASE,
                CaseCommand.close(ClosureOutcome.GOALS_REACHED), settleBoth()), "a caseworker of another site");
        assertEquals(ReferralStatus.IN_PROGRESS, status(WORKING));
        assertEquals(CaseWorkflows.LINKING, cases.find(COORDINATOR, CASE).orElseThrow().value().state());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void reopeningDoesNotReopenSettledReferrals(String name, Supplier<Store> store) {
        start(store);
        cases.close(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED), settleBoth());
        cases.apply(CASEWORKER, CASE, CaseCommand.reopen("neuer Bedarf"));
        assertEquals(ReferralStatus.CANCELLED, status(DRAFT));
        assertEquals(ReferralStatus.CANCELLED, status(WORKING));
        assertEquals(CaseWorkflows.CLOSED, cases.apply(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED))
                .value().state(), "settled referrals hold no later closing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aMunicipalityChoosesWhichReferralsHoldAClosure(String name, Supplier<Store> store) {
        start(store, CaseWorkflows.dgcc(), b -> b.referralsHoldingClosure(EnumSet.of(ReferralStatus.ACCEPTED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD)));
        OpenReferralsException refused = assertThrows(OpenReferralsException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED)));
        assertEquals(List.of(WORKING), refused.openReferrals(), "a draft does not hold the closure here");
        cases.close(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED), List.of(settleBoth().get(1)));
        assertEquals(ReferralStatus.DRAFT, status(DRAFT));

        start(store, CaseWorkflows.dgcc(), b -> b.referralsHoldingClosure(Set.of()));
        assertEquals(CaseWorkflows.CLOSED, cases.apply(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED))
                .value().state(), "the rule turned off");
        assertEquals(ReferralStatus.IN_PROGRESS, status(WORKING));

        assertThrows(IllegalArgumentException.class,
                () -> Ankommen.builder().referralsHoldingClosure(Set.of(ReferralStatus.COMPLETED)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aReferralChangedWhileTheCaseClosesMakesTheWholeUnitFail(String name, Supplier<Store> store) {
        start(store);
        interleaving.beforeNextApply(() -> referrals.apply(JOBCENTER, WORKING, ReferralCommand.hold(null)));
        assertThrows(ConflictException.class, () -> cases.close(CASEWORKER, CASE,
                CaseCommand.close(ClosureOutcome.GOALS_REACHED), settleBoth()));
        assertEquals(CaseWorkflows.LINKING, cases.find(COORDINATOR, CASE).orElseThrow().value().state());
        assertEquals(ReferralStatus.DRAFT, status(DRAFT), "the other settlement was not written either");
        assertEquals(ReferralStatus.ON_HOLD, status(WORKING));
        assertEquals(List.of(ReferralAction.HOLD), events.stream().map(e -> ((ReferralStatusChanged) e).action())
                .toList(), "no settlement was announced");

        cases.close(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED), settleBoth());
        assertEquals(ReferralStatus.CANCELLED, status(WORKING), "repeated, it settles the referral on hold");
    }

    private static <E> E last(List<E> list) {
        return list.get(list.size() - 1);
    }
}
