package io.github.ankommen.casework;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;

/**
 * The question "what falls due at contact point C in the next N working days?", for
 * {@link Deadlines#dueWithin}: everything due from today up to and including the N-th working day
 * after today. A store may answer it from an index. This class is immutable and thread-safe.
 *
 * @param contactPoint the contact point
 * @param today the first day of the window
 * @param workingDays how many working days after today the window reaches; 0 for today only
 * @since 0.1.0
 */
public record DueQuery(@NotNull ContactPointId contactPoint, @NotNull LocalDate today, @PositiveOrZero int workingDays) {

    /**
     * Creates the query.
     *
     * @param contactPoint the contact point, not null
     * @param today the first day of the window, not null
     * @param workingDays the window's length in working days, not negative
     * @throws jakarta.validation.ConstraintViolationException if a component is null or negative
     */
    public DueQuery(ContactPointId contactPoint, LocalDate today, int workingDays) {
        this.contactPoint = contactPoint;
        this.today = today;
        this.workingDays = workingDays;
        RecordValidation.valid(this);
    }
}
