package io.github.ankommen.people;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An appointment (<i>Termin</i>) at a contact point: a place in one of its appointment times, with
 * a team member as advisor, optionally in a language, with an interpreter and a volunteer.
 *
 * <p>The start is local wall-clock time in the contact point's time zone, as the client is told
 * it. Which times exist and how many appointments each holds is decided by
 * {@link AppointmentRules}; a {@link BookedSlot} counts the places taken, so that two bookings of
 * the last place conflict in the store. An appointment holds ids only; the client is reached
 * through the case. This class is immutable and thread-safe.
 *
 * @param id the appointment's id, not null
 * @param contactPoint where, not null
 * @param start the local start, not null
 * @param minutes how long, 1 to 480
 * @param caseId the case it is for; null for a client without a case
 * @param language the language of the conversation; null if not asked for
 * @param advisor the team member who advises; null if not assigned
 * @param interpreter the interpreter asked to come; null if none
 * @param volunteer the volunteer who comes along; null if none
 * @param status booked, cancelled, kept or missed, not null
 * @param changedBy who booked or last changed it, not null
 * @param changedAt when, not null
 * @since 0.1.0
 */
public record Appointment(
        @NotNull AppointmentId id,
        @NotNull ContactPointId contactPoint,
        @NotNull LocalDateTime start,
        @Positive @Max(480) int minutes,
        CaseId caseId,
        Language language,
        TeamMemberId advisor,
        InterpreterId interpreter,
        VolunteerId volunteer,
        @NotNull AppointmentStatus status,
        @NotNull ActorId changedBy,
        @NotNull Instant changedAt) {

    /**
     * Creates an appointment.
     *
     * @param id the id, not null
     * @param contactPoint where, not null
     * @param start the local start, not null
     * @param minutes how long, 1 to 480
     * @param caseId the case, or null
     * @param language the language, or null
     * @param advisor the advisor, or null
     * @param interpreter the interpreter, or null
     * @param volunteer the volunteer, or null
     * @param status the status, not null
     * @param changedBy who, not null
     * @param changedAt when, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or out of bounds
     */
    public Appointment(AppointmentId id, ContactPointId contactPoint, LocalDateTime start, int minutes,
            CaseId caseId, Language language, TeamMemberId advisor, InterpreterId interpreter,
            VolunteerId volunteer, AppointmentStatus status, ActorId changedBy, Instant changedAt) {
        this.id = id;
        this.contactPoint = contactPoint;
        this.start = start;
        this.minutes = minutes;
        this.caseId = caseId;
        this.language = language;
        this.advisor = advisor;
        this.interpreter = interpreter;
        this.volunteer = volunteer;
        this.status = status;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        RecordValidation.valid(this);
    }

    /**
     * The key of the time this appointment takes a place in.
     *
     * @return the booked slot's id
     */
    public BookedSlotId slot() {
        return BookedSlotId.of(contactPoint, start);
    }

    /**
     * Returns a copy at another time, with another advisor.
     *
     * @param newStart the new local start, not null
     * @param newAdvisor the advisor at the new time, or null
     * @param by who moves it, not null
     * @param at when, not null
     * @return the moved appointment
     * @throws jakarta.validation.ConstraintViolationException if an argument is null
     */
    public Appointment movedTo(LocalDateTime newStart, TeamMemberId newAdvisor, ActorId by, Instant at) {
        return new Appointment(id, contactPoint, newStart, minutes, caseId, language, newAdvisor, interpreter,
                volunteer, status, by, at);
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @param by who changes it, not null
     * @param at when, not null
     * @return the changed appointment
     * @throws jakarta.validation.ConstraintViolationException if an argument is null
     */
    public Appointment withStatus(AppointmentStatus newStatus, ActorId by, Instant at) {
        return new Appointment(id, contactPoint, start, minutes, caseId, language, advisor, interpreter, volunteer,
                newStatus, by, at);
    }
}
