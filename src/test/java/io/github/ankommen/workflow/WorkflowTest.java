package io.github.ankommen.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generic engine, on a tiny ticket workflow whose subject is a number of open tasks. */
class WorkflowTest {

    private static final State NEW = State.of("new");
    private static final State WORKING = State.of("working");
    private static final State PAUSED = State.of("paused");
    private static final State DONE = State.of("done");

    private static final Actor COORDINATOR = Actor.coordinator(ActorId.of("co"));
    private static final Actor CASEWORKER = Actor.caseworker(ActorId.of("cw"), ContactPointId.of("cp"));
    private static final Actor VOLUNTEER = Actor.volunteer(ActorId.of("vo"), ContactPointId.of("cp"));

    private static Workflow.Builder<Integer> tickets() {
        return Workflow.<Integer>builder()
                .initial(NEW)
                .states(WORKING, PAUSED)
                .terminal(DONE)
                .transition(Transition.of("start", NEW, WORKING))
                .transition(Transition.<Integer>of("pause", Set.of(NEW, WORKING), Target.state(PAUSED))
                        .withInputs(Input.REASON))
                .transition(Transition.of("resume", Set.of(PAUSED), Target.previous()))
                .transition(Transition.<Integer>of("finish", WORKING, DONE)
                        .withGuard(Guard.of(open -> open == 0, "tasks are still open"))
                        .withRoles(Role.COORDINATOR)
                        .withPermissions(Permission.APPROVE_CLOSURE))
                .transition(Transition.<Integer>of("reopen", DONE, WORKING).withReopen(true));
    }

    @Test
    void aSoundDefinitionBuilds() {
        Workflow<Integer> workflow = tickets().build();
        assertEquals(NEW, workflow.initial());
        assertEquals(Set.of(DONE), workflow.terminal());
        assertTrue(workflow.isTerminal(DONE));
        assertFalse(workflow.isTerminal(WORKING));
        assertEquals(List.of(NEW, WORKING, PAUSED, DONE), List.copyOf(workflow.states()));
        assertEquals(List.of("start", "pause"), workflow.transitionsFrom(NEW).stream().map(Transition::name).toList());
        assertEquals(5, workflow.transitions().size());
        assertTrue(workflow.transition("finish").isPresent());
        assertTrue(workflow.transition("fly").isEmpty());
        assertTrue(workflow.toString().contains("finish"));
    }

    @Test
    void refusalsComeInTheDocumentedOrder() {
        Workflow<Integer> w = tickets().build();
        Set<Input> none = Set.of();
        assertEquals(Refusal.Kind.UNKNOWN_TRANSITION, kind(w.refusal(0, NEW, null, "fly", COORDINATOR, none)));
        assertEquals(Refusal.Kind.WRONG_STATE, kind(w.refusal(0, NEW, null, "finish", COORDINATOR, none)));
        assertEquals(Refusal.Kind.NOT_PERMITTED, kind(w.refusal(0, WORKING, NEW, "finish", CASEWORKER, none)));
        assertEquals(Refusal.Kind.MISSING_INPUT, kind(w.refusal(0, WORKING, NEW, "pause", CASEWORKER, none)));
        assertEquals(Refusal.Kind.NO_PREVIOUS_STATE, kind(w.refusal(0, PAUSED, null, "resume", CASEWORKER, none)));
        Optional<Refusal> guard = w.refusal(2, WORKING, NEW, "finish", COORDINATOR, none);
        assertEquals(Refusal.of(Refusal.Kind.GUARD, "tasks are still open"), guard.orElseThrow());
        assertEquals(Optional.empty(), w.refusal(0, WORKING, NEW, "finish", COORDINATOR, none));
        assertEquals(Optional.empty(), w.refusal(0, WORKING, NEW, "pause", CASEWORKER, Set.of(Input.REASON)));
    }

    @Test
    void rolesAreTheDefaultOnesUnlessChanged() {
        Workflow<Integer> w = tickets().build();
        assertEquals(Refusal.Kind.NOT_PERMITTED, kind(w.refusal(0, NEW, null, "start", VOLUNTEER, Set.of())));
        Workflow<Integer> granted = tickets()
                .replace(w.transition("start").orElseThrow().withRoles(Role.CASEWORKER, Role.VOLUNTEER))
                .build();
        assertEquals(Optional.empty(), granted.refusal(0, NEW, null, "start", VOLUNTEER, Set.of()));
        assertEquals(Refusal.Kind.NOT_PERMITTED, kind(granted.refusal(0, NEW, null, "start", COORDINATOR, Set.of())));
    }

