package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner organisation of a contact point (<i>Träger</i> or <i>Kooperationspartner</i>), such as
 * the German Red Cross. This class is immutable and thread-safe.
 *
 * @param organisation the organisation's id, not null
 * @param name the organisation's name, not blank, at most 200 characters
 * @param role what it does for the contact point, not null
 * @param status whether the partnership is agreed, not null
 * @since 0.1.0
 */
public record Partner(
        @NotNull OrganisationId organisation,
        @NotBlank @Size(max = 200) String name,
        @NotNull PartnerRole role,
        @NotNull PartnershipStatus status) {

    /**
     * Creates a partner.
     *
     * @param organisation the organisation's id, not null
     * @param name the organisation's name, not blank, at most 200 characters
     * @param role what it does for the contact point, not null
     * @param status whether the partnership is agreed, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     name is blank or too long
     */
    public Partner(OrganisationId organisation, String name, PartnerRole role, PartnershipStatus status) {
        this.organisation = organisation;
        this.name = name;
        this.role = role;
        this.status = status;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a partner.
     *
     * @param organisation the organisation's id, not null
     * @param name the organisation's name, not blank, at most 200 characters
     * @param role what it does for the contact point, not null
     * @param status whether the partnership is agreed, not null
     * @return the partner
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     name is blank or too long
     */
    public static Partner of(OrganisationId organisation, String name, PartnerRole role, PartnershipStatus status) {
        return new Partner(organisation, name, role, status);
    }

    /**
     * Returns a copy with another partnership status, for example once a partnership is agreed.
     *
     * @param status the new status, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the status is null
     */
    public Partner withStatus(PartnershipStatus status) {
        return new Partner(organisation, name, role, status);
    }
}
