package io.github.ankommen.access;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.WellFormedTextValidator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One entry of the change log: who changed which record, when, by what command, and why.
 *
 * <p>Every command of the library's services that writes records writes one change record per
 * record it writes, in the same unit of work: a refused or failed command leaves none, and a record
 * written without its change record never becomes visible. The record and its version after the
 * change are the {@link #id()}; the {@link #action()} names the command, such as
 * {@code register_client}, {@code set_capacity} or a workflow transition. A case's own
 * {@code AuditEntry} trail, with its states, is kept beside the change log (decision D24).
 *
 * <p>The reason is free text and may hold personal data, so {@link #toString()} leaves it out, and
 * the retention run and an erasure remove it with the free text of the record it belongs to. This
 * class is immutable and thread-safe.
 *
 * @param id the changed record and its version after the change
 * @param actor who changed it
 * @param role the actor's role at the time
 * @param at when
 * @param action the command's name, a machine name such as {@code set_status}
 * @param reason the reason given; null if none; at most 2000 characters
 * @since 0.1.0
 */
public record ChangeRecord(
        @NotNull ChangeRecordId id,
        @NotNull ActorId actor,
        @NotNull Role role,
        @NotNull Instant at,
        @NotNull @Pattern(regexp = ConstraintChecks.MACHINE_NAME) String action,
        @Size(max = 2000) String reason) {

    /**
     * Creates a change record.
     *
     * @param id the changed record and its new version, not null
     * @param actor who, not null
     * @param role the actor's role, not null
     * @param at when, not null
     * @param action the command's name, not null, a machine name
     * @param reason the reason, or null; at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public ChangeRecord(ChangeRecordId id, ActorId actor, Role role, Instant at, String action, String reason) {
        this.id = id;
        this.actor = actor;
        this.role = role;
        this.at = at;
        this.action = action;
        this.reason = reason;
        if (!(id != null && actor != null && role != null && at != null && ConstraintChecks.isMachineName(action)
                && ConstraintChecks.fits(reason, 2000) && (reason == null || WellFormedTextValidator.isWellFormed(reason)))) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The same change without its reason: what remains when the record's free text is removed.
     *
     * @return the record without reason; this instance if it has none
     */
    public ChangeRecord withoutReason() {
        return reason == null ? this : new ChangeRecord(id, actor, role, at, action, null);
    }

    /**
     * Shows everything but the reason.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ChangeRecord[" + id + " by " + actor + " (" + role + ") at " + at + ": " + action
                + (reason == null ? "" : ", with a reason") + "]";
    }
}
