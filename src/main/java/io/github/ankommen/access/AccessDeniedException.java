package io.github.ankommen.access;

import io.github.ankommen.base.AnkommenException;
import java.time.Instant;

/**
 * A call was denied by the {@link AccessPolicy}. Nothing was read or changed.
 *
 * <p>The exception carries the actor's id and role, the operation, the resource (ids only), and the
 * rule that denied it with its explanation. Its message holds these and no personal data. A service
 * that catches it records {@link #toDeniedAccess(DeniedAccessId, Instant)} in the audit trail and rethrows it.
 *
 * @since 0.1.0
 */
public class AccessDeniedException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The actor; a serializable record. */
    @SuppressWarnings("serial")
    private final ActorId actorId;
    /** The actor's role. */
    private final Role role;
    /** The operation. */
    private final Operation operation;
    /** What was touched; a record of ids. */
    @SuppressWarnings("serial")
    private final Resource resource;
    /** The decision with the rule; a record. */
    @SuppressWarnings("serial")
    private final Decision decision;

    /**
     * Creates the exception.
     *
     * @param actorId the actor's id, not null
     * @param role the actor's role, not null
     * @param operation the denied operation, not null
     * @param resource what the call touched, not null
     * @param decision the denying decision, naming the rule, not null
     */
    public AccessDeniedException(ActorId actorId, Role role, Operation operation, Resource resource,
            Decision decision) {
        super("access denied: actor " + actorId + " (" + role + ") may not " + operation + " by rule "
                + decision.rule() + ": " + decision.explanation());
        this.actorId = actorId;
        this.role = role;
        this.operation = operation;
        this.resource = resource;
        this.decision = decision;
    }

    /**
     * The actor whose call was denied.
     *
     * @return the actor's id
     */
    public ActorId actorId() {
        return actorId;
    }

    /**
     * The actor's role.
     *
     * @return the role
     */
    public Role role() {
        return role;
    }

    /**
     * The denied operation.
     *
     * @return the operation
     */
    public Operation operation() {
        return operation;
    }

    /**
     * What the call touched.
     *
     * @return the resource, ids only
     */
    public Resource resource() {
        return resource;
    }

    /**
     * The id of the rule that denied the call.
     *
     * @return the rule, such as {@code volunteer.sensitive-data}
     */
    public String rule() {
        return decision.rule();
    }

    /**
     * The denying decision, with the rule and its explanation.
     *
     * @return the decision
     */
    public Decision decision() {
        return decision;
    }

    /**
     * The record of this denial for the audit trail.
     *
     * @param id the record's id, not null
     * @param at when the call was denied, not null
     * @return the record
     * @throws jakarta.validation.ConstraintViolationException if the id or the instant is null
     */
    public DeniedAccess toDeniedAccess(DeniedAccessId id, Instant at) {
        return new DeniedAccess(id, actorId, role, operation, decision.rule(), at, resource);
    }
}
