package io.github.ankommen.casework;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A pending transfer of a case to another contact point, waiting for that contact point to accept or
 * reject it.
 *
 * <p>The reason is free text and may hold personal data, so {@link #toString()} leaves it out. This
 * class is immutable and thread-safe.
 *
 * @param target the contact point the case is to move to
 * @param requestedBy who requested the transfer
 * @param requestedAt when it was requested
 * @param reason why; null if none was given; at most 2000 characters
 * @since 0.1.0
 */
public record Transfer(
        @NotNull ContactPointId target,
        @NotNull ActorId requestedBy,
        @NotNull Instant requestedAt,
        @Size(max = 2000) String reason) {

    /**
     * Creates a pending transfer.
     *
     * @param target the receiving contact point, not null
     * @param requestedBy who requested it, not null
     * @param requestedAt when, not null
     * @param reason why, or null; at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or too long
     */
    public Transfer(ContactPointId target, ActorId requestedBy, Instant requestedAt, String reason) {
        this.target = target;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.reason = reason;
        if (!(target != null && requestedBy != null && requestedAt != null && ConstraintChecks.fits(reason, 2000))) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Shows target, requester and time; never the reason.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Transfer[target=" + target + ", requestedBy=" + requestedBy + ", requestedAt=" + requestedAt + "]";
    }
}