    @Test
    void aPermissionGrantsWhateverTheRole() {
        Workflow<Integer> w = tickets().build();
        Actor approver = new Actor(ActorId.of("lead"), Role.CASEWORKER, Set.of(ContactPointId.of("cp")), null,
                Set.of(Permission.APPROVE_CLOSURE));
        assertEquals(Optional.empty(), w.refusal(0, WORKING, NEW, "finish", approver, Set.of()));
    }

    @Test
    void targetsResolve() {
        assertEquals(WORKING, Target.previous().resolve(PAUSED, WORKING));
        assertEquals(PAUSED, Target.same().resolve(PAUSED, WORKING));
        assertEquals(DONE, Target.state(DONE).resolve(PAUSED, WORKING));
        assertThrows(IllegalStateException.class, () -> Target.previous().resolve(PAUSED, null));
        assertEquals(Target.state(DONE), Target.state(State.of("done")));
        assertEquals(Target.state(DONE).hashCode(), Target.state(State.of("done")).hashCode());
        assertFalse(Target.same().equals(Target.previous()));
        assertEquals("(previous)", Target.previous().toString());
        assertEquals("done", Target.state(DONE).toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class, () -> Workflow.<Integer>builder()
                .states(NEW)
                .transition(Transition.of("start", NEW, WORKING))
                .transition(Transition.of("start", NEW, NEW))
                .build());
        assertEquals(List.of(
                "there is no initial state",
                "there is no terminal state",
                "transition \"start\" leads to \"working\", which is not a state of the workflow",
                "there is more than one transition named \"start\""), e.problems());
        assertTrue(e.getMessage().contains("there is no terminal state"), e.getMessage());
    }

