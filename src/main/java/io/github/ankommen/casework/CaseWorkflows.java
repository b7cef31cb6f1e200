package io.github.ankommen.casework;

import io.github.ankommen.access.Permission;
import io.github.ankommen.access.Role;
import io.github.ankommen.workflow.Guard;
import io.github.ankommen.workflow.Input;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Target;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Workflow;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The default case workflow: the case-management phases of the DGCC (Deutsche Gesellschaft für Care
 * und Case Management), with hold, reopen, transfer and optional approval of closures.
 *
 * <p>Main path: {@code intake → assessment → planning → linking → monitoring → closed}; from linking
 * and monitoring a case can go back to planning. With {@link Option#PLAN_APPROVAL}, planning leads to
 * linking only through a submitted plan that a coordinator approves. Any of these five open phases can be put on hold,
 * and resuming returns to the phase it came from. A closed case can be reopened with a reason; it
 * goes back to assessment, and the case's log of reopenings grows. A transfer to another contact
 * point is requested, then accepted or rejected at the receiving contact point; none of these change
 * the state. {@code docs/workflows.md} shows the whole table and a diagram.
 *
 * <p>Guards: planning → linking needs an agreed goal; closing needs an outcome and no pending
 * transfer. With closure approval switched on, a caseworker requests the closure, and a coordinator
 * (or an actor holding {@link Permission#APPROVE_CLOSURE}) approves it, or declines it with a reason,
 * which returns the case to the phase it came from.
 *
 * <p>Every transition may be fired by coordinators and caseworkers, and by no other role; approval
 * is the coordinators'. To grant volunteers a transition, or to change anything else, start from
 * {@link Workflow#toBuilder()}. The names of states and transitions are the constants of this class;
 * {@link CaseEngine} gives {@link #REQUEST_TRANSFER}, {@link #ACCEPT_TRANSFER} and
 * {@link #REJECT_TRANSFER} their effects, so a custom workflow that supports transfers must keep those
 * names. The state constants are this workflow's own: the rest of the library asks a case's workflow
 * which states are terminal and what they mean, never for {@link #CLOSED} by name, so a municipality's
 * workflow with states of its own works all the way through ({@code docs/workflows.md}). This class
 * is thread-safe; each call builds a new workflow.
 *
 * @since 0.1.0
 */
public final class CaseWorkflows {

    /** Clarifying whether case management is needed (<i>Klärungsphase</i>); the initial state. */
    public static final State INTAKE = State.of("intake");
    /** Assessing the client's situation and resources. */
    public static final State ASSESSMENT = State.of("assessment");
    /** Planning support and agreeing goals (<i>Hilfeplanung</i>). */
    public static final State PLANNING = State.of("planning");
    /** Linking the client with services: referrals (<i>Leistungssteuerung</i>). */
    public static final State LINKING = State.of("linking");
    /** Monitoring the plan's progress. */
    public static final State MONITORING = State.of("monitoring");
    /** Paused; resuming returns to the phase before. */
    public static final State ON_HOLD = State.of("on_hold");
    /** Closure requested, waiting for approval; only with closure approval switched on. */
    public static final State CLOSURE_REQUESTED = State.of("closure_requested");
    /** Support plan waiting for approval; only with {@link Option#PLAN_APPROVAL}. */
    public static final State PLAN_SUBMITTED = State.of("plan_submitted");
    /** Closed; the terminal state. */
    public static final State CLOSED = State.of("closed");

    /** intake → assessment. */
    public static final String ASSESS = "assess";
    /** assessment → planning. */
    public static final String PLAN = "plan";
    /** planning → linking; needs an agreed goal. */
    public static final String LINK = "link";
    /** linking → monitoring. */
    public static final String MONITOR = "monitor";
    /** linking or monitoring → planning. */
    public static final String REPLAN = "replan";
    /** Any open phase → on hold; needs a reason. */
    public static final String HOLD = "hold";
    /** On hold → the phase before. */
    public static final String RESUME = "resume";
    /** Any open phase → closed; needs an outcome; only without closure approval. */
    public static final String CLOSE = "close";
    /** Any open phase → closure requested; needs an outcome; only with closure approval. */
    public static final String REQUEST_CLOSURE = "request_closure";
    /** Closure requested → closed; coordinators only. */
    public static final String APPROVE_CLOSURE = "approve_closure";
    /** Closure requested → the phase before; needs a reason; coordinators only. */
    public static final String DECLINE_CLOSURE = "decline_closure";
    /** Planning → plan submitted; needs an agreed goal; only with plan approval, instead of {@link #LINK}. */
    public static final String SUBMIT_PLAN = "submit_plan";
    /** Plan submitted → linking; coordinators, or anyone holding {@link Permission#APPROVE_PLAN}. */
    public static final String APPROVE_PLAN = "approve_plan";
    /** Plan submitted → planning; needs a reason; coordinators, or anyone holding {@link Permission#APPROVE_PLAN}. */
    public static final String DECLINE_PLAN = "decline_plan";
    /** Closed → assessment; needs a reason. */
    public static final String REOPEN = "reopen";
    /** Requests a transfer to another contact point; needs the target; the state stays. */
    public static final String REQUEST_TRANSFER = "request_transfer";
    /** Accepts the pending transfer at the receiving contact point; needs the new caseworker. */
    public static final String ACCEPT_TRANSFER = "accept_transfer";
    /** Rejects the pending transfer at the receiving contact point; needs a reason. */
    public static final String REJECT_TRANSFER = "reject_transfer";

    /** The audit name of opening a case. */
    public static final String OPEN = "open";
    /** The audit name of {@link CaseCommand.AddGoal}. */
    public static final String ADD_GOAL = "add_goal";
    /** The audit name of {@link CaseCommand.AgreeGoal}. */
    public static final String AGREE_GOAL = "agree_goal";
    /** The audit name of {@link CaseCommand.ChangeGoalStatus}. */
    public static final String CHANGE_GOAL_STATUS = "change_goal_status";
    /** The audit name of {@link CaseCommand.AddFollowUp}. */
    public static final String ADD_FOLLOW_UP = "add_follow_up";
    /** The audit name of {@link CaseCommand.CompleteFollowUp}. */
    public static final String COMPLETE_FOLLOW_UP = "complete_follow_up";
    /** The audit name of {@link CaseCommand.ChangeNeeds}. */
    public static final String CHANGE_NEEDS = "change_needs";
    /** The audit name of {@link CaseCommand.AssignMentor}. */
    public static final String ASSIGN_MENTOR = "assign_mentor";
    /**
     * The audit name of moving a stored case out of a state its workflow no longer has
     * ({@link CaseEngine#migrate}); not a command a caller gives.
     */
    public static final String MIGRATE_STATE = "migrate_state";

    /**
     * The names the audit trail uses for changes that are not transitions. A case workflow must not
     * name a transition like one of these.
     */
    public static final Set<String> COMMANDS = Set.of(OPEN, ADD_GOAL, AGREE_GOAL, CHANGE_GOAL_STATUS, ADD_FOLLOW_UP,
            COMPLETE_FOLLOW_UP, CHANGE_NEEDS, ASSIGN_MENTOR, MIGRATE_STATE);

    /** The guard of {@link #LINK}. */
    public static final Guard<Case> AGREED_GOAL = Guard.of(Case::hasAgreedGoal, "the support plan has no agreed goal");

    /** The guard of {@link #CLOSE} and {@link #REQUEST_CLOSURE}. */
    public static final Guard<Case> NO_PENDING_TRANSFER = Guard.of(c -> !c.hasPendingTransfer(),
            "a transfer is pending");

    private static final Set<State> PHASES = Set.of(INTAKE, ASSESSMENT, PLANNING, LINKING, MONITORING);

    private CaseWorkflows() {
    }

    /**
     * An option of the default workflow.
     *
     * @since 0.1.0
     */
    public enum Option {
        /**
         * Closing needs approval: {@link #REQUEST_CLOSURE}, then {@link #APPROVE_CLOSURE} or
         * {@link #DECLINE_CLOSURE}, instead of {@link #CLOSE}.
         */
        CLOSURE_APPROVAL,
        /**
         * The support plan needs approval before linking: {@link #SUBMIT_PLAN}, then
         * {@link #APPROVE_PLAN} or {@link #DECLINE_PLAN}, instead of {@link #LINK}.
         */
        PLAN_APPROVAL
    }

    /**
     * The default workflow, without closure approval.
     *
     * @return the workflow
     */
    public static Workflow<Case> dgcc() {
        return dgcc(new Option[0]);
    }

    /**
     * The default workflow.
     *
     * @param closureApproval true if closing a case needs a coordinator's approval
     * @return the workflow
     */
    public static Workflow<Case> dgcc(boolean closureApproval) {
        return closureApproval ? dgcc(Option.CLOSURE_APPROVAL) : dgcc();
    }

    /**
     * The default workflow with options, such as
     * {@code dgcc(Option.PLAN_APPROVAL, Option.CLOSURE_APPROVAL)}.
     *
     * @param options the options, not null, no nulls; none for the plain default
     * @return the workflow
     * @throws NullPointerException if the array or an option is null
     */
    public static Workflow<Case> dgcc(Option... options) {
        Set<Option> chosen = EnumSet.noneOf(Option.class);
        for (Option option : options) {
            chosen.add(Objects.requireNonNull(option, "option must not be null"));
        }
        boolean closureApproval = chosen.contains(Option.CLOSURE_APPROVAL);
        Set<State> movable = Set.of(INTAKE, ASSESSMENT, PLANNING, LINKING, MONITORING, ON_HOLD);
        Workflow.Builder<Case> builder = Workflow.<Case>builder()
                .initial(INTAKE)
                .states(ASSESSMENT, PLANNING, LINKING, MONITORING, ON_HOLD)
                .terminal(CLOSED)
                .transition(Transition.of(ASSESS, INTAKE, ASSESSMENT))
                .transition(Transition.of(PLAN, ASSESSMENT, PLANNING))
                .transition(Transition.<Case>of(LINK, PLANNING, LINKING).withGuard(AGREED_GOAL))
                .transition(Transition.of(MONITOR, LINKING, MONITORING))
                .transition(Transition.of(REPLAN, Set.of(LINKING, MONITORING), Target.state(PLANNING)))
                .transition(Transition.<Case>of(HOLD, PHASES, Target.state(ON_HOLD)).withInputs(Input.REASON))
                .transition(Transition.of(RESUME, Set.of(ON_HOLD), Target.previous()))
                .transition(Transition.<Case>of(REOPEN, CLOSED, ASSESSMENT).withInputs(Input.REASON).withReopen(true))
                .transition(Transition.<Case>of(REQUEST_TRANSFER, movable, Target.same())
                        .withInputs(Input.TARGET_CONTACT_POINT))
                .transition(Transition.<Case>of(ACCEPT_TRANSFER, movable, Target.same()).withInputs(Input.CASEWORKER))
                .transition(Transition.<Case>of(REJECT_TRANSFER, movable, Target.same()).withInputs(Input.REASON));
        if (chosen.contains(Option.PLAN_APPROVAL)) {
            builder.states(PLAN_SUBMITTED).withoutTransition(LINK)
                    .transition(Transition.<Case>of(SUBMIT_PLAN, PLANNING, PLAN_SUBMITTED).withGuard(AGREED_GOAL))
                    .transition(Transition.<Case>of(APPROVE_PLAN, PLAN_SUBMITTED, LINKING)
                            .withRoles(Role.COORDINATOR).withPermissions(Permission.APPROVE_PLAN))
                    .transition(Transition.<Case>of(DECLINE_PLAN, PLAN_SUBMITTED, PLANNING)
                            .withInputs(Input.REASON).withRoles(Role.COORDINATOR)
                            .withPermissions(Permission.APPROVE_PLAN));
        }
        if (closureApproval) {
            builder.states(CLOSURE_REQUESTED)
                    .transition(Transition.<Case>of(REQUEST_CLOSURE, PHASES, Target.state(CLOSURE_REQUESTED))
                            .withInputs(Input.OUTCOME).withGuard(NO_PENDING_TRANSFER))
                    .transition(Transition.<Case>of(APPROVE_CLOSURE, CLOSURE_REQUESTED, CLOSED)
                            .withRoles(Role.COORDINATOR).withPermissions(Permission.APPROVE_CLOSURE))
                    .transition(Transition.<Case>of(DECLINE_CLOSURE, Set.of(CLOSURE_REQUESTED), Target.previous())
                            .withInputs(Input.REASON).withRoles(Role.COORDINATOR)
                            .withPermissions(Permission.APPROVE_CLOSURE));
        } else {
            builder.transition(Transition.<Case>of(CLOSE, PHASES, Target.state(CLOSED))
                    .withInputs(Input.OUTCOME).withGuard(NO_PENDING_TRANSFER));
        }
        return builder.build();
    }
}
