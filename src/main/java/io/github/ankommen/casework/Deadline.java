package io.github.ankommen.casework;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A due date of a case, as answered by {@link Deadlines}: which case, what, when, and how many
 * working days it is overdue. It holds ids and dates only. This class is immutable and thread-safe.
 *
 * @param caseId the case
 * @param contactPoint the case's contact point
 * @param kind what falls due
 * @param goal the goal, for {@link DeadlineKind#GOAL}; else null
 * @param followUp the follow-up, for {@link DeadlineKind#FOLLOW_UP}; else null
 * @param due the due date
 * @param workingDaysOverdue working days from the due date to the day asked about, counting the latter
 *     (see {@link io.github.ankommen.calendar.WorkingDays#between}); 0 if not overdue or overdue only
 *     over a weekend or holiday
 * @since 0.1.0
 */
public record Deadline(
        @NotNull CaseId caseId,
        @NotNull ContactPointId contactPoint,
        @NotNull DeadlineKind kind,
        GoalId goal,
        FollowUpId followUp,
        @NotNull LocalDate due,
        int workingDaysOverdue) {

    /**
     * Creates a deadline.
     *
     * @param caseId the case, not null
     * @param contactPoint the contact point, not null
     * @param kind what falls due, not null
     * @param goal the goal for a goal deadline, else null
     * @param followUp the follow-up for a follow-up deadline, else null
     * @param due the due date, not null
     * @param workingDaysOverdue working days overdue, 0 if not overdue
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, or the item
     *     does not fit the kind
     */
    public Deadline(CaseId caseId, ContactPointId contactPoint, DeadlineKind kind, GoalId goal, FollowUpId followUp,
            LocalDate due, int workingDaysOverdue) {
        this.caseId = caseId;
        this.contactPoint = contactPoint;
        this.kind = kind;
        this.goal = goal;
        this.followUp = followUp;
        this.due = due;
        this.workingDaysOverdue = workingDaysOverdue;
        RecordValidation.valid(this);
    }

    @AssertTrue(message = "{io.github.ankommen.casework.Deadline.item.message}")
    private boolean isItemOfKind() {
        return kind == null || (kind == DeadlineKind.GOAL ? goal != null && followUp == null : followUp != null && goal == null);
    }
}
