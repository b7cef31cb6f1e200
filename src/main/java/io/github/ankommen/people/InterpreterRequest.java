package io.github.ankommen.people;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A request to an interpreter (<i>Sprachmittlung</i>) for a consultation or an appointment, with the
 * interpreter's answer and the deadline for it.
 *
 * <p>A request is met when the interpreter confirms it, and unmet when they decline or the deadline
 * passes without an answer; unmet requests by language are a gap of the network, like offers
 * without capacity. An answer comes once, before the deadline (path {@code answeredWhenAnswered}).
 * This class is immutable and thread-safe.
 *
 * @param id the request's id, not null
 * @param interpreter whom it asks, not null
 * @param contactPoint where the interpreting is needed, not null
 * @param language which language, not null
 * @param mode in person, by phone or video, not null
 * @param start the local start, in the contact point's zone, not null
 * @param minutes how long, 1 to 480
 * @param appointment the appointment it is for; null if none
 * @param consultation the consultation it is for; null if none
 * @param answerBy the deadline for the answer, not null
 * @param answer pending, confirmed or declined, not null
 * @param answeredAt when it was answered; null exactly while pending
 * @param requestedBy who asked, not null
 * @param requestedAt when, not null
 * @since 0.1.0
 */
public record InterpreterRequest(
        @NotNull InterpreterRequestId id,
        @NotNull InterpreterId interpreter,
        @NotNull ContactPointId contactPoint,
        @NotNull Language language,
        @NotNull InterpretingMode mode,
        @NotNull LocalDateTime start,
        @Positive @Max(480) int minutes,
        AppointmentId appointment,
        ConsultationId consultation,
        @NotNull Instant answerBy,
        @NotNull InterpreterAnswer answer,
        Instant answeredAt,
        @NotNull ActorId requestedBy,
        @NotNull Instant requestedAt) {

    /**
     * Creates a request.
     *
     * @param id the id, not null
     * @param interpreter whom it asks, not null
     * @param contactPoint where, not null
     * @param language which language, not null
     * @param mode how, not null
     * @param start the local start, not null
     * @param minutes how long, 1 to 480
     * @param appointment the appointment, or null
     * @param consultation the consultation, or null
     * @param answerBy the deadline, not null
     * @param answer the answer, not null
     * @param answeredAt when answered; null exactly while pending
     * @param requestedBy who asked, not null
     * @param requestedAt when, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or out of
     *     bounds, or the answer and its time do not go together
     */
    public InterpreterRequest(InterpreterRequestId id, InterpreterId interpreter, ContactPointId contactPoint,
            Language language, InterpretingMode mode, LocalDateTime start, int minutes, AppointmentId appointment,
            ConsultationId consultation, Instant answerBy, InterpreterAnswer answer, Instant answeredAt,
            ActorId requestedBy, Instant requestedAt) {
        this.id = id;
        this.interpreter = interpreter;
        this.contactPoint = contactPoint;
        this.language = language;
        this.mode = mode;
        this.start = start;
        this.minutes = minutes;
        this.appointment = appointment;
        this.consultation = consultation;
        this.answerBy = answerBy;
        this.answer = answer;
        this.answeredAt = answeredAt;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        RecordValidation.valid(this);
    }

    /**
     * Returns a copy with the interpreter's answer.
     *
     * @param confirmed true if the interpreter comes, false if not
     * @param at when they answered, not null
     * @return the answered request
     * @throws InterpreterRequestClosedException if the request is answered already or the deadline
     *     has passed
     * @throws NullPointerException if the time is null
     */
    public InterpreterRequest answered(boolean confirmed, Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        if (answer != InterpreterAnswer.PENDING || at.isAfter(answerBy)) {
            throw new InterpreterRequestClosedException(id, answer, answerBy);
        }
        return new InterpreterRequest(id, interpreter, contactPoint, language, mode, start, minutes, appointment,
                consultation, answerBy, confirmed ? InterpreterAnswer.CONFIRMED : InterpreterAnswer.DECLINED, at,
                requestedBy, requestedAt);
    }

    /**
     * Asks whether the request is met: confirmed.
     *
     * @return true if confirmed
     */
    public boolean isMet() {
        return answer == InterpreterAnswer.CONFIRMED;
    }

    /**
     * Asks whether the request is unmet at an instant: declined, or pending past its deadline.
     *
     * @param now the instant, not null
     * @return true if unmet
     * @throws NullPointerException if the instant is null
     */
    public boolean isUnmetAt(Instant now) {
        Objects.requireNonNull(now, "now must not be null");
        return answer == InterpreterAnswer.DECLINED || (answer == InterpreterAnswer.PENDING && now.isAfter(answerBy));
    }

    @AssertTrue(message = "{io.github.ankommen.people.InterpreterRequest.answeredWhenAnswered.message}")
    private boolean isAnsweredWhenAnswered() {
        return answer == null || (answer == InterpreterAnswer.PENDING) == (answeredAt == null);
    }
}
