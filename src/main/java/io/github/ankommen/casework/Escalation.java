package io.github.ankommen.casework;

import io.github.ankommen.access.Role;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;

/**
 * A deadline overdue for too long, and the role to notify. The library never sends a notification
 * itself: the application does, from the returned escalations or in an {@link EscalationListener}.
 * This class is immutable and thread-safe.
 *
 * @param deadline the overdue deadline
 * @param recipient the role to notify; {@link Role#COORDINATOR}
 * @since 0.1.0
 */
public record Escalation(@NotNull Deadline deadline, @NotNull Role recipient) {

    /**
     * Creates an escalation.
     *
     * @param deadline the overdue deadline, not null
     * @param recipient the role to notify, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public Escalation(Deadline deadline, Role recipient) {
        this.deadline = deadline;
        this.recipient = recipient;
        RecordValidation.valid(this);
    }
}
