package io.github.ankommen.casework;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Role;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.workflow.Input;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import io.github.ankommen.workflow.WorkflowDefinitionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies commands to cases: pure and stateless.
 *
 * <p>{@link #open} and {@link #apply} take a case's current value (or none, to open one), a command,
 * the actor who gives it and the instant, and return a {@link Change}: the case's next value, with
 * its version one higher and {@code updatedAt} set to the instant, and the one {@link AuditEntry} that
 * records the change. Nothing is stored and nothing is changed in place; a store writes both parts of
 * the change in one atomic unit. A refused command throws {@link IllegalTransitionException} and
 * returns nothing, so the case stays as it was.
 *
 * <p><b>Who may do what.</b> For a transition, the workflow decides by role and permission (see
 * {@link Transition}). In addition, a caseworker or volunteer must work at the case's contact point,
 * and for {@link CaseWorkflows#ACCEPT_TRANSFER} and {@link CaseWorkflows#REJECT_TRANSFER} at the
 * receiving contact point instead; coordinators, partners and analysts are not tied to a contact
 * point. Opening a case and the commands that are not transitions (goals, follow-ups, needs, mentor)
 * are for coordinators and for caseworkers at the case's contact point, and only while the case is
 * not in a terminal state. A finer access policy may come later; this check is deliberately simple.
 *
 * <p><b>Effects.</b> A transition sets the state it leads to; the state before becomes the previous
 * state, unless the state stays the same. A transition that requires {@link Input#OUTCOME} records
 * the outcome; a terminal state that names its outcome ({@link Workflow#outcome(State)}) sets it;
 * otherwise the outcome is kept by transitions into a terminal state or that keep the state, and
 * cleared by all others. A reopen appends to the log of reopenings. {@code request_transfer} records
 * the pending transfer (refused if one is pending or the target is the case's own contact point);
 * {@code accept_transfer} moves the case to the receiving contact point and its new caseworker;
 * {@code reject_transfer} drops the pending transfer and changes nothing else (both refused if no
 * transfer is pending).
 *
 * <p>Whether a case has ended is the workflow's to say: a case is over while it is in one of the
 * workflow's terminal states ({@link #isOpen(Case)}), whatever their names.
 *
 * <p>This class is immutable and thread-safe if its workflow is.
 *
 * @since 0.1.0
 */
public final class CaseEngine {

    private static final Set<Role> STAFF = Set.of(Role.COORDINATOR, Role.CASEWORKER);

    private final Workflow<Case> workflow;

    private CaseEngine(Workflow<Case> workflow) {
        this.workflow = workflow;
    }

    /**
     * Obtains an engine for a case workflow.
     *
     * @param workflow the workflow, not null; its transitions must not be named like
     *     {@link CaseWorkflows#COMMANDS}, and the outcomes its terminal states name must be
     *     {@link ClosureOutcome}s
     * @return the engine
     * @throws NullPointerException if the workflow is null
     * @throws WorkflowDefinitionException if a transition is named like a command, or a terminal
     *     state names an outcome that is not a {@link ClosureOutcome}
     */
    public static CaseEngine of(Workflow<Case> workflow) {
        Objects.requireNonNull(workflow, "workflow must not be null");
        List<String> problems = new ArrayList<>();
        for (Transition<Case> t : workflow.transitions()) {
            if (CaseWorkflows.COMMANDS.contains(t.name())) {
                problems.add("transition \"" + t.name() + "\" is named like a case command");
            }
        }
        workflow.outcomes().forEach((state, outcome) -> {
            if (!(outcome instanceof ClosureOutcome)) {
                problems.add("terminal state \"" + state + "\" names the outcome " + outcome.name()
                        + ", which is not a ClosureOutcome");
            }
        });
        if (!problems.isEmpty()) {
            throw new WorkflowDefinitionException(problems);
        }
        return new CaseEngine(workflow);
    }

    /**
     * The workflow this engine applies.
     *
     * @return the workflow
     */
    public Workflow<Case> workflow() {
        return workflow;
    }

    /**
     * Asks whether a case is open: not in a terminal state of this engine's workflow.
     *
     * @param c the case, not null
     * @return true if the case is open
     * @throws NullPointerException if the case is null
     */
    public boolean isOpen(Case c) {
        return !workflow.isTerminal(c.state());
    }

    /**
     * Moves a stored case out of a state its workflow no longer has, into a state it has: the one
     * step of a changed workflow that a command cannot take, because no transition leaves a state the
     * workflow does not know.
     *
     * <p>The case enters {@code mapping.get(current.state())}; its previous state is mapped the same
     * way, and dropped (null) if it is neither a state of the workflow nor mapped to one, so that no
     * transition returns to a state that is gone. If the new state is a terminal state that names an
     * outcome, the case gets it; otherwise the outcome stays. The version grows by one and the audit
     * entry is named {@link CaseWorkflows#MIGRATE_STATE}, from the old state to the new. The case's
     * {@code updatedAt} stays as it was: a migration renames where a case stands and changes nothing
     * the client did or the staff decided, so a closed case's retention clock keeps running from its
     * closure and its closure time in the statistics stays.
     *
     * @param current the case, not null
     * @param mapping old states to states of this engine's workflow, not null; must map the case's
     *     state
     * @param actor who migrates, not null: a coordinator, or a caseworker at the case's contact point
     * @param at when, not null, not before the case's {@code updatedAt}; the audit entry's time
     * @return the case's next value and its audit entry
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mapping does not map the case's state to a state of the
     *     workflow, or {@code at} is before the case's last change
     * @throws IllegalTransitionException if the actor may not change the case
     */
    public Change migrate(Case current, Map<State, State> mapping, Actor actor, Instant at) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(mapping, "mapping must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        State to = mapping.get(current.state());
        if (to == null || !workflow.hasState(to)) {
            throw new IllegalArgumentException("case " + current.id() + ": the mapping does not move state "
                    + current.state() + " to a state of the workflow");
        }
        if (at.isBefore(current.updatedAt())) {
            throw new IllegalArgumentException("case " + current.id() + ": the instant is before the case's last change");
        }
        if (!STAFF.contains(actor.role()) || !inScope(actor, current.contactPoint())) {
            throw new IllegalTransitionException(current.id(), current.state(), CaseWorkflows.MIGRATE_STATE,
                    Refusal.of(Refusal.Kind.NOT_PERMITTED, "only coordinators and the contact point's caseworkers change cases"));
        }
        State previous = current.previousState() == null ? null
                : mapping.getOrDefault(current.previousState(), current.previousState());
        if (previous != null && !workflow.hasState(previous)) {
            previous = null;
        }
        ClosureOutcome named = named(to);
        ClosureOutcome outcome = named != null ? named : current.outcome();
        long version = current.version() + 1;
        Case next = new Case(current.id(), current.client(), current.contactPoint(), current.caseworker(),
                current.mentor(), current.needs(), current.goals(), current.followUps(), to, previous, outcome,
                current.transfer(), current.reopenings(), version, current.createdAt(), current.updatedAt());
        return new Change(next, new AuditEntry(current.id(), version, actor.id(), actor.role(), at, current.state(), to,
                CaseWorkflows.MIGRATE_STATE, null));
    }

    /**
     * Opens a case in the workflow's initial state, with version 1.
     *
     * @param command what to open, not null
     * @param actor who opens it, not null: a coordinator, or a caseworker at the case's contact point
     * @param at when, not null; becomes {@code createdAt} and {@code updatedAt}
     * @return the new case and its first audit entry, whose {@code from} is null
     * @throws NullPointerException if an argument is null
     * @throws IllegalTransitionException if the actor may not open the case; {@code current()} is null
     */
    public Change open(OpenCase command, Actor actor, Instant at) {
        Objects.requireNonNull(command, "command must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        if (!STAFF.contains(actor.role()) || !inScope(actor, command.contactPoint())) {
            throw new IllegalTransitionException(command.id(), null, CaseWorkflows.OPEN,
                    Refusal.of(Refusal.Kind.NOT_PERMITTED, "only coordinators and the contact point's caseworkers open cases"));
        }
        Case opened = new Case(command.id(), command.client(), command.contactPoint(), command.caseworker(),
                command.mentor(), command.needs(), List.of(), List.of(), workflow.initial(), null, null, null, List.of(),
                1, at, at);
        return new Change(opened, new AuditEntry(opened.id(), 1, actor.id(), actor.role(), at, null, workflow.initial(),
                CaseWorkflows.OPEN, null));
    }

    /**
     * Applies a command to a case.
     *
     * @param current the case's current value, not null
     * @param command the command, not null
     * @param actor who gives the command, not null
     * @param at when, not null, not before the case's {@code updatedAt}
     * @return the case's next value and the audit entry for the change
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code at} is before the case's last change
     * @throws IllegalTransitionException if the command is refused; the case is unchanged
     */
    public Change apply(Case current, CaseCommand command, Actor actor, Instant at) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(command, "command must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        if (at.isBefore(current.updatedAt())) {
            throw new IllegalArgumentException("case " + current.id() + ": the instant is before the case's last change");
        }
        if (command instanceof CaseCommand.Fire fire) {
            return fire(current, fire, actor, at);
        }
        if (!STAFF.contains(actor.role()) || !inScope(actor, current.contactPoint())) {
            throw refused(current, command, Refusal.Kind.NOT_PERMITTED,
                    "only coordinators and the contact point's caseworkers change cases");
        }
        if (workflow.isTerminal(current.state())) {
            throw refused(current, command, Refusal.Kind.WRONG_STATE, "the case is in a terminal state");
        }
        List<Goal> goals = current.goals();
        List<FollowUp> followUps = current.followUps();
        Set<Category> needs = current.needs();
        TeamMemberId mentor = current.mentor();
        if (command instanceof CaseCommand.AddGoal add) {
            if (current.goal(add.goal()).isPresent()) {
                throw refused(current, command, Refusal.Kind.GUARD, "the case already has goal " + add.goal());
            }
            goals = plus(goals, new Goal(add.goal(), add.description(), add.actions(), add.targetDate(), GoalStatus.OPEN,
                    null));
        } else if (command instanceof CaseCommand.AgreeGoal agree) {
            Goal goal = goal(current, command, agree.goal());
            if (goal.isAgreed()) {
                throw refused(current, command, Refusal.Kind.GUARD, "goal " + goal.id() + " is already agreed");
            }
            goals = replaced(goals, goal.withAgreedAt(at));
        } else if (command instanceof CaseCommand.ChangeGoalStatus change) {
            goals = replaced(goals, goal(current, command, change.goal()).withStatus(change.status()));
        } else if (command instanceof CaseCommand.AddFollowUp add) {
            if (current.followUp(add.followUp()).isPresent()) {
                throw refused(current, command, Refusal.Kind.GUARD, "the case already has follow-up " + add.followUp());
            }
            followUps = plus(followUps, new FollowUp(add.followUp(), add.due(), add.note(), null));
        } else if (command instanceof CaseCommand.CompleteFollowUp complete) {
            FollowUp followUp = current.followUp(complete.followUp()).orElseThrow(() -> refused(current, command,
                    Refusal.Kind.GUARD, "the case has no follow-up " + complete.followUp()));
            if (followUp.isCompleted()) {
                throw refused(current, command, Refusal.Kind.GUARD, "follow-up " + followUp.id() + " is already done");
            }
            followUps = replacedFollowUp(followUps, followUp.withCompletedAt(at));
        } else if (command instanceof CaseCommand.ChangeNeeds change) {
            needs = change.needs();
        } else if (command instanceof CaseCommand.AssignMentor assign) {
            mentor = assign.mentor();
        }
        long version = current.version() + 1;
        Case next = new Case(current.id(), current.client(), current.contactPoint(), current.caseworker(), mentor, needs,
                goals, followUps, current.state(), current.previousState(), current.outcome(), current.transfer(),
                current.reopenings(), version, current.createdAt(), at);
        return new Change(next, new AuditEntry(current.id(), version, actor.id(), actor.role(), at, current.state(),
                current.state(), command.action(), null));
    }

    private Change fire(Case current, CaseCommand.Fire fire, Actor actor, Instant at) {
        String name = fire.transition();
        State state = current.state();
        Optional<Refusal> refusal = workflow.refusal(current, state, current.previousState(), name, actor, fire.given());
        if (refusal.isPresent()) {
            throw new IllegalTransitionException(current.id(), state, name, refusal.get());
        }
        Transition<Case> t = workflow.transition(name).orElseThrow();
        ContactPointId contactPoint = current.contactPoint();
        TeamMemberId caseworker = current.caseworker();
        Transfer transfer = current.transfer();
        ContactPointId scope = contactPoint;
        switch (name) {
            case CaseWorkflows.REQUEST_TRANSFER:
                if (transfer != null) {
                    throw refused(current, fire, Refusal.Kind.GUARD, "a transfer is already pending");
                }
                if (fire.targetContactPoint() == null || fire.targetContactPoint().equals(contactPoint)) {
                    throw refused(current, fire, Refusal.Kind.GUARD, "a transfer needs another contact point");
                }
                transfer = new Transfer(fire.targetContactPoint(), actor.id(), at, fire.reason());
                break;
            case CaseWorkflows.ACCEPT_TRANSFER:
            case CaseWorkflows.REJECT_TRANSFER:
                if (transfer == null) {
                    throw refused(current, fire, Refusal.Kind.GUARD, "no transfer is pending");
                }
                scope = transfer.target();
                if (name.equals(CaseWorkflows.ACCEPT_TRANSFER)) {
                    if (fire.caseworker() == null) {
                        throw refused(current, fire, Refusal.Kind.MISSING_INPUT, "missing input [CASEWORKER]");
                    }
                    contactPoint = transfer.target();
                    caseworker = fire.caseworker();
                }
                transfer = null;
                break;
            default:
                break;
        }
        if (!inScope(actor, scope)) {
            throw refused(current, fire, Refusal.Kind.NOT_PERMITTED, "the actor does not work at contact point " + scope);
        }
        State to = t.to().resolve(state, current.previousState());
        State previous = to.equals(state) ? current.previousState() : state;
        ClosureOutcome outcome = named(to);
        if (outcome == null && t.requiredInputs().contains(Input.OUTCOME)) {
            outcome = fire.outcome();
        } else if (outcome == null) {
            outcome = workflow.isTerminal(to) || to.equals(state) ? current.outcome() : null;
        }
        List<Reopening> reopenings = current.reopenings();
        if (t.reopen()) {
            reopenings = plus(reopenings, new Reopening(actor.id(), at, fire.reason(), current.outcome()));
        }
        long version = current.version() + 1;
        Case next = new Case(current.id(), current.client(), contactPoint, caseworker, current.mentor(), current.needs(),
                current.goals(), current.followUps(), to, previous, outcome, transfer, reopenings, version,
                current.createdAt(), at);
        return new Change(next, new AuditEntry(current.id(), version, actor.id(), actor.role(), at, state, to, name,
                fire.reason()));
    }

    /** The outcome a state names, without allocating: {@link #of} made sure it is a ClosureOutcome. */
    private ClosureOutcome named(State state) {
        return workflow.outcomes().get(state) instanceof ClosureOutcome named ? named : null;
    }

    /** Caseworkers and volunteers act only at their contact points; the other roles are network-wide. */
    private static boolean inScope(Actor actor, ContactPointId contactPoint) {
        return switch (actor.role()) {
            case CASEWORKER, VOLUNTEER -> actor.contactPoints().contains(contactPoint);
            case COORDINATOR, PARTNER, ANALYST -> true;
        };
    }

    private static IllegalTransitionException refused(Case current, CaseCommand command, Refusal.Kind kind,
            String detail) {
        return new IllegalTransitionException(current.id(), current.state(), command.action(), Refusal.of(kind, detail));
    }

    private static Goal goal(Case current, CaseCommand command, GoalId id) {
        return current.goal(id).orElseThrow(() -> refused(current, command, Refusal.Kind.GUARD, "the case has no goal " + id));
    }

    private static <E> List<E> plus(List<E> list, E element) {
        List<E> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(element);
        return longer;
    }

    private static List<Goal> replaced(List<Goal> goals, Goal goal) {
        List<Goal> copy = new ArrayList<>(goals);
        copy.replaceAll(g -> g.id().equals(goal.id()) ? goal : g);
        return copy;
    }

    private static List<FollowUp> replacedFollowUp(List<FollowUp> followUps, FollowUp followUp) {
        List<FollowUp> copy = new ArrayList<>(followUps);
        copy.replaceAll(f -> f.id().equals(followUp.id()) ? followUp : f);
        return copy;
    }
}
