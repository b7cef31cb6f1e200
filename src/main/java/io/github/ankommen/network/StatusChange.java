package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One entry of a contact point's status history: the status it took, from which day, and why.
 *
 * <p>The reason is free text and is left out of {@link #toString()}. This class is immutable and
 * thread-safe.
 *
 * @param status the new status, not null
 * @param date the day from which it applies, not null
 * @param reason why, not blank, at most 500 characters, for example "Bezirksvertretung hat
 *     zugestimmt"
 * @since 0.1.0
 */
public record StatusChange(@NotNull ContactPointStatus status, @NotNull LocalDate date,
        @NotBlank @Size(max = 500) String reason) {

    /**
     * Creates a status change.
     *
     * @param status the new status, not null
     * @param date the day from which it applies, not null
     * @param reason why, not blank, at most 500 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     reason is blank or too long
     */
    public StatusChange(ContactPointStatus status, LocalDate date, String reason) {
        this.status = status;
        this.date = date;
        this.reason = reason;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a status change.
     *
     * @param status the new status, not null
     * @param date the day from which it applies, not null
     * @param reason why, not blank, at most 500 characters
     * @return the status change
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     reason is blank or too long
     */
    public static StatusChange of(ContactPointStatus status, LocalDate date, String reason) {
        return new StatusChange(status, date, reason);
    }

    /**
     * Returns the status and date, without the free-text reason.
     *
     * @return for example {@code StatusChange[status=OPEN, date=2016-04-01]}
     */
    @Override
    public String toString() {
        return "StatusChange[status=" + status + ", date=" + date + "]";
    }
}
