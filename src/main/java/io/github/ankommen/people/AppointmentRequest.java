package io.github.ankommen.people;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/**
 * What a booking asks for: a contact point and a local time, and optionally a case, a language, an
 * advisor, an interpreter and a volunteer. Start with {@link #of(AppointmentId, ContactPointId,
 * LocalDateTime)} and add the rest with the {@code withX} methods.
 *
 * <p>With a language and no advisor, the booking takes a team member who speaks it and is free at
 * that time. This class is immutable and thread-safe.
 *
 * @param id the new appointment's id, not null
 * @param contactPoint where, not null
 * @param start the local start, in the contact point's zone, not null
 * @param caseId the case; null if none
 * @param language the language of the conversation; null if any
 * @param advisor the team member asked for; null to let the booking choose
 * @param interpreter the interpreter; null if none
 * @param volunteer the volunteer; null if none
 * @since 0.1.0
 */
public record AppointmentRequest(
        @NotNull AppointmentId id,
        @NotNull ContactPointId contactPoint,
        @NotNull LocalDateTime start,
        CaseId caseId,
        Language language,
        TeamMemberId advisor,
        InterpreterId interpreter,
        VolunteerId volunteer) {

    /**
     * Creates a request.
     *
     * @param id the id, not null
     * @param contactPoint where, not null
     * @param start the local start, not null
     * @param caseId the case, or null
     * @param language the language, or null
     * @param advisor the advisor, or null
     * @param interpreter the interpreter, or null
     * @param volunteer the volunteer, or null
     * @throws jakarta.validation.ConstraintViolationException if a required component is null
     */
    public AppointmentRequest(AppointmentId id, ContactPointId contactPoint, LocalDateTime start, CaseId caseId,
            Language language, TeamMemberId advisor, InterpreterId interpreter, VolunteerId volunteer) {
        this.id = id;
        this.contactPoint = contactPoint;
        this.start = start;
        this.caseId = caseId;
        this.language = language;
        this.advisor = advisor;
        this.interpreter = interpreter;
        this.volunteer = volunteer;
        RecordValidation.valid(this);
    }

    /**
     * A request for a time at a contact point, with nothing else asked for.
     *
     * @param id the new appointment's id, not null
     * @param contactPoint where, not null
     * @param start the local start, not null
     * @return the request
     * @throws jakarta.validation.ConstraintViolationException if an argument is null
     */
    public static AppointmentRequest of(AppointmentId id, ContactPointId contactPoint, LocalDateTime start) {
        return new AppointmentRequest(id, contactPoint, start, null, null, null, null, null);
    }

    /**
     * Returns a copy for a case.
     *
     * @param value the case, or null
     * @return the changed request
     */
    public AppointmentRequest withCase(CaseId value) {
        return new AppointmentRequest(id, contactPoint, start, value, language, advisor, interpreter, volunteer);
    }

    /**
     * Returns a copy in a language.
     *
     * @param value the language, or null
     * @return the changed request
     */
    public AppointmentRequest withLanguage(Language value) {
        return new AppointmentRequest(id, contactPoint, start, caseId, value, advisor, interpreter, volunteer);
    }

    /**
     * Returns a copy with an advisor.
     *
     * @param value the advisor, or null
     * @return the changed request
     */
    public AppointmentRequest withAdvisor(TeamMemberId value) {
        return new AppointmentRequest(id, contactPoint, start, caseId, language, value, interpreter, volunteer);
    }

    /**
     * Returns a copy with an interpreter.
     *
     * @param value the interpreter, or null
     * @return the changed request
     */
    public AppointmentRequest withInterpreter(InterpreterId value) {
        return new AppointmentRequest(id, contactPoint, start, caseId, language, advisor, value, volunteer);
    }

    /**
     * Returns a copy with a volunteer.
     *
     * @param value the volunteer, or null
     * @return the changed request
     */
    public AppointmentRequest withVolunteer(VolunteerId value) {
        return new AppointmentRequest(id, contactPoint, start, caseId, language, advisor, interpreter, value);
    }
}
