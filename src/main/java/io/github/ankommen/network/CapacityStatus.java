package io.github.ankommen.network;

/**
 * Whether an offer can take more clients.
 *
 * @since 0.1.0
 */
public enum CapacityStatus {
    /** Places are free. */
    HAS_CAPACITY,
    /** Full, but there is a waiting list. */
    WAITLIST,
    /** Full, and no waiting list. */
    NO_CAPACITY
}
