package io.github.ankommen.access;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Who performs a call: an id, a role, and the scope the role applies to.
 *
 * <p>Every command of the library names its actor, and the audit trail records it. Caseworkers and
 * volunteers work at one or more contact points; a partner belongs to one receiving organisation;
 * coordinators and analysts are network-wide and have neither. A caseworker or volunteer may also
 * name the team member they are ({@link #member()}), which the access policy needs to recognise the
 * cases a volunteer mentors (decision D15). The actor's id is the only part that is logged. This
 * class is immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param role the actor's role, not null
 * @param contactPoints the contact points a caseworker or volunteer works at; empty for other roles
 * @param organisation the receiving organisation of a partner; null for other roles
 * @param permissions rights beyond the role, such as {@link Permission#CONSENT_OVERRIDE}
 * @param member the team member a caseworker or volunteer is; null if not known, and always null for
 *     other roles
 * @since 0.1.0
 */
public record Actor(
        @NotNull ActorId id,
        @NotNull Role role,
        @NotNull Set<@NotNull ContactPointId> contactPoints,
        OrganisationId organisation,
        @NotNull Set<@NotNull Permission> permissions,
        TeamMemberId member) {

    /**
     * Creates an actor.
     *
     * @param id the actor's id, not null
     * @param role the actor's role, not null
     * @param contactPoints at least one for a caseworker or volunteer, none for other roles
     * @param organisation required for a partner, null for other roles
     * @param permissions rights beyond the role, not null, may be empty
     * @param member the team member a caseworker or volunteer is, or null; null for other roles
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the scope
     *     does not fit the role
     */
    public Actor(ActorId id, Role role, Set<ContactPointId> contactPoints, OrganisationId organisation,
            Set<Permission> permissions, TeamMemberId member) {
        this.id = id;
        this.role = role;
        this.contactPoints = FrozenCollections.copyOf(contactPoints);
        this.organisation = organisation;
        this.permissions = FrozenCollections.copyOf(permissions);
        this.member = member;
        RecordValidation.valid(this);
    }

    /**
     * Creates an actor that names no team member.
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
        this(id, role, contactPoints, organisation, permissions, null);
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
     * A volunteer who is a known team member at one or more contact points; the standard access
     * policy lets such a volunteer see the cases they mentor.
     *
     * @param id the actor's id, not null
     * @param member the team member the volunteer is; null makes it the same as
     *     {@link #volunteer(ActorId, ContactPointId...)}, a volunteer who mentors no case
     * @param contactPoints the contact points, at least one
     * @return the actor
     * @throws jakarta.validation.ConstraintViolationException if the id is null or no contact point
     *     is given
     */
    public static Actor volunteer(ActorId id, TeamMemberId member, ContactPointId... contactPoints) {
        return new Actor(id, Role.VOLUNTEER, Set.of(contactPoints), null, Set.of(), member);
    }

    /**
     * Returns a copy that names the team member the actor is.
     *
     * @param teamMember the team member, or null for none
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the actor is neither a caseworker nor
     *     a volunteer and a member is given
     */
    public Actor withMember(TeamMemberId teamMember) {
        return new Actor(id, role, contactPoints, organisation, permissions, teamMember);
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

    @AssertTrue(message = "{io.github.ankommen.access.Actor.member.message}")
    private boolean isMemberScopeFitting() {
        return role == null || member == null || role == Role.CASEWORKER || role == Role.VOLUNTEER;
    }

    @AssertTrue(message = "{io.github.ankommen.access.Actor.organisation.message}")
    private boolean isOrganisationScopeFitting() {
        return role == null || (role == Role.PARTNER) == (organisation != null);
    }
}
