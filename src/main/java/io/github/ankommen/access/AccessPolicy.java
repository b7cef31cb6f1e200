package io.github.ankommen.access;

import java.util.Objects;

/**
 * Decides whether an actor may perform an operation on a resource.
 *
 * <p>Every service call asks the policy first, with {@link #check}. The library's default is
 * {@link #standard()}, the table in {@code docs/access-control.md}. A municipality replaces it with
 * its own implementation, or refines it: {@link StandardAccessPolicy#grantVolunteerTransitions}
 * for the refinement the issue names, and {@link #and(AccessPolicy)} and
 * {@link #orElse(AccessPolicy)} to combine policies without forking them.
 *
 * <p>An implementation must be a pure function of its arguments: no I/O, no clock, no state. It is
 * called before anything is read, so it sees ids and categories only ({@link Resource}), and it must
 * never throw for a denial; it returns a denying {@link Decision} that names its rule.
 * Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Decides.
     *
     * @param actor who calls, not null
     * @param operation what the call does, not null
     * @param resource what it touches, not null
     * @return the decision, naming the rule that made it; never null
     */
    Decision decide(Actor actor, Operation operation, Resource resource);

    /**
     * Decides, and throws if the call is denied.
     *
     * @param actor who calls, not null
     * @param operation what the call does, not null
     * @param resource what it touches, not null
     * @return the allowing decision
     * @throws AccessDeniedException if the call is denied; it names the rule
     * @throws NullPointerException if an argument is null
     */
    default Decision check(Actor actor, Operation operation, Resource resource) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(operation, "operation must not be null");
        Objects.requireNonNull(resource, "resource must not be null");
        Decision decision = Objects.requireNonNull(decide(actor, operation, resource), "the policy returned null");
        if (decision.denied()) {
            throw new AccessDeniedException(actor.id(), actor.role(), operation, resource, decision);
        }
        return decision;
    }

    /**
     * A policy that allows a call only if both this one and the other allow it. The first denial
     * wins, so the denying rule is this policy's if both deny; if both allow, the other's allowing
     * rule is returned. Use it to restrict a policy.
     *
     * @param other the other policy, not null
     * @return the combined policy
     * @throws NullPointerException if the other policy is null
     */
    default AccessPolicy and(AccessPolicy other) {
        Objects.requireNonNull(other, "other must not be null");
        return (actor, operation, resource) -> {
            Decision first = decide(actor, operation, resource);
            return first.denied() ? first : other.decide(actor, operation, resource);
        };
    }

    /**
     * A policy that allows a call if this one or the other allows it. This policy's decision is
     * returned if it allows, else the other's. Use it to widen a policy.
     *
     * @param other the other policy, not null
     * @return the combined policy
     * @throws NullPointerException if the other policy is null
     */
    default AccessPolicy orElse(AccessPolicy other) {
        Objects.requireNonNull(other, "other must not be null");
        return (actor, operation, resource) -> {
            Decision first = decide(actor, operation, resource);
            return first.allowed() ? first : other.decide(actor, operation, resource);
        };
    }

    /**
     * The library's default policy: the table in {@code docs/access-control.md}. No volunteer
     * transitions are granted.
     *
     * @return the standard policy
     */
    static StandardAccessPolicy standard() {
        return StandardAccessPolicy.DEFAULT;
    }
}
