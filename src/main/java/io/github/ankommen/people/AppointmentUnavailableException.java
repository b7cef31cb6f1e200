package io.github.ankommen.people;

import io.github.ankommen.base.AnkommenException;
import io.github.ankommen.network.ContactPointId;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Thrown when an appointment cannot be booked or moved to a time: the time is no appointment time
 * of the contact point, its places are taken, or the advisor is bound already. Nothing was written.
 * The message names the contact point, the time and the reason, and no personal data.
 *
 * @since 0.1.0
 */
public class AppointmentUnavailableException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** Why the time is not available. */
    public enum Reason {
        /** Outside the appointment times: closed, a holiday, off the grid, or skipped by a clock change. */
        NO_APPOINTMENT_TIME,
        /** Every place at that time is taken. */
        FULL,
        /** The advisor has another appointment at that time, or none speaks the language. */
        ADVISOR_BUSY,
        /** The appointment is cancelled, kept or missed, and cannot be changed so. */
        NOT_BOOKED
    }

    /** The contact point; ids are serializable records. */
    @SuppressWarnings("serial")
    private final ContactPointId contactPoint;
    /** The local time asked for. */
    private final LocalDateTime start;
    /** Why it is not available. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param contactPoint the contact point, not null
     * @param start the local time asked for, not null
     * @param reason why it is not available, not null
     */
    public AppointmentUnavailableException(ContactPointId contactPoint, LocalDateTime start, Reason reason) {
        super("no appointment at contact point " + contactPoint + " at " + start + ": " + reason);
        this.contactPoint = Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        this.start = Objects.requireNonNull(start, "start must not be null");
        this.reason = Objects.requireNonNull(reason, "reason must not be null");
    }

    /**
     * The contact point.
     *
     * @return its id
     */
    public ContactPointId contactPoint() {
        return contactPoint;
    }

    /**
     * The local time asked for.
     *
     * @return the time
     */
    public LocalDateTime start() {
        return start;
    }

    /**
     * Why the time is not available.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
