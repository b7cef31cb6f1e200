package io.github.ankommen.casework;

import static io.github.ankommen.casework.CaseWorkflows.ASSESSMENT;
import static io.github.ankommen.casework.CaseWorkflows.CLOSED;
import static io.github.ankommen.casework.CaseWorkflows.CLOSURE_REQUESTED;
import static io.github.ankommen.casework.CaseWorkflows.INTAKE;
import static io.github.ankommen.casework.CaseWorkflows.LINKING;
import static io.github.ankommen.casework.CaseWorkflows.MONITORING;
import static io.github.ankommen.casework.CaseWorkflows.ON_HOLD;
import static io.github.ankommen.casework.CaseWorkflows.PLANNING;
import static io.github.ankommen.casework.Fixtures.ANALYST;
import static io.github.ankommen.casework.Fixtures.ANNA;
import static io.github.ankommen.casework.Fixtures.APPROVER;
import static io.github.ankommen.casework.Fixtures.BORIS;
import static io.github.ankommen.casework.Fixtures.BRACKEL;
import static io.github.ankommen.casework.Fixtures.CASE;
import static io.github.ankommen.casework.Fixtures.CASEWORKER;
import static io.github.ankommen.casework.Fixtures.COORDINATOR;
import static io.github.ankommen.casework.Fixtures.EVING;
import static io.github.ankommen.casework.Fixtures.EVING_CASEWORKER;
import static io.github.ankommen.casework.Fixtures.MENTOR;
import static io.github.ankommen.casework.Fixtures.T0;
import static io.github.ankommen.casework.Fixtures.VOLUNTEER;
import static io.github.ankommen.casework.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Role;
import io.github.ankommen.network.Category;
import io.github.ankommen.workflow.Outcome;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Target;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import io.github.ankommen.workflow.WorkflowDefinitionException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseEngineTest {

    private final CaseEngine engine = CaseEngine.of(CaseWorkflows.dgcc());
    private final CaseEngine approving = CaseEngine.of(CaseWorkflows.dgcc(true));
    private int minute;

    private Case opened() {
        return engine.open(Fixtures.openCommand(), CASEWORKER, T0).updated();
    }

    private Case apply(CaseEngine e, Case c, CaseCommand command, Actor actor) {
        Change change = e.apply(c, command, actor, at(++minute));
        assertEquals(c.version() + 1, change.updated().version());
        assertEquals(change.updated().version(), change.audit().version());
        assertEquals(at(minute), change.updated().updatedAt());
        return change.updated();
    }

    private Case apply(Case c, CaseCommand command) {
        return apply(engine, c, command, CASEWORKER);
    }

    private Case inPlanningWithAgreedGoal(CaseEngine e) {
        Case c = engine.open(Fixtures.openCommand(), CASEWORKER, T0).updated();
        c = apply(e, c, CaseCommand.fire("assess"), CASEWORKER);
        c = apply(e, c, CaseCommand.fire("plan"), CASEWORKER);
        c = apply(e, c, Fixtures.goal("g1"), CASEWORKER);
        return apply(e, c, new CaseCommand.AgreeGoal(GoalId.of("g1")), CASEWORKER);
    }

    private IllegalTransitionException refused(CaseEngine e, Case c, CaseCommand command, Actor actor, Refusal.Kind kind) {
        IllegalTransitionException ex = assertThrows(IllegalTransitionException.class,
                () -> e.apply(c, command, actor, at(++minute)));
        assertEquals(kind, ex.refusal().kind(), ex.getMessage());
        assertEquals(c.id(), ex.caseId());
        assertEquals(c.state(), ex.current());
        assertEquals(command.action(), ex.attempted());
        return ex;
    }

    @Test
    void openingCreatesVersionOneInTheInitialState() {
        Change change = engine.open(Fixtures.openCommand(), CASEWORKER, T0);
        Case c = change.updated();
        assertEquals(INTAKE, c.state());
        assertEquals(1, c.version());
        assertEquals(T0, c.createdAt());
        assertEquals(T0, c.updatedAt());
        assertNull(c.previousState());
        assertEquals(new AuditEntry(CASE, 1, CASEWORKER.id(), Role.CASEWORKER, T0, null, INTAKE, "open", null), change.audit());
    }

    @Test
    void onlyStaffOfTheContactPointOpenCases() {
        assertEquals(1, engine.open(Fixtures.openCommand(), COORDINATOR, T0).updated().version());
        for (Actor actor : List.of(EVING_CASEWORKER, VOLUNTEER, ANALYST)) {
            IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                    () -> engine.open(Fixtures.openCommand(), actor, T0));
            assertEquals(Refusal.Kind.NOT_PERMITTED, e.refusal().kind());
            assertNull(e.current());
            assertEquals("open", e.attempted());
        }
    }

    @Test
    void theMainPathRunsToClosed() {
        Case c = inPlanningWithAgreedGoal(engine);
        c = apply(c, CaseCommand.fire("link"));
        assertEquals(LINKING, c.state());
        c = apply(c, CaseCommand.fire("monitor"));
        assertEquals(MONITORING, c.state());
        c = apply(c, CaseCommand.close(ClosureOutcome.GOALS_REACHED));
        assertEquals(CLOSED, c.state());
        assertEquals(ClosureOutcome.GOALS_REACHED, c.outcome());
        assertEquals(MONITORING, c.previousState());
        assertFalse(engine.isOpen(c));
        assertEquals(8, c.version());
    }

    @Test
    void eachStepOfTheMainPathIsRefusedOutOfOrder() {
        Case c = opened();
        refused(engine, c, CaseCommand.fire("plan"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, c, CaseCommand.fire("link"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, c, CaseCommand.fire("monitor"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, c, CaseCommand.fire("replan"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, c, CaseCommand.resume(), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, c, CaseCommand.reopen("x"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, c, CaseCommand.fire("fly"), CASEWORKER, Refusal.Kind.UNKNOWN_TRANSITION);
        refused(engine, c, CaseCommand.requestClosure(ClosureOutcome.OTHER), CASEWORKER, Refusal.Kind.UNKNOWN_TRANSITION);
    }

    @Test
    void linkingNeedsAnAgreedGoal() {
        Case c = apply(apply(opened(), CaseCommand.fire("assess")), CaseCommand.fire("plan"));
        IllegalTransitionException e = refused(engine, c, CaseCommand.fire("link"), CASEWORKER, Refusal.Kind.GUARD);
        assertEquals("the support plan has no agreed goal", e.refusal().detail());
        Case proposed = apply(c, Fixtures.goal("g1"));
        refused(engine, proposed, CaseCommand.fire("link"), CASEWORKER, Refusal.Kind.GUARD);
        Case agreed = apply(proposed, new CaseCommand.AgreeGoal(GoalId.of("g1")));
        assertEquals(LINKING, apply(agreed, CaseCommand.fire("link")).state());
    }

    @Test
    void replanGoesBackToPlanning() {
        Case linking = apply(inPlanningWithAgreedGoal(engine), CaseCommand.fire("link"));
        assertEquals(PLANNING, apply(linking, CaseCommand.fire("replan")).state());
        Case monitoring = apply(linking, CaseCommand.fire("monitor"));
        assertEquals(PLANNING, apply(monitoring, CaseCommand.fire("replan")).state());
    }

    @Test
    void closingNeedsAnOutcome() {
        Case c = opened();
        refused(engine, c, CaseCommand.fire("close"), CASEWORKER, Refusal.Kind.MISSING_INPUT);
        Case closed = apply(c, CaseCommand.close(ClosureOutcome.NO_CONTACT));
        assertEquals(CLOSED, closed.state());
        assertEquals(ClosureOutcome.NO_CONTACT, closed.outcome());
    }

    @Test
    void closingIsRefusedWhileATransferIsPending() {
        Case c = apply(opened(), CaseCommand.requestTransfer(EVING, null));
        IllegalTransitionException e = refused(engine, c, CaseCommand.close(ClosureOutcome.OTHER), CASEWORKER,
                Refusal.Kind.GUARD);
        assertEquals("a transfer is pending", e.refusal().detail());
    }

    @Test
    void holdNeedsAReasonAndResumeReturnsToTheStateBefore() {
        for (State phase : List.of(INTAKE, ASSESSMENT, PLANNING, LINKING, MONITORING)) {
            Case c = inPhase(phase);
            refused(engine, c, CaseCommand.hold("  "), CASEWORKER, Refusal.Kind.MISSING_INPUT);
            Case held = apply(c, CaseCommand.hold("Krankenhausaufenthalt"));
            assertEquals(ON_HOLD, held.state());
            assertEquals(phase, held.previousState());
            refused(engine, held, CaseCommand.hold("again"), CASEWORKER, Refusal.Kind.WRONG_STATE);
            refused(engine, held, CaseCommand.close(ClosureOutcome.OTHER), CASEWORKER, Refusal.Kind.WRONG_STATE);
            Case resumed = apply(held, CaseCommand.resume());
            assertEquals(phase, resumed.state());
            assertEquals(ON_HOLD, resumed.previousState());
        }
    }

    @Test
    void aTransferWhileOnHoldKeepsTheStateToResumeTo() {
        Case held = apply(inPhase(PLANNING), CaseCommand.hold("Urlaub"));
        Case transferring = apply(held, CaseCommand.requestTransfer(EVING, "Umzug nach Eving"));
        assertEquals(PLANNING, transferring.previousState());
        Case accepted = apply(engine, transferring, CaseCommand.acceptTransfer(BORIS), EVING_CASEWORKER);
        assertEquals(PLANNING, apply(engine, accepted, CaseCommand.resume(), EVING_CASEWORKER).state());
    }

    @Test
    void reopenNeedsAReasonAndIsLogged() {
        Case closed = apply(inPhase(MONITORING), CaseCommand.close(ClosureOutcome.CLIENT_MOVED_AWAY));
        refused(engine, closed, CaseCommand.reopen(null), CASEWORKER, Refusal.Kind.MISSING_INPUT);
        refused(engine, closed, CaseCommand.fire("assess"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        refused(engine, closed, Fixtures.goal("g2"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        Change change = engine.apply(closed, CaseCommand.reopen("zurückgezogen"), CASEWORKER, at(++minute));
        Case reopened = change.updated();
        assertEquals(ASSESSMENT, reopened.state());
        assertNull(reopened.outcome());
        assertEquals(List.of(new Reopening(CASEWORKER.id(), at(minute), "zurückgezogen", ClosureOutcome.CLIENT_MOVED_AWAY)),
                reopened.reopenings());
        assertEquals("zurückgezogen", change.audit().reason());
        assertEquals(CLOSED, change.audit().from());
        Case again = apply(apply(reopened, CaseCommand.close(ClosureOutcome.OTHER)), CaseCommand.reopen("wieder da"));
        assertEquals(2, again.reopenings().size());
    }

    @Test
    void acceptedTransferMovesTheCaseAndItsCaseworker() {
        Case c = apply(inPhase(LINKING), CaseCommand.requestTransfer(EVING, "Umzug"));
        assertEquals(new Transfer(EVING, CASEWORKER.id(), at(minute), "Umzug"), c.transfer());
        assertEquals(LINKING, c.state());
        refused(engine, c, CaseCommand.acceptTransfer(BORIS), CASEWORKER, Refusal.Kind.NOT_PERMITTED);
        refused(engine, c, CaseCommand.acceptTransfer(null), EVING_CASEWORKER, Refusal.Kind.MISSING_INPUT);
        refused(engine, c, CaseCommand.requestTransfer(EVING, null), CASEWORKER, Refusal.Kind.GUARD);
        Case accepted = apply(engine, c, CaseCommand.acceptTransfer(BORIS), EVING_CASEWORKER);
        assertEquals(EVING, accepted.contactPoint());
        assertEquals(BORIS, accepted.caseworker());
        assertNull(accepted.transfer());
        assertEquals(LINKING, accepted.state());
        refused(engine, accepted, CaseCommand.fire("monitor"), CASEWORKER, Refusal.Kind.NOT_PERMITTED);
        assertEquals(MONITORING, apply(engine, accepted, CaseCommand.fire("monitor"), EVING_CASEWORKER).state());
    }

    @Test
    void rejectedTransferChangesNothingButTheVersion() {
        Case c = apply(inPhase(LINKING), CaseCommand.requestTransfer(EVING, null));
        refused(engine, c, CaseCommand.rejectTransfer(""), EVING_CASEWORKER, Refusal.Kind.MISSING_INPUT);
        Case rejected = apply(engine, c, CaseCommand.rejectTransfer("keine Kapazität"), COORDINATOR);
        assertEquals(BRACKEL, rejected.contactPoint());
        assertEquals(ANNA, rejected.caseworker());
        assertNull(rejected.transfer());
        assertEquals(c.state(), rejected.state());
        assertEquals(c.previousState(), rejected.previousState());
        refused(engine, rejected, CaseCommand.rejectTransfer("x"), COORDINATOR, Refusal.Kind.GUARD);
        refused(engine, rejected, CaseCommand.acceptTransfer(BORIS), COORDINATOR, Refusal.Kind.GUARD);
    }

    @Test
    void aTransferNeedsAnotherContactPoint() {
        Case c = opened();
        refused(engine, c, CaseCommand.requestTransfer(BRACKEL, null), CASEWORKER, Refusal.Kind.GUARD);
        refused(engine, c, CaseCommand.requestTransfer(null, null), CASEWORKER, Refusal.Kind.MISSING_INPUT);
    }

    @Test
    void closureApprovalTakesTwoSteps() {
        Case c = apply(approving, inPlanningWithAgreedGoal(approving), CaseCommand.fire("link"), CASEWORKER);
        refused(approving, c, CaseCommand.close(ClosureOutcome.OTHER), CASEWORKER, Refusal.Kind.UNKNOWN_TRANSITION);
        Case requested = apply(approving, c, CaseCommand.requestClosure(ClosureOutcome.GOALS_REACHED), CASEWORKER);
        assertEquals(CLOSURE_REQUESTED, requested.state());
        assertEquals(ClosureOutcome.GOALS_REACHED, requested.outcome());
        refused(approving, requested, CaseCommand.fire("approve_closure"), CASEWORKER, Refusal.Kind.NOT_PERMITTED);
        refused(approving, requested, CaseCommand.hold("x"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        Case approved = apply(approving, requested, CaseCommand.fire("approve_closure"), COORDINATOR);
        assertEquals(CLOSED, approved.state());
        assertEquals(ClosureOutcome.GOALS_REACHED, approved.outcome());
        assertEquals(CLOSED, apply(approving, requested, CaseCommand.fire("approve_closure"), APPROVER).state());
    }

    @Test
    void aDeclinedClosureReturnsToThePhaseBefore() {
        Case c = apply(approving, inPlanningWithAgreedGoal(approving), CaseCommand.fire("link"), CASEWORKER);
        Case requested = apply(approving, c, CaseCommand.requestClosure(ClosureOutcome.NO_CONTACT), CASEWORKER);
        refused(approving, requested, CaseCommand.fire("decline_closure"), COORDINATOR, Refusal.Kind.MISSING_INPUT);
        Case declined = apply(approving, requested, CaseCommand.fire("decline_closure", "noch erreichbar"), COORDINATOR);
        assertEquals(LINKING, declined.state());
        assertNull(declined.outcome());
    }

    @Test
    void volunteersMayFireNothingUnlessGranted() {
        Case c = opened();
        refused(engine, c, CaseCommand.fire("assess"), VOLUNTEER, Refusal.Kind.NOT_PERMITTED);
        refused(engine, c, Fixtures.goal("g1"), VOLUNTEER, Refusal.Kind.NOT_PERMITTED);
        refused(engine, c, CaseCommand.fire("assess"), ANALYST, Refusal.Kind.NOT_PERMITTED);
        refused(engine, c, CaseCommand.fire("assess"), EVING_CASEWORKER, Refusal.Kind.NOT_PERMITTED);
        Transition<Case> hold = engine.workflow().transition("hold").orElseThrow();
        CaseEngine granting = CaseEngine.of(engine.workflow().toBuilder()
                .replace(hold.withRoles(Role.COORDINATOR, Role.CASEWORKER, Role.VOLUNTEER)).build());
        assertEquals(ON_HOLD, apply(granting, c, CaseCommand.hold("Kind krank"), VOLUNTEER).state());
        Actor elsewhere = Actor.volunteer(VOLUNTEER.id(), EVING);
        refused(granting, c, CaseCommand.hold("x"), elsewhere, Refusal.Kind.NOT_PERMITTED);
    }

    @Test
    void goalsAreAddedAgreedAndChanged() {
        Case c = apply(opened(), Fixtures.goal("g1"));
        Goal g = c.goal(GoalId.of("g1")).orElseThrow();
        assertEquals(GoalStatus.OPEN, g.status());
        assertFalse(g.isAgreed());
        refused(engine, c, Fixtures.goal("g1"), CASEWORKER, Refusal.Kind.GUARD);
        refused(engine, c, new CaseCommand.AgreeGoal(GoalId.of("nope")), CASEWORKER, Refusal.Kind.GUARD);
        Case agreed = apply(c, new CaseCommand.AgreeGoal(GoalId.of("g1")));
        assertEquals(at(minute), agreed.goal(GoalId.of("g1")).orElseThrow().agreedAt());
        refused(engine, agreed, new CaseCommand.AgreeGoal(GoalId.of("g1")), CASEWORKER, Refusal.Kind.GUARD);
        Case reached = apply(agreed, new CaseCommand.ChangeGoalStatus(GoalId.of("g1"), GoalStatus.REACHED));
        assertEquals(GoalStatus.REACHED, reached.goals().get(0).status());
        assertEquals(INTAKE, reached.state());
    }

    @Test
    void followUpsAreAddedAndCompleted() {
        CaseCommand add = new CaseCommand.AddFollowUp(FollowUpId.of("f1"), Fixtures.DAY0.plusDays(7), "Jobcenter anrufen");
        Case c = apply(opened(), add);
        refused(engine, c, add, CASEWORKER, Refusal.Kind.GUARD);
        Case done = apply(c, new CaseCommand.CompleteFollowUp(FollowUpId.of("f1")));
        assertTrue(done.followUp(FollowUpId.of("f1")).orElseThrow().isCompleted());
        refused(engine, done, new CaseCommand.CompleteFollowUp(FollowUpId.of("f1")), CASEWORKER, Refusal.Kind.GUARD);
        refused(engine, done, new CaseCommand.CompleteFollowUp(FollowUpId.of("f2")), CASEWORKER, Refusal.Kind.GUARD);
    }

    @Test
    void needsAndMentorChange() {
        Case c = apply(opened(), new CaseCommand.ChangeNeeds(Set.of(Category.HOUSING)));
        assertEquals(Set.of(Category.HOUSING), c.needs());
        c = apply(c, new CaseCommand.AssignMentor(MENTOR));
        assertEquals(MENTOR, c.mentor());
        assertNull(apply(c, new CaseCommand.AssignMentor(null)).mentor());
    }

    @Test
    void everyChangeHasOneAuditEntryNamingTheCommand() {
        Case c = opened();
        Change change = engine.apply(c, Fixtures.goal("g1"), COORDINATOR, at(5));
        assertEquals(new AuditEntry(CASE, 2, COORDINATOR.id(), Role.COORDINATOR, at(5), INTAKE, INTAKE, "add_goal", null),
                change.audit());
        Change fired = engine.apply(change.updated(), CaseCommand.fire("assess", "Erstgespräch"), CASEWORKER, at(6));
        assertEquals(new AuditEntry(CASE, 3, CASEWORKER.id(), Role.CASEWORKER, at(6), INTAKE, ASSESSMENT, "assess",
                "Erstgespräch"), fired.audit());
    }

    @Test
    void aRefusedCommandLeavesTheCaseAsItWas() {
        Case c = opened();
        Case copy = new Case(c.id(), c.client(), c.contactPoint(), c.caseworker(), c.mentor(), c.needs(), c.goals(),
                c.followUps(), c.state(), c.previousState(), c.outcome(), c.transfer(), c.reopenings(), c.version(),
                c.createdAt(), c.updatedAt());
        refused(engine, c, CaseCommand.fire("link"), CASEWORKER, Refusal.Kind.WRONG_STATE);
        assertEquals(copy, c);
    }

    @Test
    void timeMustNotRunBackwards() {
        Case c = apply(opened(), CaseCommand.fire("assess"));
        assertThrows(IllegalArgumentException.class, () -> engine.apply(c, CaseCommand.fire("plan"), CASEWORKER, T0));
        assertThrows(NullPointerException.class, () -> engine.apply(c, null, CASEWORKER, T0));
    }

    @Test
    void workflowsMustNotUseCommandNames() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class, () -> CaseEngine.of(
                CaseWorkflows.dgcc().toBuilder().transition(Transition.of("add_goal", INTAKE, ASSESSMENT)).build()));
        assertEquals(List.of("transition \"add_goal\" is named like a case command"), e.problems());
    }

    @Test
    void theDefaultWorkflowCanGainAState() {
        State evaluation = State.of("evaluation");
        var dgcc = CaseWorkflows.dgcc();
        var close = dgcc.transition("close").orElseThrow();
        var custom = dgcc.toBuilder()
                .states(evaluation)
                .transition(Transition.of("evaluate", MONITORING, evaluation))
                .replace(close.withFrom(Set.of(INTAKE, ASSESSMENT, PLANNING, LINKING, evaluation)))
                .build();
        CaseEngine e = CaseEngine.of(custom);
        Case monitoring = apply(e, apply(e, inPlanningWithAgreedGoal(e), CaseCommand.fire("link"), CASEWORKER),
                CaseCommand.fire("monitor"), CASEWORKER);
        refused(e, monitoring, CaseCommand.close(ClosureOutcome.OTHER), CASEWORKER, Refusal.Kind.WRONG_STATE);
        Case evaluating = apply(e, monitoring, CaseCommand.fire("evaluate"), CASEWORKER);
        assertEquals(CLOSED, apply(e, evaluating, CaseCommand.close(ClosureOutcome.GOALS_REACHED), CASEWORKER).state());
    }

    @Test
    void aTerminalStateThatNamesItsOutcomeGivesItToTheCase() {
        State completed = State.of("completed");
        State droppedOut = State.of("dropped_out");
        var own = Workflow.<Case>builder().initial(INTAKE).terminal(completed, ClosureOutcome.GOALS_REACHED)
                .terminal(droppedOut, ClosureOutcome.CLIENT_WITHDREW)
                .transition(Transition.of("complete", INTAKE, completed))
                .transition(Transition.of("drop_out", INTAKE, droppedOut))
                .transition(Transition.<Case>of("come_back", Set.of(completed, droppedOut), Target.state(INTAKE))
                        .withReopen(true))
                .build();
        CaseEngine e = CaseEngine.of(own);
        Case done = apply(e, opened(), CaseCommand.fire("complete"), CASEWORKER);
        assertEquals(ClosureOutcome.GOALS_REACHED, done.outcome());
        assertFalse(e.isOpen(done));
        Case back = apply(e, done, CaseCommand.fire("come_back"), CASEWORKER);
        assertNull(back.outcome());
        assertEquals(ClosureOutcome.GOALS_REACHED, back.reopenings().get(0).previousOutcome());
        // An outcome given with a command does not override what the state means.
        Case gone = apply(e, back, CaseCommand.fire("drop_out").withOutcome(ClosureOutcome.OTHER), CASEWORKER);
        assertEquals(ClosureOutcome.CLIENT_WITHDREW, gone.outcome());
    }

    /** An outcome that is not a closure outcome, which a case cannot hold. */
    private enum Foreign implements Outcome {
        ELSEWHERE
    }

    @Test
    void aCaseWorkflowNamesOnlyClosureOutcomes() {
        var foreign = Workflow.<Case>builder().initial(INTAKE).terminal(CLOSED, Foreign.ELSEWHERE)
                .transition(Transition.of("close", INTAKE, CLOSED)).build();
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class, () -> CaseEngine.of(foreign));
        assertEquals(List.of("terminal state \"closed\" names the outcome ELSEWHERE, which is not a ClosureOutcome"),
                e.problems());
    }

    @Test
    void aMigrationMovesACaseOutOfADroppedStateKeepingItsLastChange() {
        State waiting = State.of("waiting");
        State finished = State.of("finished");
        var own = Workflow.<Case>builder().initial(INTAKE).states(waiting).terminal(finished, ClosureOutcome.OTHER)
                .transition(Transition.of("wait", INTAKE, waiting))
                .transition(Transition.of("finish", waiting, finished)).build();
        CaseEngine e = CaseEngine.of(own);
        Case held = apply(engine, apply(opened(), CaseCommand.fire("assess")), CaseCommand.hold("krank"), CASEWORKER);
        Map<State, State> mapping = Map.of(ON_HOLD, waiting, CLOSED, finished);

        Change moved = e.migrate(held, mapping, COORDINATOR, at(100));
        assertEquals(waiting, moved.updated().state());
        assertNull(moved.updated().previousState(), "assessment is gone, so nothing returns to it");
        assertEquals(held.version() + 1, moved.updated().version());
        assertEquals(held.updatedAt(), moved.updated().updatedAt());
        assertEquals(new AuditEntry(CASE, held.version() + 1, COORDINATOR.id(), Role.COORDINATOR, at(100), ON_HOLD,
                waiting, CaseWorkflows.MIGRATE_STATE, null), moved.audit());
        assertEquals(finished, e.apply(moved.updated(), CaseCommand.fire("finish"), CASEWORKER, at(101)).updated()
                .state());

        Case closed = apply(opened(), CaseCommand.close(ClosureOutcome.NO_CONTACT));
        Change ended = e.migrate(closed, mapping, COORDINATOR, at(100));
        assertEquals(ClosureOutcome.OTHER, ended.updated().outcome(), "the new state says what it means");
        assertEquals(INTAKE, ended.updated().previousState(), "intake is still there");

        assertThrows(IllegalArgumentException.class, () -> e.migrate(opened(), mapping, COORDINATOR, at(100)));
        assertThrows(IllegalArgumentException.class, () -> e.migrate(held, Map.of(ON_HOLD, PLANNING), COORDINATOR,
                at(100)));
        assertThrows(IllegalArgumentException.class, () -> e.migrate(held, mapping, COORDINATOR, T0));
        IllegalTransitionException denied = assertThrows(IllegalTransitionException.class,
                () -> e.migrate(held, mapping, EVING_CASEWORKER, at(100)));
        assertEquals(Refusal.Kind.NOT_PERMITTED, denied.refusal().kind());
        assertEquals(CaseWorkflows.MIGRATE_STATE, denied.attempted());
    }

    @Test
    void noTransitionReturnsToAPreviousStateTheWorkflowNoLongerHas() {
        Case held = new Case(CASE, Fixtures.CLIENT, BRACKEL, ANNA, null, Set.of(), List.of(), List.of(), ON_HOLD,
                State.of("gone"), null, null, List.of(), 7, T0, T0);
        refused(engine, held, CaseCommand.resume(), CASEWORKER, Refusal.Kind.NO_PREVIOUS_STATE);
    }

    @Test
    void dgccHasTheDocumentedShape() {
        var w = CaseWorkflows.dgcc();
        assertEquals(List.of(INTAKE, ASSESSMENT, PLANNING, LINKING, MONITORING, ON_HOLD, CLOSED), List.copyOf(w.states()));
        assertEquals(Set.of(CLOSED), w.terminal());
        assertFalse(w.states().contains(CLOSURE_REQUESTED));
        assertTrue(CaseWorkflows.dgcc(true).states().contains(CLOSURE_REQUESTED));
        assertTrue(CaseWorkflows.dgcc(true).transition("close").isEmpty());
        assertSame(engine.workflow(), engine.workflow());
    }

    private Case inPhase(State phase) {
        Case c = inPlanningWithAgreedGoal(engine);
        if (phase.equals(INTAKE)) {
            return opened();
        }
        if (phase.equals(ASSESSMENT)) {
            return apply(opened(), CaseCommand.fire("assess"));
        }
        if (phase.equals(PLANNING)) {
            return c;
        }
        c = apply(c, CaseCommand.fire("link"));
        return phase.equals(LINKING) ? c : apply(c, CaseCommand.fire("monitor"));
    }
}
