package io.github.ankommen.casework;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.workflow.State;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One entry of a case's audit trail: who changed the case, when, how, and why.
 *
 * <p>Every applied command appends exactly one entry, and a refused one appends none. A workflow
 * transition is recorded by its name; any other change by the name of its command (such as
 * {@code add_goal}, see {@link CaseWorkflows#COMMANDS}), with {@code from} equal to {@code to}. The
 * entry's {@link #version()} is the case's version after the change, so a case's trail holds the
 * versions 1, 2, 3, … without gaps, and is ordered by them. The trail is append-only: the library
 * never changes or removes an entry.
 *
 * <p>The reason is free text and may hold personal data, so {@link #toString()} leaves it out. This
 * class is immutable and thread-safe.
 *
 * @param caseId the case
 * @param version the case's version after the change, from 1
 * @param actor who changed it
 * @param role the actor's role at the time
 * @param at when
 * @param from the state before; null only for the entry that opens the case
 * @param to the state after
 * @param transition the transition's or command's name
 * @param reason the reason given; null if none; at most 2000 characters
 * @since 0.1.0
 */
public record AuditEntry(
        @NotNull CaseId caseId,
        @Positive long version,
        @NotNull ActorId actor,
        @NotNull Role role,
        @NotNull Instant at,
        State from,
        @NotNull State to,
        @NotNull @Pattern(regexp = State.NAME_PATTERN) String transition,
        @Size(max = 2000) String reason) {

    /**
     * Creates an entry.
     *
     * @param caseId the case, not null
     * @param version the case's version after the change, positive
     * @param actor who, not null
     * @param role the actor's role, not null
     * @param at when, not null
     * @param from the state before, or null for the opening entry
     * @param to the state after, not null
     * @param transition the transition's or command's name, not null, a state-like machine name
     * @param reason the reason, or null; at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public AuditEntry(CaseId caseId, long version, ActorId actor, Role role, Instant at, State from, State to,
            String transition, String reason) {
        this.caseId = caseId;
        this.version = version;
        this.actor = actor;
        this.role = role;
        this.at = at;
        this.from = from;
        this.to = to;
        this.transition = transition;
        this.reason = reason;
        if (!(caseId != null && version > 0 && actor != null && role != null && at != null && to != null
                && ConstraintChecks.isMachineName(transition) && ConstraintChecks.fits(reason, 2000))) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The entry's id: its case and version.
     *
     * @return the id
     */
    public AuditEntryId id() {
        return new AuditEntryId(caseId, version);
    }

    /**
     * Shows everything but the reason.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "AuditEntry[case=" + caseId + ", version=" + version + ", actor=" + actor + ", role=" + role
                + ", at=" + at + ", " + from + " -> " + to + " by " + transition + "]";
    }
}
