package io.github.ankommen.referral;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The question "which requested referrals are overdue for an answer today?", for
 * {@link ReferralDeadlines#overdue}. A store may answer it from an index on status and
 * {@link Referral#respondBy()}. This class is immutable and thread-safe.
 *
 * @param today the day asked about; a referral whose last day to answer is before it is overdue
 * @since 0.1.0
 */
public record OverdueReferralQuery(@NotNull LocalDate today) {

    /**
     * Creates the query.
     *
     * @param today the day asked about, not null
     * @throws jakarta.validation.ConstraintViolationException if the day is null
     */
    public OverdueReferralQuery(LocalDate today) {
        this.today = today;
        RecordValidation.valid(this);
    }

    /**
     * The query for an instant, in the municipality's time zone.
     *
     * @param at the instant, not null
     * @param zone the time zone, not null
     * @return the query for the day the instant falls on in that zone
     * @throws NullPointerException if an argument is null
     */
    public static OverdueReferralQuery at(Instant at, ZoneId zone) {
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        return new OverdueReferralQuery(LocalDate.ofInstant(at, zone));
    }
}
