package io.github.ankommen.people;

import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.network.SlotKind;
import io.github.ankommen.network.WeeklySlot;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which appointment times a contact point has, and how many appointments each holds.
 *
 * <p>Appointment times lie in the weekly slots of the contact point's {@link OpeningHours}: each
 * slot is cut into appointments of {@code length}, from its opening on, as many as end by its
 * closing. A time in an appointment-only slot holds {@code appointmentOnlyCapacity} appointments; a
 * time in a walk-in slot holds {@code walkInCapacity}, so that the rest of the team stays free for
 * clients who walk in (0 keeps walk-in slots free of appointments). There are no appointment times
 * on a date a closure covers or that is a public holiday.
 *
 * <p>Times are local wall-clock times in the opening hours' zone. Across daylight-saving changes: a
 * time whose start does not exist (the hour skipped in spring, Europe/Berlin 02:00–03:00 on the
 * last Sunday of March) is no appointment time, and the time before it ends at 03:00 on the clock,
 * after its full length; a time in the hour that occurs twice in autumn is one time, its first
 * occurrence. This class is immutable and thread-safe.
 *
 * @param length how long an appointment is, not null, 5 minutes to 8 hours, whole minutes
 * @param appointmentOnlyCapacity appointments per time in appointment-only slots, 0 to 100
 * @param walkInCapacity appointments per time in walk-in slots, 0 to 100
 * @since 0.1.0
 */
public record AppointmentRules(
        @NotNull Duration length,
        @PositiveOrZero @Max(100) int appointmentOnlyCapacity,
        @PositiveOrZero @Max(100) int walkInCapacity) {

    /**
     * Creates rules.
     *
     * @param length how long an appointment is, not null, 5 minutes to 8 hours, whole minutes
     * @param appointmentOnlyCapacity appointments per time in appointment-only slots, 0 to 100
     * @param walkInCapacity appointments per time in walk-in slots, 0 to 100
     * @throws jakarta.validation.ConstraintViolationException if a component is out of bounds
     */
    public AppointmentRules(Duration length, int appointmentOnlyCapacity, int walkInCapacity) {
        this.length = length;
        this.appointmentOnlyCapacity = appointmentOnlyCapacity;
        this.walkInCapacity = walkInCapacity;
        RecordValidation.valid(this);
    }

    /**
     * The default: appointments of 30 minutes, two per time in appointment-only slots, one per time
     * in walk-in slots.
     *
     * @return the rules
     */
    public static AppointmentRules standard() {
        return new AppointmentRules(Duration.ofMinutes(30), 2, 1);
    }

    /**
     * Obtains rules.
     *
     * @param length how long an appointment is, not null, 5 minutes to 8 hours, whole minutes
     * @param appointmentOnlyCapacity appointments per time in appointment-only slots, 0 to 100
     * @param walkInCapacity appointments per time in walk-in slots, 0 to 100
     * @return the rules
     * @throws jakarta.validation.ConstraintViolationException if a component is out of bounds
     */
    public static AppointmentRules of(Duration length, int appointmentOnlyCapacity, int walkInCapacity) {
        return new AppointmentRules(length, appointmentOnlyCapacity, walkInCapacity);
    }

    /**
     * How many appointments a slot kind holds per time.
     *
     * @param kind the kind, not null
     * @return the capacity
     * @throws NullPointerException if the kind is null
     */
    public int capacity(SlotKind kind) {
        return Objects.requireNonNull(kind, "kind must not be null") == SlotKind.APPOINTMENT_ONLY
                ? appointmentOnlyCapacity : walkInCapacity;
    }

    /**
     * The appointment times on a date, in order.
     *
     * @param hours the contact point's opening hours, not null
     * @param holidays the public holidays, not null
     * @param date the local date, not null
     * @return the local starts, ascending; empty on a closed day or a holiday
     * @throws NullPointerException if an argument is null
     */
    public List<LocalDateTime> times(OpeningHours hours, HolidayCalendar holidays, LocalDate date) {
        Objects.requireNonNull(hours, "hours must not be null");
        Objects.requireNonNull(holidays, "holidays must not be null");
        Objects.requireNonNull(date, "date must not be null");
        if (hours.isClosedOn(date) || holidays.isHoliday(date)) {
            return List.of();
        }
        List<LocalDateTime> times = new ArrayList<>();
        List<WeeklySlot> slots = new ArrayList<>(hours.weeklySlots());
        slots.sort(Comparator.comparing(WeeklySlot::opens));
        for (WeeklySlot slot : slots) {
            if (slot.day() != date.getDayOfWeek() || capacity(slot.kind()) == 0) {
                continue;
            }
            for (LocalDateTime start = date.atTime(slot.opens());
                    !start.plus(length).isAfter(date.atTime(slot.closes())) && start.toLocalDate().equals(date);
                    start = start.plus(length)) {
                if (exists(start, hours.zone())) {
                    times.add(start);
                }
            }
        }
        return times;
    }

    /**
     * How many appointments a local time holds at a contact point.
     *
     * @param hours the contact point's opening hours, not null
     * @param holidays the public holidays, not null
     * @param start the local start, not null
     * @return the capacity; 0 if the time is no appointment time
     * @throws NullPointerException if an argument is null
     */
    public int capacityAt(OpeningHours hours, HolidayCalendar holidays, LocalDateTime start) {
        Objects.requireNonNull(start, "start must not be null");
        if (!times(hours, holidays, start.toLocalDate()).contains(start)) {
            return 0;
        }
        return hours.weeklySlots().stream()
                .filter(s -> s.day() == start.getDayOfWeek() && s.contains(start.toLocalTime()))
                .mapToInt(s -> capacity(s.kind())).findFirst().orElse(0);
    }

    private static boolean exists(LocalDateTime local, ZoneId zone) {
        return ZonedDateTime.of(local, zone).toLocalDateTime().equals(local);
    }

    @AssertTrue(message = "{io.github.ankommen.people.AppointmentRules.length.message}")
    private boolean isLengthInBounds() {
        return length == null || (length.compareTo(Duration.ofMinutes(5)) >= 0
                && length.compareTo(Duration.ofHours(8)) <= 0 && length.toSecondsPart() == 0 && length.toNanosPart() == 0);
    }
}
