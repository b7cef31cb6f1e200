package io.github.ankommen.consent;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The recorded decision to share data without covering consent or legal basis, taken by an actor
 * who holds {@link io.github.ankommen.access.Permission#CONSENT_OVERRIDE}.
 *
 * <p>The name avoids {@code Override}, which would hide {@link java.lang.Override}. The reason is
 * free text typed by staff and may hold personal data; {@link #toString()} leaves it out. This class
 * is immutable and thread-safe.
 *
 * @param actor who overrode
 * @param at when
 * @param reason why, not blank, at most 2000 characters
 * @since 0.1.0
 */
public record ConsentOverride(@NotNull ActorId actor, @NotNull Instant at, @NotBlank @Size(max = 2000) String reason) {

    /**
     * Creates an override.
     *
     * @param actor who overrode, not null
     * @param at when, not null
     * @param reason why, not blank, at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or too long
     */
    public ConsentOverride(ActorId actor, Instant at, String reason) {
        this.actor = actor;
        this.at = at;
        this.reason = reason;
        RecordValidation.valid(this);
    }

    /**
     * Shows who and when, not why.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ConsentOverride[actor=" + actor + ", at=" + at + "]";
    }
}
