package io.github.ankommen.casework;

/**
 * How a consultation took place.
 *
 * @since 0.1.0
 */
public enum Channel {
    /** The person came to the contact point, with or without an appointment. */
    WALK_IN,
    /** By telephone. */
    PHONE,
    /** At the person's home, such as a welcome visit. */
    HOME_VISIT
}
