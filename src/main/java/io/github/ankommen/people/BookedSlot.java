package io.github.ankommen.people;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The places taken at one appointment time: which appointments hold one, and which advisors they
 * bind. Every booking, move and cancellation rewrites it in the same unit of work as the
 * appointment, with the version it read, so two requests for the last place cannot both succeed:
 * the second conflicts in the store (optimistic versions).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the contact point and time, not null
 * @param appointments the appointments holding a place, no nulls, no repeats; may be empty
 * @param advisors the advisors bound at this time, no nulls; may be empty
 * @since 0.1.0
 */
public record BookedSlot(
        @NotNull BookedSlotId id,
        @NotNull List<@NotNull AppointmentId> appointments,
        @NotNull Set<@NotNull TeamMemberId> advisors) {

    /**
     * Creates a slot's bookings.
     *
     * @param id the id, not null
     * @param appointments the appointments, not null, no nulls, no repeats
     * @param advisors the advisors, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component or element is null,
     *     or an appointment is listed twice
     */
    public BookedSlot(BookedSlotId id, List<AppointmentId> appointments, Set<TeamMemberId> advisors) {
        this.id = id;
        this.appointments = FrozenCollections.copyOf(appointments);
        this.advisors = FrozenCollections.copyOf(advisors);
        RecordValidation.valid(this);
    }

    /**
     * No places taken yet.
     *
     * @param id the id, not null
     * @return the empty slot
     * @throws jakarta.validation.ConstraintViolationException if the id is null
     */
    public static BookedSlot empty(BookedSlotId id) {
        return new BookedSlot(id, List.of(), Set.of());
    }

    /**
     * Returns a copy with one more appointment.
     *
     * @param appointment the appointment, not null, not yet listed
     * @param advisor its advisor, or null
     * @return the changed slot
     * @throws jakarta.validation.ConstraintViolationException if the appointment is null or listed
     */
    public BookedSlot with(AppointmentId appointment, TeamMemberId advisor) {
        List<AppointmentId> taken = new ArrayList<>(appointments);
        taken.add(appointment);
        Set<TeamMemberId> bound = new LinkedHashSet<>(advisors);
        if (advisor != null) {
            bound.add(advisor);
        }
        return new BookedSlot(id, taken, bound);
    }

    /**
     * Returns a copy without an appointment.
     *
     * @param appointment the appointment, not null
     * @param advisor its advisor, or null
     * @return the changed slot
     */
    public BookedSlot without(AppointmentId appointment, TeamMemberId advisor) {
        List<AppointmentId> taken = new ArrayList<>(appointments);
        taken.remove(appointment);
        Set<TeamMemberId> bound = new LinkedHashSet<>(advisors);
        if (advisor != null) {
            bound.remove(advisor);
        }
        return new BookedSlot(id, taken, bound);
    }

    @AssertTrue(message = "{io.github.ankommen.people.BookedSlot.distinct.message}")
    private boolean isDistinct() {
        return appointments == null || appointments.stream().distinct().count() == appointments.size();
    }
}
