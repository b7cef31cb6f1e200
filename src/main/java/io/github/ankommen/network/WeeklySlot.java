package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A recurring weekly slot of consultation hours, in local wall-clock time.
 *
 * <p>The slot covers the local times from {@code opens} (inclusive) to {@code closes} (exclusive)
 * on every {@code day}, in the time zone of the {@link OpeningHours} that holds it. It ends on the
 * day it starts: {@code closes} must be after {@code opens} (path {@code closesAfterOpens}), so a
 * slot cannot run past midnight. This class is immutable and thread-safe.
 *
 * @param day the day of the week, not null
 * @param opens the local time it opens, inclusive, not null
 * @param closes the local time it closes, exclusive, after {@code opens}, not null
 * @param kind open consultation or appointments only, not null
 * @since 0.1.0
 */
public record WeeklySlot(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes,
        @NotNull SlotKind kind) {

    /**
     * Creates a slot.
     *
     * @param day the day of the week, not null
     * @param opens the local time it opens, not null
     * @param closes the local time it closes, after {@code opens}, not null
     * @param kind open consultation or appointments only, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the slot
     *     closes at or before it opens
     */
    public WeeklySlot(DayOfWeek day, LocalTime opens, LocalTime closes, SlotKind kind) {
        this.day = day;
        this.opens = opens;
        this.closes = closes;
        this.kind = kind;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a slot.
     *
     * @param day the day of the week, not null
     * @param opens the local time it opens, not null
     * @param closes the local time it closes, after {@code opens}, not null
     * @param kind open consultation or appointments only, not null
     * @return the slot
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the slot
     *     closes at or before it opens
     */
    public static WeeklySlot of(DayOfWeek day, LocalTime opens, LocalTime closes, SlotKind kind) {
        return new WeeklySlot(day, opens, closes, kind);
    }

    /**
     * Obtains an open consultation slot, where clients walk in.
     *
     * @param day the day of the week, not null
     * @param opens the local time it opens, not null
     * @param closes the local time it closes, after {@code opens}, not null
     * @return the slot, of kind {@link SlotKind#OPEN}
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the slot
     *     closes at or before it opens
     */
    public static WeeklySlot open(DayOfWeek day, LocalTime opens, LocalTime closes) {
        return new WeeklySlot(day, opens, closes, SlotKind.OPEN);
    }

    /**
     * Obtains an appointment-only slot.
     *
     * @param day the day of the week, not null
     * @param opens the local time it opens, not null
     * @param closes the local time it closes, after {@code opens}, not null
     * @return the slot, of kind {@link SlotKind#APPOINTMENT_ONLY}
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the slot
     *     closes at or before it opens
     */
    public static WeeklySlot byAppointment(DayOfWeek day, LocalTime opens, LocalTime closes) {
        return new WeeklySlot(day, opens, closes, SlotKind.APPOINTMENT_ONLY);
    }

    /**
     * Asks whether a local time of day lies in the slot.
     *
     * @param time the local time, not null
     * @return true if {@code opens <= time < closes}
     * @throws NullPointerException if the time is null
     */
    public boolean contains(LocalTime time) {
        Objects.requireNonNull(time, "time must not be null");
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    /**
     * Asks whether two slots share a moment: the same day and intersecting times, whatever their
     * kinds. Slots that only touch ({@code 09:00–12:00} and {@code 12:00–14:00}) do not overlap.
     *
     * @param other the other slot, not null
     * @return true if they overlap
     * @throws NullPointerException if the other slot is null
     */
    public boolean overlaps(WeeklySlot other) {
        Objects.requireNonNull(other, "other must not be null");
        return day == other.day && opens.isBefore(other.closes) && other.opens.isBefore(closes);
    }

    @AssertTrue(message = "{io.github.ankommen.network.WeeklySlot.closesAfterOpens.message}")
    private boolean isClosesAfterOpens() {
        return opens == null || closes == null || closes.isAfter(opens);
    }
}
