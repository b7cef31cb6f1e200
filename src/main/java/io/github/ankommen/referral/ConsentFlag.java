package io.github.ankommen.referral;

import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The mark on an open referral whose consent was withdrawn or has expired: no further data may go
 * to the recipient on that consent, and the sender must decide what happens to the referral. This
 * class is immutable and thread-safe.
 *
 * @param kind why
 * @param consent the consent the referral depends on
 * @param at when the referral was flagged
 * @since 0.1.0
 */
public record ConsentFlag(@NotNull Kind kind, @NotNull ConsentId consent, @NotNull Instant at) {

    /** Why a referral was flagged. */
    public enum Kind {
        /** The client withdrew the consent. */
        WITHDRAWN,
        /** The consent's last valid day passed. */
        EXPIRED
    }

    /**
     * Creates a flag.
     *
     * @param kind why, not null
     * @param consent the consent, not null
     * @param at when, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public ConsentFlag(Kind kind, ConsentId consent, Instant at) {
        this.kind = kind;
        this.consent = consent;
        this.at = at;
        RecordValidation.valid(this);
    }
}
