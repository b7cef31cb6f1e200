package io.github.ankommen.casework;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.workflow.State;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case (<i>Fall</i>): a client's supported process at a contact point, the aggregate of case work.
 *
 * <p>Who and where: a client, a contact point, a responsible caseworker and optionally a volunteer
 * mentor (both team members of the network). What: the client's needs, from the same categories as
 * offers, and the support plan's goals and follow-ups. Where in the workflow: the state, the state
 * before it (where a resume returns to), the closure outcome, a pending transfer, the log of
 * reopenings, a version that grows by one with every change, and the times of creation and of the
 * last change. The full history is the case's audit trail of {@link AuditEntry} values, kept outside
 * this record (decision D10).
 *
 * <p>Cases are changed only through {@link CaseEngine}, which returns the next value; the public
 * constructor is for stores that load a case. Its constraints are checked by hand first, and by the
 * validator only when that check fails (decision D10), so that a transition stays cheap.
 * {@link #toString()} shows ids, state and version only. This class is immutable and thread-safe.
 *
 * @param id the case's id
 * @param client the client
 * @param contactPoint the contact point responsible for the case
 * @param caseworker the responsible caseworker, a staff member of that contact point
 * @param mentor a volunteer mentor; null if none
 * @param needs the client's needs
 * @param goals the support plan's goals, with unique ids
 * @param followUps the follow-ups, with unique ids
 * @param state the current workflow state
 * @param previousState the state before the current one; null if the case never left its first state
 * @param outcome the closure outcome, while the case is closed or its closure is pending; else null
 * @param transfer the pending transfer; null if none; never to the case's own contact point
 * @param reopenings the log of reopenings, oldest first
 * @param version the version, from 1 (opened), one more with every change
 * @param createdAt when the case was opened
 * @param updatedAt when it was last changed; not before {@code createdAt}
 * @since 0.1.0
 */
public record Case(
        @NotNull CaseId id,
        @NotNull ClientId client,
        @NotNull ContactPointId contactPoint,
        @NotNull TeamMemberId caseworker,
        TeamMemberId mentor,
        @NotNull Set<@NotNull Category> needs,
        @NotNull List<@NotNull Goal> goals,
        @NotNull List<@NotNull FollowUp> followUps,
        @NotNull State state,
        State previousState,
        ClosureOutcome outcome,
        Transfer transfer,
        @NotNull List<@NotNull Reopening> reopenings,
        @Positive long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) {

    /**
     * Creates a case.
     *
     * @param id the id, not null
     * @param client the client, not null
     * @param contactPoint the contact point, not null
     * @param caseworker the responsible caseworker, not null
     * @param mentor the volunteer mentor, or null
     * @param needs the needs, not null, without nulls
     * @param goals the goals, not null, without nulls, with unique ids
     * @param followUps the follow-ups, not null, without nulls, with unique ids
     * @param state the state, not null
     * @param previousState the state before, or null
     * @param outcome the closure outcome, or null
     * @param transfer the pending transfer, or null; not to {@code contactPoint}
     * @param reopenings the log of reopenings, not null, without nulls
     * @param version the version, positive
     * @param createdAt when it was opened, not null
     * @param updatedAt when it was last changed, not null, not before {@code createdAt}
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     components do not fit together
     */
    public Case(CaseId id, ClientId client, ContactPointId contactPoint, TeamMemberId caseworker, TeamMemberId mentor,
            Set<Category> needs, List<Goal> goals, List<FollowUp> followUps, State state, State previousState,
            ClosureOutcome outcome, Transfer transfer, List<Reopening> reopenings, long version, Instant createdAt,
            Instant updatedAt) {
        this.id = id;
        this.client = client;
        this.contactPoint = contactPoint;
        this.caseworker = caseworker;
        this.mentor = mentor;
        this.needs = FrozenCollections.copyOf(needs);
        this.goals = FrozenCollections.copyOf(goals);
        this.followUps = FrozenCollections.copyOf(followUps);
        this.state = state;
        this.previousState = previousState;
        this.outcome = outcome;
        this.transfer = transfer;
        this.reopenings = FrozenCollections.copyOf(reopenings);
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        if (!isCheaplyValid()) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Finds a goal.
     *
     * @param goalId the goal's id, not null
     * @return the goal, or empty if the case has none of that id
     * @throws NullPointerException if the id is null
     */
    public Optional<Goal> goal(GoalId goalId) {
        Objects.requireNonNull(goalId, "goalId must not be null");
        return goals.stream().filter(g -> g.id().equals(goalId)).findFirst();
    }

    /**
     * Finds a follow-up.
     *
     * @param followUpId the follow-up's id, not null
     * @return the follow-up, or empty if the case has none of that id
     * @throws NullPointerException if the id is null
     */
    public Optional<FollowUp> followUp(FollowUpId followUpId) {
        Objects.requireNonNull(followUpId, "followUpId must not be null");
        return followUps.stream().filter(f -> f.id().equals(followUpId)).findFirst();
    }

    /**
     * Asks whether the support plan has a goal agreed with the client.
     *
     * @return true if at least one goal is agreed
     */
    public boolean hasAgreedGoal() {
        for (Goal g : goals) {
            if (g.isAgreed()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Asks whether a transfer to another contact point is waiting for an answer.
     *
     * @return true if there is a pending transfer
     */
    public boolean hasPendingTransfer() {
        return transfer != null;
    }

    /**
     * The earliest date by which something of the case is due: an open follow-up's due date or an
     * unfinished goal's target date. Stores index it, so that overdue and due-soon questions touch
     * only the cases that can answer them.
     *
     * @return the earliest open deadline, or empty if nothing is open
     */
    public Optional<LocalDate> earliestOpenDeadline() {
        LocalDate earliest = null;
        for (FollowUp f : followUps) {
            if (!f.isCompleted() && (earliest == null || f.due().isBefore(earliest))) {
                earliest = f.due();
            }
        }
        for (Goal g : goals) {
            if (!g.status().isFinished() && (earliest == null || g.targetDate().isBefore(earliest))) {
                earliest = g.targetDate();
            }
        }
        return Optional.ofNullable(earliest);
    }

    /**
     * Shows ids, contact point, state and version; never the client's data, goals or notes.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Case[id=" + id + ", client=" + client + ", contactPoint=" + contactPoint + ", state=" + state
                + ", version=" + version + "]";
    }

    /** Exactly the constraints of the components and the rules below, without the validator. */
    private boolean isCheaplyValid() {
        return id != null && client != null && contactPoint != null && caseworker != null && ConstraintChecks.noNulls(needs)
                && ConstraintChecks.noNulls(goals) && ConstraintChecks.noNulls(followUps) && state != null && ConstraintChecks.noNulls(reopenings)
                && version > 0 && createdAt != null && updatedAt != null
                && isUpdatedNotBeforeCreated() && isGoalIdsUnique() && isFollowUpIdsUnique() && isTransferElsewhere();
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Case.updatedAt.message}")
    private boolean isUpdatedNotBeforeCreated() {
        return createdAt == null || updatedAt == null || !updatedAt.isBefore(createdAt);
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Case.goals.message}")
    private boolean isGoalIdsUnique() {
        if (goals == null) {
            return true;
        }
        for (int i = 0; i < goals.size(); i++) {
            for (int j = i + 1; j < goals.size(); j++) {
                if (goals.get(i) != null && goals.get(j) != null && goals.get(i).id().equals(goals.get(j).id())) {
                    return false;
                }
            }
        }
        return true;
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Case.followUps.message}")
    private boolean isFollowUpIdsUnique() {
        if (followUps == null) {
            return true;
        }
        for (int i = 0; i < followUps.size(); i++) {
            for (int j = i + 1; j < followUps.size(); j++) {
                if (followUps.get(i) != null && followUps.get(j) != null
                        && followUps.get(i).id().equals(followUps.get(j).id())) {
                    return false;
                }
            }
        }
        return true;
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Case.transfer.message}")
    private boolean isTransferElsewhere() {
        return transfer == null || contactPoint == null || !transfer.target().equals(contactPoint);
    }
}
