package io.github.ankommen.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.DeniedAccess;
import io.github.ankommen.access.Operation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseServiceTest {

    /** One page of the largest size: all there is in these small tests. */
    private static final PageRequest ONE_PAGE = PageRequest.first(PageRequest.MAX_SIZE);
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final Actor OTHER_SITE = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
    private static final CaseId CASE = CaseId.of("case-1");
    private static final ClientId CLIENT = ClientId.of("client-1");

    private TestClock clock;
    private Store store;
    private CaseService cases;

    @BeforeEach
    void setUp() {
        clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().clock(clock).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        cases = ankommen.cases();
        store = ankommen.store();
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
    }

    private Versioned<Case> open() {
        return cases.open(CASEWORKER, new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, TeamMemberId.of("brackel-city"),
                null, Set.of(Category.LANGUAGE_COURSE)));
    }

    @Test
    void openingWritesTheCaseAndItsFirstAuditEntry() {
        Versioned<Case> opened = open();
        assertEquals(1, opened.version());
        assertEquals(CaseWorkflows.INTAKE, opened.value().state());
        assertEquals(opened, cases.find(CASEWORKER, CASE).orElseThrow());
        List<AuditEntry> trail = cases.auditTrail(CASEWORKER, CASE);
        assertEquals(1, trail.size());
        assertEquals(CaseWorkflows.OPEN, trail.get(0).transition());
        assertEquals(CASEWORKER.id(), trail.get(0).actor());
    }

    @Test
    void openingForAnUnknownClientIsRefused() {
        // A caseworker is refused as for another site's client (no existence oracle); a coordinator learns why.
        assertThrows(AccessDeniedException.class, () -> cases.open(CASEWORKER, new OpenCase(CASE,
                ClientId.of("nobody"), Dortmund.BRACKEL, TeamMemberId.of("brackel-city"), null, Set.of())));
        assertThrows(RecordNotFoundException.class, () -> cases.open(COORDINATOR, new OpenCase(CASE,
                ClientId.of("nobody"), Dortmund.BRACKEL, TeamMemberId.of("brackel-city"), null, Set.of())));
        assertTrue(cases.find(COORDINATOR, CASE).isEmpty());
    }

    @Test
    void theMainPathIsStoredWithOneAuditEntryPerChange() {
        open();
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.ASSESS));
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.PLAN));
        GoalId goal = GoalId.of("goal-1");
        cases.apply(CASEWORKER, CASE, new CaseCommand.AddGoal(goal, "Deutschkurs B1", List.of("anmelden"),
                LocalDate.of(2018, 12, 1)));
        cases.apply(CASEWORKER, CASE, new CaseCommand.AgreeGoal(goal));
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.LINK));
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.MONITOR));
        Versioned<Case> closed = cases.apply(CASEWORKER, CASE, CaseCommand.close(ClosureOutcome.GOALS_REACHED));
        assertEquals(CaseWorkflows.CLOSED, closed.value().state());
        assertEquals(8, closed.version());
        List<AuditEntry> trail = cases.auditTrail(CASEWORKER, CASE);
        assertEquals(8, trail.size());
        for (int i = 0; i < trail.size(); i++) {
            assertEquals(i + 1, trail.get(i).version());
        }
        assertEquals(List.of(closed), cases.cases(CASEWORKER, CaseQuery.at(Dortmund.BRACKEL).inState(CaseWorkflows.CLOSED),
                PageRequest.first(10)).items());
    }

    @Test
    void aRefusedTransitionWritesNothing() {
        open();
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.ASSESS));
        Versioned<Case> planning = cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.PLAN));
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.LINK)));
        assertEquals(CASE, refused.caseId());
        assertEquals(CaseWorkflows.PLANNING, refused.current());
        assertEquals(planning, cases.find(CASEWORKER, CASE).orElseThrow());
        assertEquals(3, cases.auditTrail(CASEWORKER, CASE).size());
    }

    @Test
    void aCaseworkerOfAnotherSiteIsDeniedRecordedAndChangesNothing() {
        open();
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> cases.apply(OTHER_SITE, CASE, CaseCommand.fire(CaseWorkflows.ASSESS)));
        assertEquals("caseworker.other-contact-point", denied.rule());
        assertEquals(1, cases.find(CASEWORKER, CASE).orElseThrow().version());
        assertEquals(1, cases.auditTrail(CASEWORKER, CASE).size());
        List<DeniedAccess> recorded = store.query(OwnedQuery.deniedAccesses(OTHER_SITE.id()), PageRequest.first(10))
                .items().stream().map(Versioned::value).toList();
        assertEquals(1, recorded.size());
        assertEquals(Operation.FIRE_TRANSITION, recorded.get(0).operation());
        assertEquals("caseworker.other-contact-point", recorded.get(0).rule());
        assertThrows(AccessDeniedException.class, () -> cases.find(OTHER_SITE, CASE));
        assertThrows(AccessDeniedException.class, () -> cases.find(Actor.analyst(ActorId.of("analyst")), CASE));
    }

    @Test
    void aVolunteerSeesOnlyTheCasesTheyMentorAndNeverSensitiveData() {
        TeamMemberId mentor = TeamMemberId.of("brackel-volunteer");
        Actor volunteer = Actor.volunteer(ActorId.of("vol-1"), mentor, Dortmund.BRACKEL);
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(ClientId.of("client-2"), "P-2")
                .withSensitive(new SensitiveData(ResidenceStatus.ASYLUM_PROCEDURE, "Diabetes")));
        cases.open(CASEWORKER, new OpenCase(CaseId.of("case-2"), ClientId.of("client-2"), Dortmund.BRACKEL,
                TeamMemberId.of("brackel-city"), mentor, Set.of()));
        open();
        assertEquals(List.of(CaseId.of("case-2")), cases.cases(volunteer, CaseQuery.at(Dortmund.BRACKEL),
                PageRequest.first(10)).items().stream().map(c -> c.value().id()).toList());
        Client seen = cases.client(volunteer, CaseId.of("case-2"));
        assertEquals(SensitiveData.none(), seen.sensitive());
        assertEquals(ResidenceStatus.ASYLUM_PROCEDURE, cases.client(CASEWORKER, CaseId.of("case-2")).sensitive()
                .residenceStatus());
        assertThrows(AccessDeniedException.class, () -> cases.client(volunteer, CASE));
        assertThrows(AccessDeniedException.class,
                () -> cases.apply(volunteer, CaseId.of("case-2"), CaseCommand.fire(CaseWorkflows.ASSESS)));
    }

    @Test
    void aStaleExpectedVersionIsAConflictAndWritesNothing() {
        open();
        cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.ASSESS), 1);
        ConflictException conflict = assertThrows(ConflictException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.fire(CaseWorkflows.PLAN), 1));
        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(CaseWorkflows.ASSESSMENT, cases.find(CASEWORKER, CASE).orElseThrow().value().state());
        assertEquals(2, cases.auditTrail(CASEWORKER, CASE).size());
    }

    @Test
    void followUpsBecomeDueThenOverdueThenEscalated() {
        open();
        FollowUpId followUp = FollowUpId.of("fu-1");
        // Monday 4 June 2018; due Wednesday 6 June.
        cases.apply(CASEWORKER, CASE, new CaseCommand.AddFollowUp(followUp, LocalDate.of(2018, 6, 6), null));
        assertEquals(List.of(), cases.overdue(CASEWORKER, Dortmund.BRACKEL, ONE_PAGE).items());
        assertEquals(1, cases.dueWithin(CASEWORKER, Dortmund.BRACKEL, 2, ONE_PAGE).items().size());
        assertEquals(0, cases.dueWithin(CASEWORKER, Dortmund.BRACKEL, 1, ONE_PAGE).items().size());

        clock.advance(Duration.ofDays(3)); // Thursday 7 June
        List<Deadline> overdue = cases.overdue(CASEWORKER, Dortmund.BRACKEL, ONE_PAGE).items();
        assertEquals(1, overdue.size());
        assertEquals(followUp, overdue.get(0).followUp());
        assertEquals(List.of(), cases.overdue(COORDINATOR, Dortmund.APLERBECK, ONE_PAGE).items());
        assertEquals(List.of(), cases.escalations(COORDINATOR, 3, ONE_PAGE).items());

        clock.advance(Duration.ofDays(7)); // Thursday 14 June: six working days late
        List<Escalation> escalations = cases.escalations(COORDINATOR, 3, ONE_PAGE).items();
        assertEquals(1, escalations.size());
        int[] told = {0};
        assertEquals(1, cases.escalate(COORDINATOR, 3, e -> told[0]++));
        assertEquals(1, told[0]);

        cases.apply(CASEWORKER, CASE, new CaseCommand.CompleteFollowUp(followUp));
        assertEquals(List.of(), cases.overdue(CASEWORKER, Dortmund.BRACKEL, ONE_PAGE).items());
    }
}
