package io.github.ankommen.storage;

import io.github.ankommen.consent.Consent;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Selects the consents that ended before a day and were not withdrawn: the candidates for expiry,
 * whose dependent referrals must be flagged. Ordered by id; immutable and thread-safe.
 *
 * @param endedBefore consents whose last valid day is before this day
 * @since 0.1.0
 */
public record ConsentExpiryQuery(@NotNull LocalDate endedBefore) implements Query<Consent> {

    /**
     * Creates a query.
     *
     * @param endedBefore consents whose last valid day is before this day, not null
     * @throws jakarta.validation.ConstraintViolationException if the day is null
     */
    public ConsentExpiryQuery(LocalDate endedBefore) {
        this.endedBefore = endedBefore;
        RecordValidation.valid(this);
    }

    @Override
    public RecordKind<?, Consent> kind() {
        return RecordKind.CONSENT;
    }

    @Override
    public boolean matches(Consent consent) {
        return consent.withdrawnAt() == null && consent.validUntil() != null && consent.validUntil().isBefore(endedBefore);
    }
}
