package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days on which something is valid, such as a served district or a closure: from a first day
 * to an inclusive last day, or open-ended.
 *
 * <p>{@code end} is the last day that belongs to the period; {@code null} means the period has no
 * end. A one-day period has {@code start.equals(end)}. The name keeps clear of
 * {@link java.time.Period}, which is an amount of time, not a span of dates. This class is
 * immutable and thread-safe.
 *
 * @param start the first day, not null
 * @param end the last day, inclusive, not before {@code start}; null for an open-ended period
 * @since 0.1.0
 */
public record ValidityPeriod(@NotNull LocalDate start, LocalDate end) {

    /**
     * Creates a period.
     *
     * @param start the first day, not null
     * @param end the last day, inclusive, not before {@code start}; null for no end
     * @throws jakarta.validation.ConstraintViolationException if {@code start} is null
     *     (path {@code start}) or {@code end} is before {@code start} (path {@code endNotBeforeStart})
     */
    public ValidityPeriod(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an open-ended period.
     *
     * @param start the first day, not null
     * @return the period from that day on, without end
     * @throws jakarta.validation.ConstraintViolationException if {@code start} is null
     */
    public static ValidityPeriod ofOpenEnd(LocalDate start) {
        return new ValidityPeriod(start, null);
    }

    /**
     * Obtains a period.
     *
     * @param start the first day, not null
     * @param end the last day, inclusive, not before {@code start}; null for no end
     * @return the period
     * @throws jakarta.validation.ConstraintViolationException if {@code start} is null or
     *     {@code end} is before {@code start}
     */
    public static ValidityPeriod of(LocalDate start, LocalDate end) {
        return new ValidityPeriod(start, end);
    }

    /**
     * Asks whether the period has no end.
     *
     * @return true if {@code end} is null
     */
    public boolean isOpenEnded() {
        return end == null;
    }

    /**
     * Asks whether a day lies in the period.
     *
     * @param date the day, not null
     * @return true if {@code start <= date <= end}
     * @throws NullPointerException if the date is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * Asks whether two periods share at least one day. The relation is symmetric.
     *
     * @param other the other period, not null
     * @return true if some day lies in both
     * @throws NullPointerException if the other period is null
     */
    public boolean overlaps(ValidityPeriod other) {
        Objects.requireNonNull(other, "other must not be null");
        return (end == null || !other.start.isAfter(end))
                && (other.end == null || !start.isAfter(other.end));
    }

    /**
     * The days both periods share.
     *
     * @param other the other period, not null
     * @return the common period, or empty if the two do not overlap
     * @throws NullPointerException if the other period is null
     */
    public Optional<ValidityPeriod> intersection(ValidityPeriod other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate first = start.isAfter(other.start) ? start : other.start;
        LocalDate last;
        if (end == null) {
            last = other.end;
        } else if (other.end == null) {
            last = end;
        } else {
            last = end.isBefore(other.end) ? end : other.end;
        }
        return Optional.of(new ValidityPeriod(first, last));
    }

    /**
     * Returns a copy that starts on another day.
     *
     * @param start the first day, not null, not after {@code end}
     * @return the altered period
     * @throws jakarta.validation.ConstraintViolationException if {@code start} is null or after
     *     {@code end}
     */
    public ValidityPeriod withStart(LocalDate start) {
        return new ValidityPeriod(start, end);
    }

    /**
     * Returns a copy that ends on another day.
     *
     * @param end the last day, inclusive, not before {@code start}; null for no end
     * @return the altered period
     * @throws jakarta.validation.ConstraintViolationException if {@code end} is before {@code start}
     */
    public ValidityPeriod withEnd(LocalDate end) {
        return new ValidityPeriod(start, end);
    }

    /**
     * Returns the period as {@code start/end}, with {@code ..} for an open end.
     *
     * @return for example {@code 2016-04-01/..}
     */
    @Override
    public String toString() {
        return start + "/" + (end == null ? ".." : end.toString());
    }

    @AssertTrue(message = "{io.github.ankommen.network.ValidityPeriod.endNotBeforeStart.message}")
    private boolean isEndNotBeforeStart() {
        return start == null || end == null || !end.isBefore(start);
    }
}
