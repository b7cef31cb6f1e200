package io.github.ankommen.access;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Set;

/**
 * What a call touches, as far as the {@link AccessPolicy} needs to know: ids and categories only.
 *
 * <p>A service fills in what it knows about the record it is about to read or change, and leaves
 * the rest empty: a network-wide operation names no contact point; a case names its contact point
 * and its volunteer mentor; a referral names the sending contact point, the receiving organisation,
 * the data categories it carries and the categories the client's consent covers; a workflow
 * transition names the transition. For accepting or rejecting a transfer the contact point is the
 * receiving one. No part is personal data, so a resource may be logged and stored with a
 * {@link DeniedAccess}. This class is immutable and thread-safe.
 *
 * @param contactPoint the contact point the record belongs to; null for network-wide operations
 * @param mentor the volunteer mentor of the case; null if none or not a case
 * @param recipient the organisation a referral is addressed to; null if not a referral
 * @param requested the data categories the call reads or sends; may be empty
 * @param consented the data categories the client's consent covers for this recipient and purpose;
 *     may be empty
 * @param transition the name of the workflow transition, for {@link Operation#FIRE_TRANSITION}; else
 *     null
 * @since 0.1.0
 */
public record Resource(
        ContactPointId contactPoint,
        TeamMemberId mentor,
        OrganisationId recipient,
        @NotNull Set<@NotNull DataCategory> requested,
        @NotNull Set<@NotNull DataCategory> consented,
        @Pattern(regexp = ConstraintChecks.MACHINE_NAME) String transition) {

    /**
     * Creates a resource.
     *
     * @param contactPoint the contact point, or null
     * @param mentor the case's volunteer mentor, or null
     * @param recipient the referral's receiving organisation, or null
     * @param requested the categories read or sent, not null, without nulls
     * @param consented the categories the consent covers, not null, without nulls
     * @param transition the transition's name, or null; a machine name such as {@code hold}
     * @throws jakarta.validation.ConstraintViolationException if a set is null or holds null, or the
     *     transition's name is malformed
     */
    public Resource(ContactPointId contactPoint, TeamMemberId mentor, OrganisationId recipient,
            Set<DataCategory> requested, Set<DataCategory> consented, String transition) {
        this.contactPoint = contactPoint;
        this.mentor = mentor;
        this.recipient = recipient;
        this.requested = FrozenCollections.copyOf(requested);
        this.consented = FrozenCollections.copyOf(consented);
        this.transition = transition;
        if (this.requested == null || this.consented == null || this.requested.contains(null)
                || this.consented.contains(null) || transition != null && !ConstraintChecks.isMachineName(transition)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * A network-wide resource: no contact point, case or referral.
     *
     * @return the resource
     */
    public static Resource network() {
        return new Resource(null, null, null, Set.of(), Set.of(), null);
    }

    /**
     * Something at a contact point, such as a client registered there or a consultation.
     *
     * @param contactPoint the contact point, not null
     * @return the resource
     * @throws jakarta.validation.ConstraintViolationException if the contact point is null
     */
    public static Resource at(ContactPointId contactPoint) {
        return contactPoint != null ? new Resource(contactPoint, null, null, Set.of(), Set.of(), null)
                : RecordValidation.valid(new At(contactPoint)).resource();
    }

    /**
     * A case, or a client's data reached through a case.
     *
     * @param contactPoint the case's contact point, not null
     * @param mentor the case's volunteer mentor, or null
     * @return the resource
     * @throws jakarta.validation.ConstraintViolationException if the contact point is null
     */
    public static Resource ofCase(ContactPointId contactPoint, TeamMemberId mentor) {
        // One resource, not one of the contact point and a copy with the mentor: every call on a
        // case makes one.
        return contactPoint != null ? new Resource(contactPoint, mentor, null, Set.of(), Set.of(), null)
                : at(contactPoint);
    }

    /**
     * A referral, or a client's data reached through a referral.
     *
     * @param contactPoint the sending contact point, not null
     * @param recipient the receiving organisation, not null
     * @param requested the data categories the referral carries or the call reads, not null
     * @param consented the data categories the client's consent covers for this recipient, not null
     * @return the resource
     * @throws jakarta.validation.ConstraintViolationException if an argument is null or a set holds
     *     null
     */
    public static Resource referral(ContactPointId contactPoint, OrganisationId recipient,
            Set<DataCategory> requested, Set<DataCategory> consented) {
        if (contactPoint == null || recipient == null) {
            RecordValidation.valid(new Referral(contactPoint, recipient));
        }
        return new Resource(contactPoint, null, recipient, requested, consented, null);
    }

    /**
     * Returns a copy that names the case's volunteer mentor.
     *
     * @param caseMentor the mentor, or null for none
     * @return the altered copy
     */
    public Resource withMentor(TeamMemberId caseMentor) {
        return new Resource(contactPoint, caseMentor, recipient, requested, consented, transition);
    }

    /**
     * Returns a copy that names a workflow transition, for {@link Operation#FIRE_TRANSITION}.
     *
     * @param name the transition's name, not null, such as {@code hold}
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed
     */
    public Resource withTransition(String name) {
        if (name == null) {
            RecordValidation.valid(new Named(name));
        }
        // The constructor checks the name's form.
        return new Resource(contactPoint, mentor, recipient, requested, consented, name);
    }

    /**
     * Returns a copy that reads or sends other data categories.
     *
     * @param categories the categories, not null, without nulls
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the set is null or holds null
     */
    public Resource withRequested(Set<DataCategory> categories) {
        return new Resource(contactPoint, mentor, recipient, categories, consented, transition);
    }

    /**
     * Asks whether the consent covers every requested category.
     *
     * @return true if {@link #requested()} is a subset of {@link #consented()}
     */
    public boolean isCovered() {
        return consented.containsAll(requested);
    }

    /** The argument of {@link #at(ContactPointId)}, validated before use. */
    private record At(@NotNull ContactPointId contactPoint) {
        Resource resource() {
            return new Resource(contactPoint, null, null, Set.of(), Set.of(), null);
        }
    }

    /** The arguments of {@link #referral}, validated before use. */
    private record Referral(@NotNull ContactPointId contactPoint, @NotNull OrganisationId recipient) {
    }

    /** The argument of {@link #withTransition(String)}, validated before use. */
    private record Named(@NotNull @Pattern(regexp = ConstraintChecks.MACHINE_NAME) String transition) {
    }
}
