package io.github.ankommen.access;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The library's default access policy: the role × operation table of
 * {@code docs/access-control.md}, with the rule ids listed there.
 *
 * <p>In short: coordinators may do everything, but overriding consent needs
 * {@link Permission#CONSENT_OVERRIDE}, and no one sends a referral carrying data the consent does not
 * cover; caseworkers work on the clients, cases, consents and referrals of their own contact points;
 * volunteers see the basic data of the cases they mentor, never sensitive data, and fire only the
 * transitions a municipality grants them ({@link #grantVolunteerTransitions(Set)}); partners see the
 * referrals addressed to their organisation, and only the data categories the consent covers;
 * analysts see statistics only. Managing the network, running retention and erasing a client are
 * the coordinators' alone.
 *
 * <p>A transition granted to volunteers here must also be allowed to them by the case workflow
 * ({@code Transition.withRoles}); the workflow engine checks roles on its own. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardAccessPolicy implements AccessPolicy {

    static final StandardAccessPolicy DEFAULT = new StandardAccessPolicy(Set.of());

    private static final Decision COORDINATOR = Decision.allow("coordinator.network-wide",
            "coordinators work network-wide");
    private static final Decision COORDINATOR_ONLY = Decision.deny("coordinator.only",
            "this operation is reserved to coordinators");
    private static final Decision NETWORK_VIEW = Decision.allow("network.view",
            "the directory of contact points and offers is open to every role but analysts");
    private static final Decision STATISTICS = Decision.allow("statistics.aggregated",
            "statistics are aggregated and small counts are suppressed");
    private static final Decision ANALYST_ONLY_STATISTICS = Decision.deny("analyst.statistics-only",
            "analysts see aggregated statistics only");
    private static final Decision OVERRIDE_PERMITTED = Decision.allow("consent-override.permitted",
            "the actor holds the consent-override permission");
    private static final Decision OVERRIDE_NEEDS_PERMISSION = Decision.deny("consent-override.permission",
            "overriding consent needs the consent-override permission");
    private static final Decision NOT_COVERED = Decision.deny("referral.consent-not-covered",
            "the referral carries data categories the consent does not cover; overriding is a separate operation");
    private static final Decision OWN_CONTACT_POINT = Decision.allow("caseworker.own-contact-point",
            "caseworkers work on the records of their own contact points");
    private static final Decision OTHER_CONTACT_POINT = Decision.deny("caseworker.other-contact-point",
            "the record belongs to a contact point the caseworker does not work at, or to none");
    private static final Decision RECEIVER_ONLY = Decision.deny("caseworker.receiver-only",
            "only the receiving organisation responds to a referral");
    private static final Decision APPROVAL_PERMITTED = Decision.allow("closure-approval.permitted",
            "the caseworker holds the closure-approval permission at this contact point");
    private static final Decision APPROVAL_NEEDS_PERMISSION = Decision.deny("closure-approval.permission",
            "approving a closure needs the closure-approval permission");
    private static final Decision VOLUNTEER_SENSITIVE = Decision.deny("volunteer.sensitive-data",
            "volunteers never see sensitive data");
    private static final Decision VOLUNTEER_OTHER_CONTACT_POINT = Decision.deny("volunteer.other-contact-point",
            "the record belongs to a contact point the volunteer does not work at, or to none");
    private static final Decision VOLUNTEER_OWN_CONTACT_POINT = Decision.allow("volunteer.own-contact-point",
            "volunteers record consultations and accompaniments at their own contact points");
    private static final Decision VOLUNTEER_NOT_OWN_ACCOMPANIMENT = Decision.deny("volunteer.own-accompaniment",
            "volunteers record only their own accompaniments");
    private static final Decision VOLUNTEER_NOT_MENTOR = Decision.deny("volunteer.not-mentor",
            "volunteers see only the cases they mentor");
    private static final Decision VOLUNTEER_MENTORED = Decision.allow("volunteer.mentored-case",
            "volunteers see the basic data of the cases they mentor");
    private static final Decision VOLUNTEER_GRANTED = Decision.allow("volunteer.granted-transition",
            "the municipality grants volunteers this transition on the cases they mentor");
    private static final Decision VOLUNTEER_NOT_GRANTED = Decision.deny("volunteer.transition-not-granted",
            "the municipality does not grant volunteers this transition");
    private static final Decision VOLUNTEER_NOT_PERMITTED = Decision.deny("volunteer.not-permitted",
            "volunteers may not perform this operation");
    private static final Decision PARTNER_ADDRESSED = Decision.allow("partner.addressed-referral",
            "the referral is addressed to the partner's organisation and the consent covers the data");
    private static final Decision PARTNER_OTHER_ORGANISATION = Decision.deny("partner.other-organisation",
            "the referral is not addressed to the partner's organisation");
    private static final Decision PARTNER_NOT_COVERED = Decision.deny("partner.not-covered",
            "the consent does not cover the requested data categories");
    private static final Decision PARTNER_NOT_PERMITTED = Decision.deny("partner.not-permitted",
            "partners may not perform this operation");

    private static final Set<Operation> COORDINATORS_ALONE = EnumSet.of(Operation.MANAGE_NETWORK,
            Operation.RUN_RETENTION, Operation.ERASE_CLIENT);

    private final Set<String> volunteerTransitions;

    private StandardAccessPolicy(Set<String> volunteerTransitions) {
        this.volunteerTransitions = Collections.unmodifiableSet(new TreeSet<>(volunteerTransitions));
    }

    /**
     * Returns a copy that also grants volunteers some workflow transitions on the cases they mentor,
     * such as {@code hold}.
     *
     * @param transitions the transitions' names, not null, without nulls, machine names
     * @return the refined policy
     * @throws jakarta.validation.ConstraintViolationException if the set is null, holds null or a
     *     malformed name
     */
    public StandardAccessPolicy grantVolunteerTransitions(Set<String> transitions) {
        Grant grant = RecordValidation.valid(new Grant(FrozenCollections.copyOf(transitions)));
        Set<String> granted = new TreeSet<>(volunteerTransitions);
        granted.addAll(grant.transitions());
        return new StandardAccessPolicy(granted);
    }

    /**
     * The transitions volunteers may fire on the cases they mentor.
     *
     * @return the names, sorted; empty by default
     */
    public Set<String> volunteerTransitions() {
        return volunteerTransitions;
    }

    @Override
    public Decision decide(Actor actor, Operation operation, Resource resource) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(operation, "operation must not be null");
        Objects.requireNonNull(resource, "resource must not be null");
        return switch (actor.role()) {
            case COORDINATOR -> coordinator(actor, operation, resource);
            case ANALYST -> operation == Operation.VIEW_STATISTICS ? STATISTICS : ANALYST_ONLY_STATISTICS;
            case CASEWORKER -> caseworker(actor, operation, resource);
            case VOLUNTEER -> volunteer(actor, operation, resource);
            case PARTNER -> partner(actor, operation, resource);
        };
    }

    private static Decision coordinator(Actor actor, Operation operation, Resource resource) {
        return switch (operation) {
            case OVERRIDE_CONSENT -> actor.holds(Permission.CONSENT_OVERRIDE) ? OVERRIDE_PERMITTED
                    : OVERRIDE_NEEDS_PERMISSION;
            case SEND_REFERRAL -> resource.isCovered() ? COORDINATOR : NOT_COVERED;
            default -> COORDINATOR;
        };
    }

    private static Decision caseworker(Actor actor, Operation operation, Resource resource) {
        if (operation == Operation.VIEW_NETWORK) {
            return NETWORK_VIEW;
        }
        if (operation == Operation.VIEW_STATISTICS) {
            return STATISTICS;
        }
        if (COORDINATORS_ALONE.contains(operation)) {
            return COORDINATOR_ONLY;
        }
        if (operation == Operation.RESPOND_TO_REFERRAL) {
            return RECEIVER_ONLY;
        }
        if (!worksAt(actor, resource)) {
            return OTHER_CONTACT_POINT;
        }
        return switch (operation) {
            case APPROVE_CLOSURE -> actor.holds(Permission.APPROVE_CLOSURE) ? APPROVAL_PERMITTED
                    : APPROVAL_NEEDS_PERMISSION;
            case OVERRIDE_CONSENT -> actor.holds(Permission.CONSENT_OVERRIDE) ? OVERRIDE_PERMITTED
                    : OVERRIDE_NEEDS_PERMISSION;
            case SEND_REFERRAL -> resource.isCovered() ? OWN_CONTACT_POINT : NOT_COVERED;
            default -> OWN_CONTACT_POINT;
        };
    }

    private Decision volunteer(Actor actor, Operation operation, Resource resource) {
        switch (operation) {
            case VIEW_NETWORK:
                return NETWORK_VIEW;
            case VIEW_CLIENT_SENSITIVE:
                return VOLUNTEER_SENSITIVE;
            case RECORD_CONSULTATION:
            case RECORD_ACCOMPANIMENT:
            case VIEW_CLIENT_BASIC:
            case VIEW_CASE:
            case FIRE_TRANSITION:
                break;
            default:
                return COORDINATORS_ALONE.contains(operation) ? COORDINATOR_ONLY : VOLUNTEER_NOT_PERMITTED;
        }
        if (resource.requested().contains(DataCategory.SENSITIVE)) {
            return VOLUNTEER_SENSITIVE;
        }
        if (operation == Operation.RECORD_CONSULTATION) {
            return worksAt(actor, resource) ? VOLUNTEER_OWN_CONTACT_POINT : VOLUNTEER_OTHER_CONTACT_POINT;
        }
        if (operation == Operation.RECORD_ACCOMPANIMENT) {
            // At their own contact point, as for a consultation; and the resource's mentor is the
            // accompanying volunteer, who must be the actor.
            if (!worksAt(actor, resource)) {
                return VOLUNTEER_OTHER_CONTACT_POINT;
            }
            return actor.member() != null && actor.member().equals(resource.mentor()) ? VOLUNTEER_OWN_CONTACT_POINT
                    : VOLUNTEER_NOT_OWN_ACCOMPANIMENT;
        }
        // The mentor first: a case the volunteer does not mentor is refused by one rule, whether it
        // is at their contact point, at another, or not stored at all (no existence oracle).
        if (actor.member() == null || !actor.member().equals(resource.mentor())) {
            return VOLUNTEER_NOT_MENTOR;
        }
        if (!worksAt(actor, resource)) {
            return VOLUNTEER_OTHER_CONTACT_POINT;
        }
        if (operation == Operation.FIRE_TRANSITION) {
            return resource.transition() != null && volunteerTransitions.contains(resource.transition())
                    ? VOLUNTEER_GRANTED : VOLUNTEER_NOT_GRANTED;
        }
        return VOLUNTEER_MENTORED;
    }

    private static Decision partner(Actor actor, Operation operation, Resource resource) {
        DataCategory implied;
        switch (operation) {
            case VIEW_NETWORK:
                return NETWORK_VIEW;
            case VIEW_CLIENT_BASIC:
                implied = DataCategory.BASIC;
                break;
            case VIEW_CLIENT_SENSITIVE:
                implied = DataCategory.SENSITIVE;
                break;
            case VIEW_REFERRAL:
            case RESPOND_TO_REFERRAL:
                implied = null;
                break;
            default:
                return COORDINATORS_ALONE.contains(operation) ? COORDINATOR_ONLY : PARTNER_NOT_PERMITTED;
        }
        if (resource.recipient() == null || !resource.recipient().equals(actor.organisation())) {
            return PARTNER_OTHER_ORGANISATION;
        }
        boolean covered = resource.isCovered() && (implied == null || resource.consented().contains(implied));
        return covered ? PARTNER_ADDRESSED : PARTNER_NOT_COVERED;
    }

    private static boolean worksAt(Actor actor, Resource resource) {
        return resource.contactPoint() != null && actor.contactPoints().contains(resource.contactPoint());
    }

    /**
     * Compares the granted transitions.
     *
     * @param other the other object
     * @return true if it is a standard policy granting volunteers the same transitions
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof StandardAccessPolicy that && volunteerTransitions.equals(that.volunteerTransitions);
    }

    @Override
    public int hashCode() {
        return volunteerTransitions.hashCode();
    }

    /**
     * Names the granted volunteer transitions.
     *
     * @return for example {@code StandardAccessPolicy[volunteerTransitions=[hold]]}
     */
    @Override
    public String toString() {
        return "StandardAccessPolicy[volunteerTransitions=" + volunteerTransitions + "]";
    }

    /** The argument of {@link #grantVolunteerTransitions(Set)}, validated before use. */
    private record Grant(@NotNull Set<@NotNull @Pattern(regexp = ConstraintChecks.MACHINE_NAME) String> transitions) {
    }
}
