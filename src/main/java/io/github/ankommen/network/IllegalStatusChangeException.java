package io.github.ankommen.network;

import io.github.ankommen.base.AnkommenException;

/**
 * Thrown when a contact point is asked to take a status that its lifecycle does not allow next,
 * such as {@code PLANNED → OPEN} or any step out of {@code CLOSED}.
 *
 * <p>The message names the contact point's id and both statuses, nothing else.
 *
 * @since 0.1.0
 */
public final class IllegalStatusChangeException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    // The id is not serializable; the exception is not meant to be serialized with its data.
    private final transient ContactPointId contactPointId;

    /** The status the contact point stays in. */
    private final ContactPointStatus from;

    /** The status that was refused. */
    private final ContactPointStatus to;

    /**
     * Creates the exception.
     *
     * @param contactPointId the contact point, not null
     * @param from its current status, not null
     * @param to the status that was refused, not null
     */
    public IllegalStatusChangeException(ContactPointId contactPointId, ContactPointStatus from, ContactPointStatus to) {
        super("contact point " + contactPointId + " cannot change from " + from + " to " + to
                + "; allowed next: " + from.successors());
        this.contactPointId = contactPointId;
        this.from = from;
        this.to = to;
    }

    /**
     * The contact point whose status change was refused.
     *
     * @return its id
     */
    public ContactPointId contactPointId() {
        return contactPointId;
    }

    /**
     * The contact point's current status.
     *
     * @return the status it stays in
     */
    public ContactPointStatus from() {
        return from;
    }

    /**
     * The status that was refused.
     *
     * @return the refused status
     */
    public ContactPointStatus to() {
        return to;
    }
}
