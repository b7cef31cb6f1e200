package io.github.ankommen.people;

/**
 * How an interpreter works.
 *
 * @since 0.1.0
 */
public enum InterpretingMode {
    /** On site, at the consultation. */
    IN_PERSON,
    /** By telephone. */
    PHONE,
    /** By video call. */
    VIDEO
}
