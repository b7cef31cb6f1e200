package io.github.ankommen.statistics;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The days a report covers, from a first to an inclusive last day, in a time zone that decides on
 * which day an instant falls. This class is immutable and thread-safe.
 *
 * @param from the first day
 * @param to the last day, inclusive, not before {@code from}
 * @param zone the zone in which instants are read as days, such as {@code Europe/Berlin}
 * @since 0.1.0
 */
public record ReportingPeriod(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull ZoneId zone) {

    /**
     * Creates a period.
     *
     * @param from the first day, not null
     * @param to the last day, inclusive, not null, not before {@code from}
     * @param zone the zone, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     period ends before it starts ({@code toNotBeforeFrom})
     */
    public ReportingPeriod(LocalDate from, LocalDate to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a period.
     *
     * @param from the first day, not null
     * @param to the last day, inclusive, not null, not before {@code from}
     * @param zone the zone, not null
     * @return the period
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     period ends before it starts
     */
    public static ReportingPeriod of(LocalDate from, LocalDate to, ZoneId zone) {
        return new ReportingPeriod(from, to, zone);
    }

    /**
     * Asks whether a day is in the period.
     *
     * @param date the day, not null
     * @return true if it is from {@code from} to {@code to}
     * @throws NullPointerException if the day is null
     */
    public boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /**
     * Asks whether an instant falls on a day of the period, in the period's zone.
     *
     * @param instant the instant, not null
     * @return true if its day is in the period
     * @throws NullPointerException if the instant is null
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant must not be null");
        return contains(LocalDate.ofInstant(instant, zone));
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.ReportingPeriod.toNotBeforeFrom.message}")
    private boolean isToNotBeforeFrom() {
        return from == null || to == null || !to.isBefore(from);
    }
}
