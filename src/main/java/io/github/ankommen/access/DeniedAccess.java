package io.github.ankommen.access;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * A denied call, as the audit trail records it: who, in which role, tried what, on which resource,
 * when, and which rule denied it.
 *
 * <p>Every denied call is recorded, and nothing else about it changes anything. The record holds ids
 * and categories only, never personal data. Services build it with
 * {@link AccessDeniedException#toDeniedAccess(DeniedAccessId, Instant)}. This class is immutable and thread-safe.
 *
 * @param id the record's id
 * @param actor the actor's id
 * @param role the actor's role
 * @param operation the denied operation
 * @param rule the id of the rule that denied it
 * @param at when
 * @param resource what the call touched
 * @since 0.1.0
 */
public record DeniedAccess(
        @NotNull DeniedAccessId id,
        @NotNull ActorId actor,
        @NotNull Role role,
        @NotNull Operation operation,
        @NotNull @Pattern(regexp = Decision.RULE_PATTERN) String rule,
        @NotNull Instant at,
        @NotNull Resource resource) {

    /**
     * Creates the record.
     *
     * @param id the record's id, not null
     * @param actor the actor's id, not null
     * @param role the actor's role, not null
     * @param operation the denied operation, not null
     * @param rule the rule's id, not null, matching {@link Decision#RULE_PATTERN}
     * @param at when, not null
     * @param resource what the call touched, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the rule
     *     is malformed
     */
    public DeniedAccess(DeniedAccessId id, ActorId actor, Role role, Operation operation, String rule, Instant at,
            Resource resource) {
        this.id = id;
        this.actor = actor;
        this.role = role;
        this.operation = operation;
        this.rule = rule;
        this.at = at;
        this.resource = resource;
        RecordValidation.valid(this);
    }
}
