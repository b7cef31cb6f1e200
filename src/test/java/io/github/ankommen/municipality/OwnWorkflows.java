package io.github.ankommen.municipality;

import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.ClosureOutcome;
import io.github.ankommen.workflow.Guard;
import io.github.ankommen.workflow.Input;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Target;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import java.util.Set;

/**
 * Two workflows of invented municipalities, as different from the DGCC default as a municipality's
 * own could be: one that ends in several terminal states, each meaning an outcome, and one with German
 * state names and an extra approval step before a case ends. Neither knows a state of the default.
 */
final class OwnWorkflows {

    // Several endings: a case is counselled, placed, and ends in one of three ways.
    static final State REGISTERED = State.of("registered");
    static final State COUNSELLING = State.of("counselling");
    static final State PLACEMENT = State.of("placement");
    static final State COMPLETED = State.of("completed");
    static final State DROPPED_OUT = State.of("dropped_out");
    static final State MOVED_AWAY = State.of("moved_away");

    // German: Erstgespräch, Klärung, Hilfeplanung, Umsetzung, and a closure a coordinator approves.
    static final State ERSTGESPRAECH = State.of("erstgespraech");
    static final State KLAERUNG = State.of("klaerung");
    static final State HILFEPLANUNG = State.of("hilfeplanung");
    static final State UMSETZUNG = State.of("umsetzung");
    static final State ABSCHLUSS_BEANTRAGT = State.of("abschluss_beantragt");
    static final State ABGESCHLOSSEN = State.of("abgeschlossen");

    private OwnWorkflows() {
    }

    /**
     * Three terminal states, each naming its outcome, so that no closing asks for one; a case that
     * dropped out or moved away can come back, a completed one cannot.
     */
    static Workflow<Case> severalEndings() {
        Set<State> active = Set.of(REGISTERED, COUNSELLING, PLACEMENT);
        return Workflow.<Case>builder()
                .initial(REGISTERED)
                .states(COUNSELLING, PLACEMENT)
                .terminal(COMPLETED, ClosureOutcome.GOALS_REACHED)
                .terminal(DROPPED_OUT, ClosureOutcome.CLIENT_WITHDREW)
                .terminal(MOVED_AWAY, ClosureOutcome.CLIENT_MOVED_AWAY)
                .transition(Transition.of("start", REGISTERED, COUNSELLING))
                .transition(Transition.of("place", COUNSELLING, PLACEMENT))
                .transition(Transition.of("back_to_counselling", PLACEMENT, COUNSELLING))
                .transition(Transition.of("complete", PLACEMENT, COMPLETED))
                .transition(Transition.<Case>of("drop_out", active, Target.state(DROPPED_OUT)).withInputs(Input.REASON))
                .transition(Transition.of("move_away", active, Target.state(MOVED_AWAY)))
                .transition(Transition.<Case>of("come_back", Set.of(DROPPED_OUT, MOVED_AWAY), Target.state(COUNSELLING))
                        .withInputs(Input.REASON).withReopen(true))
                .build();
    }

    /**
     * German state names, and a closure that a caseworker requests with an outcome and a coordinator
     * (or a caseworker holding {@link Permission#APPROVE_CLOSURE}) approves or declines.
     */
    static Workflow<Case> german() {
        Set<State> phases = Set.of(KLAERUNG, HILFEPLANUNG, UMSETZUNG);
        return Workflow.<Case>builder()
                .initial(ERSTGESPRAECH)
                .states(KLAERUNG, HILFEPLANUNG, UMSETZUNG, ABSCHLUSS_BEANTRAGT)
                .terminal(ABGESCHLOSSEN)
                .transition(Transition.of("klaeren", ERSTGESPRAECH, KLAERUNG))
                .transition(Transition.of("planen", KLAERUNG, HILFEPLANUNG))
                .transition(Transition.<Case>of("umsetzen", HILFEPLANUNG, UMSETZUNG)
                        .withGuard(Guard.of(Case::hasAgreedGoal, "kein vereinbartes Ziel")))
                .transition(Transition.<Case>of("abschluss_beantragen", phases, Target.state(ABSCHLUSS_BEANTRAGT))
                        .withInputs(Input.OUTCOME))
                .transition(Transition.<Case>of("abschluss_genehmigen", ABSCHLUSS_BEANTRAGT, ABGESCHLOSSEN)
                        .withRoles(Role.COORDINATOR).withPermissions(Permission.APPROVE_CLOSURE))
                .transition(Transition.<Case>of("abschluss_ablehnen", Set.of(ABSCHLUSS_BEANTRAGT), Target.previous())
                        .withInputs(Input.REASON).withRoles(Role.COORDINATOR).withPermissions(Permission.APPROVE_CLOSURE))
                .transition(Transition.<Case>of("wiederaufnehmen", ABGESCHLOSSEN, KLAERUNG).withInputs(Input.REASON)
                        .withReopen(true))
                .build();
    }
}
