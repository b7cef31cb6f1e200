package io.github.ankommen.referral;

import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * A consent has expired: its last valid day has passed, and these open referrals that depended on it were flagged; each of them
 * also has its {@link ReferralFlagged} event. This class is immutable and thread-safe.
 *
 * @param consent the consent
 * @param client whose consent it was
 * @param recipient the organisation it named
 * @param at when
 * @param flagged the referrals flagged now, in id order; may be empty
 * @since 0.1.0
 */
public record ConsentExpired(
        @NotNull ConsentId consent,
        @NotNull ClientId client,
        @NotNull OrganisationId recipient,
        @NotNull Instant at,
        @NotNull List<@NotNull ReferralId> flagged) implements ReferralEvent {

    /**
     * Creates the event.
     *
     * @param consent the consent, not null
     * @param client the client, not null
     * @param recipient the recipient, not null
     * @param at when, not null
     * @param flagged the referrals flagged, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public ConsentExpired(ConsentId consent, ClientId client, OrganisationId recipient, Instant at,
            List<ReferralId> flagged) {
        this.consent = consent;
        this.client = client;
        this.recipient = recipient;
        this.at = at;
        this.flagged = FrozenCollections.copyOf(flagged);
        RecordValidation.valid(this);
    }
}
