package io.github.ankommen.people;

/**
 * Where an appointment stands.
 *
 * @since 0.1.0
 */
public enum AppointmentStatus {
    /** Booked and still ahead, or not yet marked. */
    BOOKED,
    /** Cancelled; its place is free again. */
    CANCELLED,
    /** The client came. */
    KEPT,
    /** The client did not come. */
    MISSED
}
