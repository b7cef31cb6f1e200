package io.github.ankommen.referral;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.District;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.YearMonth;

/**
 * One row of the {@link GapReport}: for a district, a category of need and a month, how many
 * referrals were requested, how many of them were rejected for lack of capacity, and how long
 * acceptance took. This class is immutable and thread-safe.
 *
 * @param district the district
 * @param category the category of need
 * @param month the month the referrals were requested in
 * @param requested how many referrals were requested, at least 1
 * @param rejectedNoCapacity how many of them were rejected for {@link ReferralReason#NO_CAPACITY}
 * @param accepted how many of them were accepted (whatever happened later)
 * @param medianTimeToAcceptance the median time from request to acceptance of the accepted ones;
 *     null if none was accepted
 * @since 0.1.0
 */
public record GapRow(
        @NotNull District district,
        @NotNull Category category,
        @NotNull YearMonth month,
        @Positive int requested,
        @PositiveOrZero int rejectedNoCapacity,
        @PositiveOrZero int accepted,
        Duration medianTimeToAcceptance) {

    /**
     * Creates a row.
     *
     * @param district the district, not null
     * @param category the category, not null
     * @param month the month, not null
     * @param requested the requested count, positive
     * @param rejectedNoCapacity the no-capacity rejections, not negative
     * @param accepted the accepted count, not negative
     * @param medianTimeToAcceptance the median, or null if none was accepted
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or a count out of range
     */
    public GapRow(District district, Category category, YearMonth month, int requested, int rejectedNoCapacity,
            int accepted, Duration medianTimeToAcceptance) {
        this.district = district;
        this.category = category;
        this.month = month;
        this.requested = requested;
        this.rejectedNoCapacity = rejectedNoCapacity;
        this.accepted = accepted;
        this.medianTimeToAcceptance = medianTimeToAcceptance;
        RecordValidation.valid(this);
    }
}
