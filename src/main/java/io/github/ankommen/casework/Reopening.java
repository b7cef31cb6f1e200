package io.github.ankommen.casework;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One entry of a case's log of reopenings.
 *
 * <p>The reason is free text and may hold personal data, so {@link #toString()} leaves it out. This
 * class is immutable and thread-safe.
 *
 * @param actor who reopened the case
 * @param at when
 * @param reason why; null only if a custom workflow's reopen does not require a reason; at most
 *     2000 characters
 * @param previousOutcome the outcome the case had been closed with; null if it had none
 * @since 0.1.0
 */
public record Reopening(
        @NotNull ActorId actor,
        @NotNull Instant at,
        @Size(max = 2000) String reason,
        ClosureOutcome previousOutcome) {

    /**
     * Creates a log entry.
     *
     * @param actor who reopened the case, not null
     * @param at when, not null
     * @param reason why, or null; at most 2000 characters
     * @param previousOutcome the outcome the case had been closed with, or null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or too long
     */
    public Reopening(ActorId actor, Instant at, String reason, ClosureOutcome previousOutcome) {
        this.actor = actor;
        this.at = at;
        this.reason = reason;
        this.previousOutcome = previousOutcome;
        if (!(actor != null && at != null && ConstraintChecks.fits(reason, 2000))) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Shows actor, time and previous outcome; never the reason.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Reopening[actor=" + actor + ", at=" + at + ", previousOutcome=" + previousOutcome + "]";
    }
}
