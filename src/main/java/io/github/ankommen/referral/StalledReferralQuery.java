package io.github.ankommen.referral;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The question "which accepted referrals have had no progress for N working days?", for
 * {@link ReferralDeadlines#stalled}. A store may answer it from an index on status and
 * {@link Referral#lastProgressAt()}. This class is immutable and thread-safe.
 *
 * @param today the day asked about
 * @param workingDays how many working days without progress make a referral stalled, at least 1
 * @param zone the municipality's time zone, in which the last progress's day is taken
 * @since 0.1.0
 */
public record StalledReferralQuery(@NotNull LocalDate today, @Positive int workingDays, @NotNull ZoneId zone) {

    /**
     * Creates the query.
     *
     * @param today the day asked about, not null
     * @param workingDays the threshold in working days, positive
     * @param zone the time zone, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the threshold not positive
     */
    public StalledReferralQuery(LocalDate today, int workingDays, ZoneId zone) {
        this.today = today;
        this.workingDays = workingDays;
        this.zone = zone;
        RecordValidation.valid(this);
    }
}
