package io.github.ankommen.people;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring weekly time when a volunteer or an interpreter is available, in local wall-clock
 * time: from {@code from} (inclusive) to {@code until} (exclusive) on every {@code day}.
 *
 * <p>It ends on the day it starts ({@code until} after {@code from}, path {@code untilAfterFrom}).
 * This class is immutable and thread-safe.
 *
 * @param day the day of the week, not null
 * @param from the local time it starts, not null
 * @param until the local time it ends, after {@code from}, not null
 * @since 0.1.0
 */
public record Availability(@NotNull DayOfWeek day, @NotNull LocalTime from, @NotNull LocalTime until) {

    /**
     * Creates an availability.
     *
     * @param day the day of the week, not null
     * @param from the local time it starts, not null
     * @param until the local time it ends, after {@code from}, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null or it ends at
     *     or before it starts
     */
    public Availability(DayOfWeek day, LocalTime from, LocalTime until) {
        this.day = day;
        this.from = from;
        this.until = until;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an availability.
     *
     * @param day the day of the week, not null
     * @param from the local time it starts, not null
     * @param until the local time it ends, after {@code from}, not null
     * @return the availability
     * @throws jakarta.validation.ConstraintViolationException if a component is null or it ends at
     *     or before it starts
     */
    public static Availability of(DayOfWeek day, LocalTime from, LocalTime until) {
        return new Availability(day, from, until);
    }

    /**
     * Asks whether a stretch of local time lies wholly in this availability.
     *
     * @param start the local start, not null
     * @param length how long, not null, not negative
     * @return true if it starts on {@code day}, at or after {@code from}, and ends at or before
     *     {@code until} on the same day
     * @throws NullPointerException if an argument is null
     */
    public boolean covers(LocalDateTime start, Duration length) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(length, "length must not be null");
        LocalDateTime end = start.plus(length);
        return start.getDayOfWeek() == day && !start.toLocalTime().isBefore(from)
                && end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().isAfter(until);
    }

    @AssertTrue(message = "{io.github.ankommen.people.Availability.untilAfterFrom.message}")
    private boolean isUntilAfterFrom() {
        return from == null || until == null || until.isAfter(from);
    }
}
