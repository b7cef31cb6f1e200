package io.github.ankommen.statistics;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How long cases took from intake to closure, in whole days, for one group of cases.
 *
 * <p>Median and 90th percentile are nearest-rank: of the n durations in ascending order, the median
 * is the ⌈n/2⌉-th and the 90th percentile the ⌈0.9·n⌉-th. Both are suppressed if fewer than k cases
 * were closed in the group, because with few cases they describe individuals. The number of cases
 * itself is not part of this value; it is a count in {@link StatisticsReport#casesClosed()}. This
 * class is immutable and thread-safe.
 *
 * @param group the group's label, such as a district's name
 * @param suppressed whether the figures are withheld
 * @param medianDays the median in days; null if suppressed
 * @param p90Days the 90th percentile in days; null if suppressed
 * @since 0.1.0
 */
public record ClosureTimes(
        @NotBlank String group,
        boolean suppressed,
        @PositiveOrZero Long medianDays,
        @PositiveOrZero Long p90Days) {

    /**
     * Creates the figures.
     *
     * @param group the group's label, not blank
     * @param suppressed whether the figures are withheld
     * @param medianDays the median, not negative; null exactly if suppressed
     * @param p90Days the 90th percentile, not negative; null exactly if suppressed
     * @throws jakarta.validation.ConstraintViolationException if a figure is negative, or the figures
     *     do not fit {@code suppressed} ({@code figuresFitting})
     */
    public ClosureTimes(String group, boolean suppressed, Long medianDays, Long p90Days) {
        this.group = group;
        this.suppressed = suppressed;
        this.medianDays = medianDays;
        this.p90Days = p90Days;
        RecordValidation.valid(this);
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.ClosureTimes.figuresFitting.message}")
    private boolean isFiguresFitting() {
        return suppressed ? medianDays == null && p90Days == null : medianDays != null && p90Days != null;
    }
}
