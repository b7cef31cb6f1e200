package io.github.ankommen.loops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.Ankommen;
import io.github.ankommen.CaseService;
import io.github.ankommen.Stores;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.casework.GoalId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.storage.Store;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.TestClock;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.Workflow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 16, point 3: plan approval as an option of the DGCC default; through the services, on both stores. */
class PlanApprovalTest {

    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw-brackel"), Dortmund.BRACKEL);
    private static final Actor APPROVER = new Actor(ActorId.of("lead-brackel"), Role.CASEWORKER,
            Set.of(Dortmund.BRACKEL), null, Set.of(Permission.APPROVE_PLAN));
    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("coordinator"));
    private static final CaseId CASE = CaseId.of("case-1");
    private static final ClientId CLIENT = ClientId.of("client-1");
    private static final GoalId GOAL = GoalId.of("g-1");

    static Stream<Arguments> stores() {
        return Stores.both();
    }

    private CaseService cases;

    private void start(Supplier<Store> store, Workflow<Case> workflow) {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), Dortmund.network().zone());
        Ankommen ankommen = Ankommen.builder().store(store.get()).clock(clock).ids(IdSource.sequence("t"))
                .caseWorkflow(workflow).build();
        ankommen.network().load(COORDINATOR, Dortmund.directory());
        cases = ankommen.cases();
        cases.register(CASEWORKER, Dortmund.BRACKEL, Client.of(CLIENT, "P-1"));
        cases.open(CASEWORKER, new OpenCase(CASE, CLIENT, Dortmund.BRACKEL, TeamMemberId.of("brackel-city"), null,
                Set.of(Category.WORK)));
        cases.apply(CASEWORKER, CASE, CaseCommand.assess());
        cases.apply(CASEWORKER, CASE, CaseCommand.plan());
        cases.apply(CASEWORKER, CASE, CaseCommand.addGoal(GOAL, "Arbeit finden", List.of(), LocalDate.of(2018, 12, 1)));
    }

    private Case current() {
        return cases.find(COORDINATOR, CASE).orElseThrow().value();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aCoordinatorApprovesTheSupportPlanBeforeLinking(String name, Supplier<Store> store) {
        start(store, CaseWorkflows.dgcc(CaseWorkflows.Option.PLAN_APPROVAL));
        IllegalTransitionException noLink = assertThrows(IllegalTransitionException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.link()));
        assertEquals(Refusal.Kind.UNKNOWN_TRANSITION, noLink.refusal().kind(), "linking waits for approval");
        assertEquals(Refusal.Kind.GUARD, assertThrows(IllegalTransitionException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.submitPlan())).refusal().kind(), "no agreed goal yet");

        cases.apply(CASEWORKER, CASE, CaseCommand.agreeGoal(GOAL));
        cases.apply(CASEWORKER, CASE, CaseCommand.submitPlan());
        assertEquals(CaseWorkflows.PLAN_SUBMITTED, current().state());
        assertEquals(Refusal.Kind.NOT_PERMITTED, assertThrows(IllegalTransitionException.class,
                () -> cases.apply(CASEWORKER, CASE, CaseCommand.approvePlan())).refusal().kind(),
                "a caseworker without the permission");
        assertEquals(CaseWorkflows.PLAN_SUBMITTED, current().state());

        cases.apply(COORDINATOR, CASE, CaseCommand.approvePlan());
        assertEquals(CaseWorkflows.LINKING, current().state());
        List<AuditEntry> trail = cases.auditTrail(COORDINATOR, CASE);
        AuditEntry approval = trail.get(trail.size() - 1);
        assertEquals(CaseWorkflows.APPROVE_PLAN, approval.transition());
        assertEquals(COORDINATOR.id(), approval.actor());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aDeclineReturnsThePlanToPlanningWithItsReasonAndTheCaseworkerMayHoldThePermission(String name,
            Supplier<Store> store) {
        start(store, CaseWorkflows.dgcc(CaseWorkflows.Option.PLAN_APPROVAL, CaseWorkflows.Option.CLOSURE_APPROVAL));
        cases.apply(CASEWORKER, CASE, CaseCommand.agreeGoal(GOAL));
        cases.apply(CASEWORKER, CASE, CaseCommand.submitPlan());
        assertEquals(Refusal.Kind.MISSING_INPUT, assertThrows(IllegalTransitionException.class,
                () -> cases.apply(APPROVER, CASE, CaseCommand.declinePlan(" "))).refusal().kind(), "a decline needs a reason");

        cases.apply(APPROVER, CASE, CaseCommand.declinePlan("Ziel zu ungenau"));
        assertEquals(CaseWorkflows.PLANNING, current().state());
        List<AuditEntry> trail = cases.auditTrail(COORDINATOR, CASE);
        assertEquals("Ziel zu ungenau", trail.get(trail.size() - 1).reason());
        assertEquals(CaseWorkflows.DECLINE_PLAN, trail.get(trail.size() - 1).transition());

        cases.apply(CASEWORKER, CASE, CaseCommand.submitPlan());
        cases.apply(APPROVER, CASE, CaseCommand.approvePlan());
        assertEquals(CaseWorkflows.LINKING, current().state());
        cases.apply(CASEWORKER, CASE, CaseCommand.requestClosure(ClosureOutcome.GOALS_REACHED));
        cases.apply(COORDINATOR, CASE, CaseCommand.approveClosure());
        assertEquals(CaseWorkflows.CLOSED, current().state(), "both approvals in one workflow");
    }

    @Test
    void theOptionsLeaveTheDefaultAsItWas() {
        Workflow<Case> plain = CaseWorkflows.dgcc();
        assertFalse(plain.states().contains(CaseWorkflows.PLAN_SUBMITTED));
        assertEquals(plain.transitions().stream().map(t -> t.name()).toList(),
                CaseWorkflows.dgcc(new CaseWorkflows.Option[0]).transitions().stream().map(t -> t.name()).toList());
        assertEquals(CaseWorkflows.dgcc(true).transitions().stream().map(t -> t.name()).toList(),
                CaseWorkflows.dgcc(CaseWorkflows.Option.CLOSURE_APPROVAL).transitions().stream().map(t -> t.name())
                        .toList());
        assertFalse(CaseWorkflows.dgcc(CaseWorkflows.Option.PLAN_APPROVAL).transition(CaseWorkflows.LINK).isPresent());
    }
}
