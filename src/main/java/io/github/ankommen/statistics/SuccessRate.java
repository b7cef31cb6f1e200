package io.github.ankommen.statistics;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The share of concluded referrals that succeeded, in whole percent, for one group of referrals.
 *
 * <p>Suppressed unless at least k referrals were concluded and neither the successful nor the
 * unsuccessful ones number from 1 to k - 1: a rate and its base would otherwise reveal a small count.
 * This class is immutable and thread-safe.
 *
 * @param group the group's label, such as a district's name
 * @param suppressed whether the rate is withheld
 * @param percent the rate, 0 to 100, rounded half up; null if suppressed
 * @since 0.1.0
 */
public record SuccessRate(@NotBlank String group, boolean suppressed, @Min(0) @Max(100) Integer percent) {

    /**
     * Creates a rate.
     *
     * @param group the group's label, not blank
     * @param suppressed whether the rate is withheld
     * @param percent the rate, 0 to 100; null exactly if suppressed
     * @throws jakarta.validation.ConstraintViolationException if the rate is out of range or does not
     *     fit {@code suppressed} ({@code percentFitting})
     */
    public SuccessRate(String group, boolean suppressed, Integer percent) {
        this.group = group;
        this.suppressed = suppressed;
        this.percent = percent;
        RecordValidation.valid(this);
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.SuccessRate.percentFitting.message}")
    private boolean isPercentFitting() {
        return suppressed == (percent == null);
    }
}
