package io.github.ankommen.access;

import io.github.ankommen.internal.Checks;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Who performs a call: an id, a role, and the scope the role applies to.
 *
 * <p>Every command of the library names its actor, and the audit trail records it. Caseworkers and
 * volunteers work at one or more contact points; a partner belongs to one receiving organisation;
 * coordinators and analysts are network-wide and have neither. The actor's id is the only part that
 * is logged. This class is immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param role the actor's role, not null
 * @param contactPoints the contact points a caseworker or volunteer works at; empty for other roles
 * @param organisation the receiving organisation of a partner; null for other roles
 * @param permissions rights beyond the role, such as {@link Permission#CONSENT_OVERRIDE}
 */
public record Actor(
        @NotNull ActorId id,
        @NotNull Role role,
        @NotNull Set<@NotNull ContactPointId> contactPoints,
        OrganisationId organisation,
        @NotNull Set<@NotNull Permission> permissions) {

    /**
     * Creates an actor.
     *
     * @param id the actor's id, not null
     * @param role the actor's role, not null
     * @param contactPoints at least one for a caseworker or volunteer, none for other roles
     * @param organisation required for a partner, null for other roles
     * @param permissions rights beyond the role, not null, may be empty
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the scope
     *     does not fit the role
     */
    public Actor(ActorId id, Role role, Set<ContactPointId> contactPoints, OrganisationId organisation,
            Set<Permission> permissions) {
        this.id = id;
        this.role = role;
        this.contactPoints = Checks.copyOf(contactPoints);
        this.organisation = organisation;
        this.permissions = Checks.copyOf(permissions);
        Checks.valid(this);
    }

    /**
     * A network-wide coordinator.
     *
     * @param id the actor's id, not null
     * @param permissions rights beyond the role
     * @return the actor
     */
    public static Actor coordinator(ActorId id, Permission... permissions) {
        return new Actor(id, Role.COORDINATOR, Set.of(), null, Set.of(permissions));
    }

    /**
     * A caseworker at one or more contact points.
     *
     * @param id the actor's id, not null
     * @param contactPoints the contact points, at least one
     * @return the actor
     */
    public static Actor caseworker(ActorId id, ContactPointId... contactPoints) {
        return new Actor(id, Role.CASEWORKER, Set.of(contactPoints), null, Set.of());
    }

    /**
     * A volunteer at one or more contact points.
     *
     * @param id the actor's id, not null
     * @param contactPoints the contact points, at least one
     * @return the actor
     */
    public static Actor volunteer(ActorId id, ContactPointId... contactPoints) {
        return new Actor(id, Role.VOLUNTEER, Set.of(contactPoints), null, Set.of());
    }

    /**
     * A user at a receiving organisation.
     *
     * @param id the actor's id, not null
     * @param organisation the organisation, not null
     * @return the actor
     */
    public static Actor partner(ActorId id, OrganisationId organisation) {
        return new Actor(id, Role.PARTNER, Set.of(), organisation, Set.of());
    }

    /**
     * An analyst, who sees statistics only.
     *
     * @param id the actor's id, not null
     * @return the actor
     */
    public static Actor analyst(ActorId id) {
        return new Actor(id, Role.ANALYST, Set.of(), null, Set.of());
    }

    /**
     * Asks whether the actor holds a permission.
     *
     * @param permission the permission, not null
     * @return true if the actor holds it
     */
    public boolean holds(Permission permission) {
        return permissions.contains(permission);
    }

    @AssertTrue(message = "{io.github.ankommen.access.Actor.contactPoints.message}")
    private boolean isContactPointScopeFitting() {
        if (role == null || contactPoints == null) {
            return true;
        }
        boolean sited = role == Role.CASEWORKER || role == Role.VOLUNTEER;
        return sited != contactPoints.isEmpty();
    }

    @AssertTrue(message = "{io.github.ankommen.access.Actor.organisation.message}")
    private boolean isOrganisationScopeFitting() {
        return role == null || (role == Role.PARTNER) == (organisation != null);
    }
}
