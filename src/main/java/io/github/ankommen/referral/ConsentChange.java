package io.github.ankommen.referral;

import io.github.ankommen.consent.Consent;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of withdrawing a consent or of finding it expired: the consent's value, the change of
 * every open referral that was flagged because it depended on it, and the consent's own event.
 *
 * <p>A store writes the consent and every flagged referral's change (referral and history entry) in
 * one atomic unit, and then publishes {@link #allEvents()}. This class is immutable and thread-safe.
 *
 * @param consent the consent after the change; the same value if only an expiry was found
 * @param flagged the changes of the flagged referrals, in id order; may be empty
 * @param events the consent's own events ({@link ConsentWithdrawn} or {@link ConsentExpired}); empty
 *     if nothing happened
 * @since 0.1.0
 */
public record ConsentChange(
        @NotNull Consent consent,
        @NotNull List<@NotNull ReferralChange> flagged,
        @NotNull List<@NotNull ReferralEvent> events) {

    /**
     * Creates the result.
     *
     * @param consent the consent, not null
     * @param flagged the flagged referrals' changes, not null, no nulls
     * @param events the consent's events, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public ConsentChange(Consent consent, List<ReferralChange> flagged, List<ReferralEvent> events) {
        this.consent = consent;
        this.flagged = FrozenCollections.copyOf(flagged);
        this.events = FrozenCollections.copyOf(events);
        RecordValidation.valid(this);
    }

    /**
     * Every event to publish: the consent's own, then each flagged referral's.
     *
     * @return the events, in order
     */
    public List<ReferralEvent> allEvents() {
        List<ReferralEvent> all = new ArrayList<>(events);
        flagged.forEach(c -> all.addAll(c.events()));
        return List.copyOf(all);
    }
}
