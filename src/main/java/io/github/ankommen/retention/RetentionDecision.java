package io.github.ankommen.retention;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/**
 * What of a case's data is due for anonymisation, as {@link RetentionPolicy#due} decided it.
 * This class is immutable and thread-safe.
 *
 * @param caseId the case
 * @param closedOn the day the case was closed; null if it is not closed
 * @param due the data categories of its client that are due for this case
 * @param freeText whether the case's free text is due
 * @since 0.1.0
 */
public record RetentionDecision(
        @NotNull CaseId caseId,
        LocalDate closedOn,
        @NotNull Set<@NotNull DataCategory> due,
        boolean freeText) {

    /**
     * Creates a decision.
     *
     * @param caseId the case, not null
     * @param closedOn the day of closure, or null if the case is open
     * @param due the categories due, not null; empty for an open case
     * @param freeText whether free text is due; never for an open case
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, or something
     *     is due for an open case ({@code openCaseKept})
     */
    public RetentionDecision(CaseId caseId, LocalDate closedOn, Set<DataCategory> due, boolean freeText) {
        this.caseId = caseId;
        this.closedOn = closedOn;
        this.due = FrozenCollections.copyOf(due);
        this.freeText = freeText;
        RecordValidation.valid(this);
    }

    /**
     * Asks whether anything is due.
     *
     * @return true if a category or the free text is due
     */
    public boolean isAnythingDue() {
        return freeText || !due.isEmpty();
    }

    @AssertTrue(message = "{io.github.ankommen.retention.RetentionDecision.openCaseKept.message}")
    private boolean isOpenCaseKept() {
        return closedOn != null || (!freeText && (due == null || due.isEmpty()));
    }
}
