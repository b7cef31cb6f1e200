package io.github.ankommen.referral;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Set;

/**
 * The command that drafts a new referral, for {@link ReferralEngine#draft}.
 *
 * <p>{@link #of(ReferralId, Case, Offer, Set, String)} takes the case, client and sending contact
 * point from a case, and the offer, recipient and need from an offer. The purpose may hold personal
 * data and is left out of {@link #toString()}. This class is immutable and thread-safe.
 *
 * @param id the new referral's id
 * @param caseId the case
 * @param client the case's client
 * @param contactPoint the sending contact point: the case's
 * @param offer the offer referred to
 * @param recipient the organisation that offers it
 * @param need what the client needs
 * @param shared the data categories the referral will share, at least one
 * @param purpose what for, not blank, at most 200 characters; a consent must name the same purpose
 * @since 0.1.0
 */
public record DraftReferral(
        @NotNull ReferralId id,
        @NotNull CaseId caseId,
        @NotNull ClientId client,
        @NotNull ContactPointId contactPoint,
        @NotNull OfferId offer,
        @NotNull OrganisationId recipient,
        @NotNull Category need,
        @NotEmpty Set<@NotNull DataCategory> shared,
        @NotBlank @Size(max = 200) String purpose) {

    /**
     * Creates the command.
     *
     * @param id the new referral's id, not null
     * @param caseId the case, not null
     * @param client the client, not null
     * @param contactPoint the sending contact point, not null
     * @param offer the offer, not null
     * @param recipient the receiving organisation, not null
     * @param need the need, not null
     * @param shared the data categories, at least one, no nulls
     * @param purpose the purpose, not blank, at most 200 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or empty
     */
    public DraftReferral(ReferralId id, CaseId caseId, ClientId client, ContactPointId contactPoint, OfferId offer,
            OrganisationId recipient, Category need, Set<DataCategory> shared, String purpose) {
        this.id = id;
        this.caseId = caseId;
        this.client = client;
        this.contactPoint = contactPoint;
        this.offer = offer;
        this.recipient = recipient;
        this.need = need;
        this.shared = FrozenCollections.copyOf(shared);
        this.purpose = purpose;
        RecordValidation.valid(this);
    }

    /**
     * Drafts a referral of a case to an offer, for the offer's category.
     *
     * @param id the new referral's id, not null
     * @param from the case, not null
     * @param to the offer, not null
     * @param shared the data categories, at least one, no nulls
     * @param purpose the purpose, not blank, at most 200 characters
     * @return the command
     * @throws NullPointerException if the case or the offer is null
     * @throws jakarta.validation.ConstraintViolationException if another component is missing, blank or empty
     */
    public static DraftReferral of(ReferralId id, Case from, Offer to, Set<DataCategory> shared, String purpose) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        return new DraftReferral(id, from.id(), from.client(), from.contactPoint(), to.id(), to.organisation().id(),
                to.category(), shared, purpose);
    }

    /**
     * Shows everything but the purpose.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "DraftReferral[id=" + id + ", case=" + caseId + ", contactPoint=" + contactPoint + ", offer=" + offer
                + ", recipient=" + recipient + ", need=" + need + ", shared=" + shared + "]";
    }
}
