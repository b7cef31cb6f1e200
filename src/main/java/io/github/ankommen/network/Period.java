package io.github.ankommen.network;

import io.github.ankommen.internal.Checks;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of whole days: from a first day to an inclusive last day, or open-ended.
 *
 * <p>{@code until} is the last day that belongs to the period; {@code null} means the period has no
 * end. A one-day period has {@code from.equals(until)}. This class is immutable and thread-safe.
 *
 * @param from the first day, not null
 * @param until the last day, inclusive, not before {@code from}; null for an open-ended period
 */
public record Period(@NotNull LocalDate from, LocalDate until) {

    /**
     * Creates a period.
     *
     * @param from the first day, not null
     * @param until the last day, inclusive, not before {@code from}; null for no end
     * @throws jakarta.validation.ConstraintViolationException if {@code from} is null
     *     (path {@code from}) or {@code until} is before {@code from} (path {@code untilNotBeforeFrom})
     */
    public Period(LocalDate from, LocalDate until) {
        this.from = from;
        this.until = until;
        Checks.valid(this);
    }

    /**
     * Obtains an open-ended period.
     *
     * @param from the first day, not null
     * @return the period from that day on
     * @throws jakarta.validation.ConstraintViolationException if {@code from} is null
     */
    public static Period from(LocalDate from) {
        return new Period(from, null);
    }

    /**
     * Obtains a period.
     *
     * @param from the first day, not null
     * @param until the last day, inclusive, not before {@code from}; null for no end
     * @return the period
     * @throws jakarta.validation.ConstraintViolationException if {@code from} is null or
     *     {@code until} is before {@code from}
     */
    public static Period of(LocalDate from, LocalDate until) {
        return new Period(from, until);
    }

    /**
     * Asks whether the period has no end.
     *
     * @return true if {@code until} is null
     */
    public boolean isOpenEnded() {
        return until == null;
    }

    /**
     * Asks whether a day lies in the period.
     *
     * @param date the day, not null
     * @return true if {@code from <= date <= until}
     * @throws NullPointerException if the date is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /**
     * Asks whether two periods share at least one day. The relation is symmetric.
     *
     * @param other the other period, not null
     * @return true if some day lies in both
     * @throws NullPointerException if the other period is null
     */
    public boolean overlaps(Period other) {
        Objects.requireNonNull(other, "other must not be null");
        return (until == null || !other.from.isAfter(until))
                && (other.until == null || !from.isAfter(other.until));
    }

    /**
     * The days both periods share.
     *
     * @param other the other period, not null
     * @return the common period, or empty if the two do not overlap
     * @throws NullPointerException if the other period is null
     */
    public Optional<Period> intersection(Period other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end;
        if (until == null) {
            end = other.until;
        } else if (other.until == null) {
            end = until;
        } else {
            end = until.isBefore(other.until) ? until : other.until;
        }
        return Optional.of(new Period(start, end));
    }

    /**
     * Returns a copy that ends on a day.
     *
     * @param until the last day, inclusive, not before {@code from}; null for no end
     * @return the altered period
     * @throws jakarta.validation.ConstraintViolationException if {@code until} is before {@code from}
     */
    public Period withUntil(LocalDate until) {
        return new Period(from, until);
    }

    /**
     * Returns the period as {@code from/until}, with {@code ..} for an open end.
     *
     * @return for example {@code 2016-04-01/..}
     */
    @Override
    public String toString() {
        return from + "/" + (until == null ? ".." : until.toString());
    }

    @AssertTrue(message = "{io.github.ankommen.network.Period.untilNotBeforeFrom.message}")
    private boolean isUntilNotBeforeFrom() {
        return from == null || until == null || !until.isBefore(from);
    }
}
