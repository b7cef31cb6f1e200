package io.github.ankommen.casework;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.workflow.Input;
import io.github.ankommen.workflow.State;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A command on an open case, applied by {@link CaseEngine#apply}.
 *
 * <p>{@link Fire} fires a workflow transition by name, in any workflow ({@link #fire(String)},
 * {@link Fire#withOutcome(ClosureOutcome)}); the other commands change the support plan, the
 * follow-ups, the needs or the mentor. Every command of the default workflow has a static factory
 * named after it, taking exactly the inputs it requires (the factories of transitions are DGCC only;
 * a workflow of one's own fires its transitions by name; the transfers' names the engine knows in
 * every workflow): {@link #assess()}, {@link #plan()},
 * {@link #link()}, {@link #monitor()}, {@link #replan()}, {@link #hold(String)}, {@link #resume()},
 * {@link #close(ClosureOutcome)}, {@link #requestClosure(ClosureOutcome)}, {@link #approveClosure()},
 * {@link #declineClosure(String)}, {@link #submitPlan()}, {@link #approvePlan()},
 * {@link #declinePlan(String)}, {@link #reopen(String)}, {@link #requestTransfer(ContactPointId, String)},
 * {@link #acceptTransfer(TeamMemberId)}, {@link #rejectTransfer(String)},
 * {@link #addGoal(GoalId, String, List, LocalDate)}, {@link #agreeGoal(GoalId)},
 * {@link #changeGoalStatus(GoalId, GoalStatus)}, {@link #addFollowUp(FollowUpId, LocalDate, String)},
 * {@link #completeFollowUp(FollowUpId)}, {@link #changeNeeds(Set)}, {@link #assignMentor(TeamMemberId)}
 * and {@link #removeMentor()}; {@link #fire(String)} fires a transition of a workflow of one's own. Every
 * command's free text (reasons, descriptions, notes) may hold personal data; no command shows it in
 * {@code toString()}. All commands are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface CaseCommand {

    /**
     * The name the audit trail records for this command: the transition's name for {@link Fire}, and
     * one of {@link CaseWorkflows#COMMANDS} for the others.
     *
     * @return the name
     */
    String action();

    /**
     * Fires a transition with no inputs, such as {@code assess}.
     *
     * @param transition the transition's name, not null
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed
     */
    static Fire fire(String transition) {
        return new Fire(transition, null, null, null, null);
    }

    /**
     * Fires a transition with a reason.
     *
     * @param transition the transition's name, not null
     * @param reason the reason, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the name is malformed or the reason too long
     */
    static Fire fire(String transition, String reason) {
        return new Fire(transition, reason, null, null, null);
    }

    /**
     * Moves a case from intake to assessment. DGCC only: a workflow of one's own fires its transitions by
     * name.
     *
     * @return the command
     */
    static Fire assess() {
        return fire(CaseWorkflows.ASSESS);
    }

    /**
     * Moves a case from assessment to support planning. DGCC only: a workflow of one's own fires its
     * transitions by name.
     *
     * @return the command
     */
    static Fire plan() {
        return fire(CaseWorkflows.PLAN);
    }

    /**
     * Moves a case from planning to linking; the support plan needs an agreed goal. DGCC only: a workflow
     * of one's own fires its transitions by name.
     *
     * @return the command
     */
    static Fire link() {
        return fire(CaseWorkflows.LINK);
    }

    /**
     * Moves a case from linking to monitoring. DGCC only: a workflow of one's own fires its transitions by
     * name.
     *
     * @return the command
     */
    static Fire monitor() {
        return fire(CaseWorkflows.MONITOR);
    }

    /**
     * Returns a case from linking or monitoring to planning. DGCC only: a workflow of one's own fires its
     * transitions by name.
     *
     * @return the command
     */
    static Fire replan() {
        return fire(CaseWorkflows.REPLAN);
    }

    /**
     * Submits the support plan for approval, where the workflow needs it; it needs an agreed goal. DGCC
     * only: a workflow of one's own fires its transitions by name.
     *
     * @return the command
     */
    static Fire submitPlan() {
        return fire(CaseWorkflows.SUBMIT_PLAN);
    }

    /**
     * Approves a submitted support plan, which moves the case to linking. DGCC only: a workflow of one's
     * own fires its transitions by name.
     *
     * @return the command
     */
    static Fire approvePlan() {
        return fire(CaseWorkflows.APPROVE_PLAN);
    }

    /**
     * Declines a submitted support plan, which returns the case to planning. DGCC only: a workflow of
     * one's own fires its transitions by name.
     *
     * @param reason why, not blank for the default workflow, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is too long
     */
    static Fire declinePlan(String reason) {
        return fire(CaseWorkflows.DECLINE_PLAN, reason);
    }

    /**
     * Approves a requested closure, which closes the case. DGCC only: a workflow of one's own fires its
     * transitions by name.
     *
     * @return the command
     */
    static Fire approveClosure() {
        return fire(CaseWorkflows.APPROVE_CLOSURE);
    }

    /**
     * Declines a requested closure, which returns the case to the phase it came from. DGCC only: a
     * workflow of one's own fires its transitions by name.
     *
     * @param reason why, not blank for the default workflow, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is too long
     */
    static Fire declineClosure(String reason) {
        return fire(CaseWorkflows.DECLINE_CLOSURE, reason);
    }

    /**
     * Adds a proposed goal to the support plan.
     *
     * @param goal the new goal's id, not null, unique within the case
     * @param description what the client wants to reach, not blank, at most 1000 characters
     * @param actions the steps, not null, at most 50, each not blank and at most 500 characters
     * @param targetDate the target date, not null
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if an argument is missing or malformed
     */
    static AddGoal addGoal(GoalId goal, String description, List<String> actions, LocalDate targetDate) {
        return new AddGoal(goal, description, actions, targetDate);
    }

    /**
     * Records that a goal was agreed with the client.
     *
     * @param goal the goal's id, not null
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the id is null
     */
    static AgreeGoal agreeGoal(GoalId goal) {
        return new AgreeGoal(goal);
    }

    /**
     * Changes a goal's status.
     *
     * @param goal the goal's id, not null
     * @param status the new status, not null
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if an argument is null
     */
    static ChangeGoalStatus changeGoalStatus(GoalId goal, GoalStatus status) {
        return new ChangeGoalStatus(goal, status);
    }

    /**
     * Adds a follow-up.
     *
     * @param followUp the new follow-up's id, not null, unique within the case
     * @param due the due date, not null
     * @param note what to look at, or null; at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if an argument is missing or too long
     */
    static AddFollowUp addFollowUp(FollowUpId followUp, LocalDate due, String note) {
        return new AddFollowUp(followUp, due, note);
    }

    /**
     * Marks a follow-up as done.
     *
     * @param followUp the follow-up's id, not null
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the id is null
     */
    static CompleteFollowUp completeFollowUp(FollowUpId followUp) {
        return new CompleteFollowUp(followUp);
    }

    /**
     * Replaces the client's needs.
     *
     * @param needs the needs, not null, without nulls; may be empty
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the set is null or holds null
     */
    static ChangeNeeds changeNeeds(Set<Category> needs) {
        return new ChangeNeeds(needs);
    }

    /**
     * Assigns a volunteer mentor.
     *
     * @param mentor the mentor, not null
     * @return the command
     * @throws NullPointerException if the mentor is null; use {@link #removeMentor()} to remove one
     */
    static AssignMentor assignMentor(TeamMemberId mentor) {
        return new AssignMentor(Objects.requireNonNull(mentor, "mentor must not be null"));
    }

    /**
     * Removes the volunteer mentor.
     *
     * @return the command
     */
    static AssignMentor removeMentor() {
        return new AssignMentor(null);
    }

    /**
     * Puts a case on hold: the default workflow's {@code hold}. DGCC only: a workflow of one's own
     * fires its transitions by name ({@link #fire(String, String)}).
     *
     * @param reason why, not blank for the default workflow, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is too long
     */
    static Fire hold(String reason) {
        return fire(CaseWorkflows.HOLD, reason);
    }

    /**
     * Resumes a case on hold, in the state it was in before: the default workflow's {@code resume}.
     * DGCC only: a workflow of one's own fires its transitions by name ({@link #fire(String)}).
     *
     * @return the command
     */
    static Fire resume() {
        return fire(CaseWorkflows.RESUME);
    }

    /**
     * Reopens a closed case: the default workflow's {@code reopen}. DGCC only: a workflow of one's own
     * fires its reopen transitions by name ({@link #fire(String, String)}).
     *
     * @param reason why, not blank for the default workflow, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is too long
     */
    static Fire reopen(String reason) {
        return fire(CaseWorkflows.REOPEN, reason);
    }

    /**
     * Closes a case, where the default workflow needs no approval: its {@code close}. DGCC only: a
     * workflow of one's own fires its transitions by name, with an outcome where they ask for one
     * ({@code fire(name).withOutcome(outcome)}).
     *
     * @param outcome why the case is closed, not null
     * @return the command
     */
    static Fire close(ClosureOutcome outcome) {
        return new Fire(CaseWorkflows.CLOSE, null, outcome, null, null);
    }

    /**
     * Asks for a case's closure, where the default workflow needs approval: its
     * {@code request_closure}. DGCC only, like {@link #close(ClosureOutcome)}.
     *
     * @param outcome why the case is to be closed, not null
     * @return the command
     */
    static Fire requestClosure(ClosureOutcome outcome) {
        return new Fire(CaseWorkflows.REQUEST_CLOSURE, null, outcome, null, null);
    }

    /**
     * Asks to transfer a case to another contact point.
     *
     * @param target the receiving contact point, not null
     * @param reason why, or null; at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is too long
     */
    static Fire requestTransfer(ContactPointId target, String reason) {
        return new Fire(CaseWorkflows.REQUEST_TRANSFER, reason, null, target, null);
    }

    /**
     * Accepts a pending transfer, at the receiving contact point.
     *
     * @param caseworker who becomes responsible for the case there, not null
     * @return the command
     */
    static Fire acceptTransfer(TeamMemberId caseworker) {
        return new Fire(CaseWorkflows.ACCEPT_TRANSFER, null, null, null, caseworker);
    }

    /**
     * Rejects a pending transfer, at the receiving contact point.
     *
     * @param reason why, not blank for the default workflow, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is too long
     */
    static Fire rejectTransfer(String reason) {
        return fire(CaseWorkflows.REJECT_TRANSFER, reason);
    }

    /**
     * Fires a workflow transition, with whatever inputs it requires.
     *
     * <p>An input counts as given when it is not null; a reason when it is not blank. Inputs the
     * transition does not require are ignored, except a reason, which the audit trail records.
     *
     * @param transition the transition's name
     * @param reason a reason; null if none; at most 2000 characters
     * @param outcome a closure outcome; null if none
     * @param targetContactPoint the contact point to transfer to; null if none
     * @param caseworker the caseworker who becomes responsible; null if none
     */
    record Fire(
            @NotNull @Pattern(regexp = State.NAME_PATTERN) String transition,
            @Size(max = 2000) String reason,
            ClosureOutcome outcome,
            ContactPointId targetContactPoint,
            TeamMemberId caseworker) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param transition the transition's name, not null, a state-like machine name
         * @param reason a reason, or null; at most 2000 characters
         * @param outcome a closure outcome, or null
         * @param targetContactPoint a contact point to transfer to, or null
         * @param caseworker a caseworker who becomes responsible, or null
         * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed, or
         *     the reason too long
         */
        public Fire(String transition, String reason, ClosureOutcome outcome, ContactPointId targetContactPoint,
                TeamMemberId caseworker) {
            this.transition = transition;
            this.reason = reason;
            this.outcome = outcome;
            this.targetContactPoint = targetContactPoint;
            this.caseworker = caseworker;
            if (!(ConstraintChecks.isMachineName(transition) && ConstraintChecks.fits(reason, 2000))) {
                RecordValidation.valid(this);
            }
        }

        /**
         * The inputs this command gives.
         *
         * @return the inputs whose values are present
         */
        public Set<Input> given() {
            Set<Input> given = EnumSet.noneOf(Input.class);
            if (reason != null && !reason.isBlank()) {
                given.add(Input.REASON);
            }
            if (outcome != null) {
                given.add(Input.OUTCOME);
            }
            if (targetContactPoint != null) {
                given.add(Input.TARGET_CONTACT_POINT);
            }
            if (caseworker != null) {
                given.add(Input.CASEWORKER);
            }
            return given;
        }

        /**
         * Returns a copy that gives an outcome, for a transition that asks for one, such as
         * {@code CaseCommand.fire("abschluss_beantragen").withOutcome(ClosureOutcome.GOALS_REACHED)}.
         *
         * @param value the outcome, or null for none
         * @return the changed command
         */
        public Fire withOutcome(ClosureOutcome value) {
            return new Fire(transition, reason, value, targetContactPoint, caseworker);
        }

        @Override
        public String action() {
            return transition;
        }

        /**
         * Shows the transition and which inputs are given; never the reason.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "Fire[" + transition + ", given=" + given() + "]";
        }
    }

    /**
     * Adds a proposed goal to the support plan.
     *
     * @param goal the new goal's id, unique within the case
     * @param description what the client wants to reach; 1 to 1000 characters
     * @param actions the steps; each 1 to 500 characters; may be empty
     * @param targetDate the target date
     */
    record AddGoal(
            @NotNull GoalId goal,
            @NotBlank @Size(max = 1000) String description,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> actions,
            @NotNull LocalDate targetDate) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param goal the goal's id, not null
         * @param description the description, not blank, at most 1000 characters
         * @param actions the steps, not null, at most 50, each not blank and at most 500 characters
         * @param targetDate the target date, not null
         * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
         */
        public AddGoal(GoalId goal, String description, List<String> actions, LocalDate targetDate) {
            this.goal = goal;
            this.description = description;
            this.actions = FrozenCollections.copyOf(actions);
            this.targetDate = targetDate;
            RecordValidation.valid(this);
        }

        @Override
        public String action() {
            return CaseWorkflows.ADD_GOAL;
        }

        /**
         * Shows the goal's id and target date; never its text.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "AddGoal[goal=" + goal + ", targetDate=" + targetDate + "]";
        }
    }

    /**
     * Records that a goal was agreed with the client.
     *
     * @param goal the goal's id
     */
    record AgreeGoal(@NotNull GoalId goal) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param goal the goal's id, not null
         * @throws jakarta.validation.ConstraintViolationException if the id is null
         */
        public AgreeGoal(GoalId goal) {
            this.goal = goal;
            RecordValidation.valid(this);
        }

        @Override
        public String action() {
            return CaseWorkflows.AGREE_GOAL;
        }
    }

    /**
     * Changes a goal's status.
     *
     * @param goal the goal's id
     * @param status the new status
     */
    record ChangeGoalStatus(@NotNull GoalId goal, @NotNull GoalStatus status) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param goal the goal's id, not null
         * @param status the new status, not null
         * @throws jakarta.validation.ConstraintViolationException if a component is null
         */
        public ChangeGoalStatus(GoalId goal, GoalStatus status) {
            this.goal = goal;
            this.status = status;
            RecordValidation.valid(this);
        }

        @Override
        public String action() {
            return CaseWorkflows.CHANGE_GOAL_STATUS;
        }
    }

    /**
     * Adds a follow-up.
     *
     * @param followUp the new follow-up's id, unique within the case
     * @param due the due date
     * @param note what to look at; null if none; at most 2000 characters
     */
    record AddFollowUp(@NotNull FollowUpId followUp, @NotNull LocalDate due, @Size(max = 2000) String note)
            implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param followUp the follow-up's id, not null
         * @param due the due date, not null
         * @param note the note, or null; at most 2000 characters
         * @throws jakarta.validation.ConstraintViolationException if a component is missing or too long
         */
        public AddFollowUp(FollowUpId followUp, LocalDate due, String note) {
            this.followUp = followUp;
            this.due = due;
            this.note = note;
            RecordValidation.valid(this);
        }

        @Override
        public String action() {
            return CaseWorkflows.ADD_FOLLOW_UP;
        }

        /**
         * Shows the follow-up's id and due date; never the note.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "AddFollowUp[followUp=" + followUp + ", due=" + due + "]";
        }
    }

    /**
     * Marks a follow-up as done.
     *
     * @param followUp the follow-up's id
     */
    record CompleteFollowUp(@NotNull FollowUpId followUp) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param followUp the follow-up's id, not null
         * @throws jakarta.validation.ConstraintViolationException if the id is null
         */
        public CompleteFollowUp(FollowUpId followUp) {
            this.followUp = followUp;
            RecordValidation.valid(this);
        }

        @Override
        public String action() {
            return CaseWorkflows.COMPLETE_FOLLOW_UP;
        }
    }

    /**
     * Replaces the client's needs.
     *
     * @param needs the needs; may be empty
     */
    record ChangeNeeds(@NotNull Set<@NotNull Category> needs) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param needs the needs, not null, without nulls
         * @throws jakarta.validation.ConstraintViolationException if the set is null or holds null
         */
        public ChangeNeeds(Set<Category> needs) {
            this.needs = FrozenCollections.copyOf(needs);
            RecordValidation.valid(this);
        }

        @Override
        public String action() {
            return CaseWorkflows.CHANGE_NEEDS;
        }
    }

    /**
     * Assigns a volunteer mentor, or removes the mentor.
     *
     * @param mentor the mentor; null to remove the mentor
     */
    record AssignMentor(TeamMemberId mentor) implements CaseCommand {

        /**
         * Creates the command.
         *
         * @param mentor the mentor, or null to remove the mentor
         */
        public AssignMentor(TeamMemberId mentor) {
            this.mentor = mentor;
        }

        @Override
        public String action() {
            return CaseWorkflows.ASSIGN_MENTOR;
        }
    }
}
