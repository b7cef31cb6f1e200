package io.github.ankommen.casework;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * The question "what, across the network, is overdue by more than N working days?", for
 * {@link Deadlines#escalations}. Coordinators are network-wide, so the query covers every contact
 * point. A store may answer it from an index. This class is immutable and thread-safe.
 *
 * @param today the day asked about
 * @param moreThanWorkingDays escalate what is overdue by more than this many working days
 * @since 0.1.0
 */
public record EscalationQuery(@NotNull LocalDate today, @PositiveOrZero int moreThanWorkingDays) {

    /**
     * Creates the query.
     *
     * @param today the day asked about, not null
     * @param moreThanWorkingDays the threshold in working days, not negative
     * @throws jakarta.validation.ConstraintViolationException if the day is null or the threshold negative
     */
    public EscalationQuery(LocalDate today, int moreThanWorkingDays) {
        this.today = today;
        this.moreThanWorkingDays = moreThanWorkingDays;
        RecordValidation.valid(this);
    }
}