    @Test
    void unreachableStatesAndDeadEndsAreReported() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class,
                () -> tickets().states(State.of("limbo")).withoutTransition("finish").build());
        assertEquals(List.of(
                "state \"done\" cannot be reached from the initial state",
                "state \"limbo\" cannot be reached from the initial state",
                "no terminal state can be reached from state \"new\"",
                "no terminal state can be reached from state \"working\"",
                "no terminal state can be reached from state \"paused\""), e.problems());
    }

    @Test
    void onlyAReopenLeavesATerminalState() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class, () -> tickets()
                .replace(Transition.of("reopen", DONE, WORKING))
                .transition(Transition.<Integer>of("undo", WORKING, NEW).withReopen(true))
                .build());
        assertEquals(List.of(
                "transition \"reopen\" leaves the terminal state \"done\" but is not a reopen",
                "reopen \"undo\" leaves \"working\", which is not terminal"), e.problems());
    }

    @Test
    void removingAStateReportsTheTransitionsThatStillUseIt() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class,
                () -> tickets().withoutState(PAUSED).build());
        assertEquals(List.of(
                "transition \"pause\" leads to \"paused\", which is not a state of the workflow",
                "transition \"resume\" leaves \"paused\", which is not a state of the workflow"), e.problems());
        Workflow<Integer> withoutPause = tickets().withoutState(PAUSED).withoutTransition("pause")
                .withoutTransition("resume").build();
        assertEquals(3, withoutPause.states().size());
        assertThrows(WorkflowDefinitionException.class, () -> tickets().withoutState(NEW).build());
    }

    @Test
    void theInitialStateMustNotBeTerminal() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class,
                () -> Workflow.<Integer>builder().initial(DONE).terminal(DONE).build());
        assertEquals(List.of("the initial state \"done\" is terminal"), e.problems());
    }

    @Test
    void toBuilderKeepsTheDefinitionAndAddsAState() {
        Workflow<Integer> w = tickets().build();
        State review = State.of("review");
        Workflow<Integer> changed = w.toBuilder()
                .states(review)
                .replace(w.transition("finish").orElseThrow().withFrom(Set.of(review)))
                .transition(Transition.of("submit", WORKING, review))
                .build();
        assertEquals(5, changed.states().size());
        assertEquals(Refusal.Kind.WRONG_STATE, kind(changed.refusal(0, WORKING, NEW, "finish", COORDINATOR, Set.of())));
        assertEquals(Optional.empty(), changed.refusal(0, review, WORKING, "finish", COORDINATOR, Set.of()));
        assertEquals(4, w.states().size(), "the original is unchanged");
    }

    @Test
    void badTransitionsAreInvalidInput() {
        assertThrows(ConstraintViolationException.class, () -> Transition.of("Has Space", NEW, WORKING));
        assertThrows(ConstraintViolationException.class, () -> Transition.of("x", Set.of(), Target.same()));
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class,
                () -> Transition.of("x", Set.of(DONE), Target.previous()).withReopen(true));
        assertEquals("reopenToFixedState", e.getConstraintViolations().iterator().next().getPropertyPath().toString());
        assertThrows(ConstraintViolationException.class,
                () -> Transition.of("x", NEW, WORKING).withRoles(Role.CASEWORKER, null));
        assertThrows(ConstraintViolationException.class, () -> State.of("Intake"));
        assertEquals("intake", State.of("intake").toString());
        assertTrue(Transition.of("x", NEW, WORKING).toString().contains("new"));
    }

    @Test
    void guardsCombine() {
        Guard<Integer> positive = Guard.of(i -> i > 0, "not positive");
        Guard<Integer> even = Guard.of(i -> i % 2 == 0, "odd");
        assertEquals(Optional.of("not positive"), positive.and(even).refusal(-1));
        assertEquals(Optional.of("odd"), positive.and(even).refusal(3));
        assertEquals(Optional.empty(), positive.and(even).refusal(4));
        assertEquals(Optional.empty(), Guard.<Integer>none().refusal(4));
    }

    /** What a ticket's ending means, for the outcome tests. */
    private enum Ending implements Outcome {
        SOLVED, ABANDONED
    }

    @Test
    void terminalStatesNameTheirOutcomes() {
        State abandoned = State.of("abandoned");
        Workflow<Integer> w = tickets().terminal(DONE, Ending.SOLVED).terminal(abandoned, Ending.ABANDONED)
                .transition(Transition.of("abandon", NEW, abandoned)).build();
        assertEquals(Set.of(DONE, abandoned), w.terminal());
        assertEquals(Optional.of(Ending.SOLVED), w.outcome(DONE));
        assertEquals(Optional.of(Ending.ABANDONED), w.outcome(abandoned));
        assertEquals(Optional.empty(), w.outcome(WORKING));
        assertEquals(List.of(DONE, abandoned), List.copyOf(w.outcomes().keySet()));
        assertTrue(w.hasState(abandoned));
        assertFalse(w.hasState(State.of("elsewhere")));
        assertTrue(w.toString().contains("outcomes={done=SOLVED, abandoned=ABANDONED}"), w.toString());
        assertEquals(w.outcomes(), w.toBuilder().build().outcomes());
        assertEquals(Map.of(DONE, Ending.SOLVED), w.toBuilder().withoutState(abandoned).withoutTransition("abandon")
                .build().outcomes());
        assertEquals(Optional.empty(), tickets().build().outcome(DONE), "naming outcomes is optional");
    }

    @Test
    void aStateThatNamesItsOutcomeTakesNoOutcomeInputAndAReopenLeadsOutOfTheEnd() {
        WorkflowDefinitionException e = assertThrows(WorkflowDefinitionException.class, () -> tickets()
                .terminal(DONE, Ending.SOLVED)
                .replace(Transition.<Integer>of("finish", WORKING, DONE).withInputs(Input.OUTCOME))
                .transition(Transition.<Integer>of("again", DONE, DONE).withReopen(true))
                .build());
        assertEquals(List.of(
                "transition \"finish\" asks for an outcome but leads to \"done\", which names its own",
                "reopen \"again\" leads to the terminal state \"done\""), e.problems());
    }

    @Test
    void noTransitionReturnsToAPreviousStateTheWorkflowDropped() {
        Workflow<Integer> w = tickets().build();
        Optional<Refusal> refusal = w.refusal(0, PAUSED, State.of("gone"), "resume", CASEWORKER, Set.of());
        assertEquals(Refusal.Kind.NO_PREVIOUS_STATE, kind(refusal));
        assertEquals("the previous state gone is not a state of the workflow", refusal.orElseThrow().detail());
    }

    @Test
    void droppedStatesAreNamedWithTheirCounts() {
        Map<State, Long> counts = new LinkedHashMap<>();
        counts.put(State.of("closed"), 1L);
        counts.put(State.of("on_hold"), 12L);
        DroppedStateException e = new DroppedStateException(counts);
        assertEquals(counts, e.cases());
        assertEquals(List.of(
                "1 stored case sits in state \"closed\", which the workflow does not have; keep the state, or map it "
                        + "to a state of the workflow",
                "12 stored cases sit in state \"on_hold\", which the workflow does not have; keep the state, or map "
                        + "it to a state of the workflow"), e.problems());
        assertThrows(IllegalArgumentException.class, () -> new DroppedStateException(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new DroppedStateException(Map.of(NEW, 0L)));
    }

    private static Refusal.Kind kind(Optional<Refusal> refusal) {
        return refusal.orElseThrow().kind();
    }
}
