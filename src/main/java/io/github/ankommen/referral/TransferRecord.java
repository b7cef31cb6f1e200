package io.github.ankommen.referral;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * One entry of the transfer ledger: which of a client's data went to whom, when, for what and on
 * what basis.
 *
 * <p>A referral shares data exactly once, when it is requested, and {@link ReferralEngine} returns
 * exactly one entry then; a store appends it with the referral's change. The ledger answers a
 * client's right of access ("who received my data?"). The purpose may reveal personal data and is
 * left out of {@link #toString()}. This class is immutable and thread-safe.
 *
 * @param id the entry's id
 * @param referral the referral that shared the data
 * @param client whose data
 * @param recipient the organisation that received it
 * @param categories which data categories, at least one
 * @param purpose what for, not blank, at most 200 characters
 * @param at when
 * @param basis the kind of basis: consent, legal basis or override
 * @param reference the basis itself: the consent's id, the statute's citation, or the overriding actor's id
 * @since 0.1.0
 */
public record TransferRecord(
        @NotNull TransferId id,
        @NotNull ReferralId referral,
        @NotNull ClientId client,
        @NotNull OrganisationId recipient,
        @NotEmpty Set<@NotNull DataCategory> categories,
        @NotBlank @Size(max = 200) String purpose,
        @NotNull Instant at,
        @NotNull TransferBasis.Kind basis,
        @NotBlank @Size(max = 200) String reference) {

    /**
     * Creates an entry.
     *
     * @param id the entry's id, not null
     * @param referral the referral, not null
     * @param client the client, not null
     * @param recipient the recipient, not null
     * @param categories the data categories, at least one, no nulls
     * @param purpose the purpose, not blank, at most 200 characters
     * @param at when, not null
     * @param basis the kind of basis, not null
     * @param reference the basis's reference, not blank, at most 200 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank, empty
     *     or too long
     */
    public TransferRecord(TransferId id, ReferralId referral, ClientId client, OrganisationId recipient,
            Set<DataCategory> categories, String purpose, Instant at, TransferBasis.Kind basis, String reference) {
        this.id = id;
        this.referral = referral;
        this.client = client;
        this.recipient = recipient;
        this.categories = FrozenCollections.copyOf(categories);
        this.purpose = purpose;
        this.at = at;
        this.basis = basis;
        this.reference = reference;
        RecordValidation.valid(this);
    }

    /**
     * Shows everything but the purpose.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "TransferRecord[id=" + id + ", referral=" + referral + ", client=" + client + ", recipient=" + recipient
                + ", categories=" + categories + ", at=" + at + ", basis=" + basis + " " + reference + "]";
    }
}
