package io.github.ankommen.network;

/**
 * How far a partnership has got.
 *
 * @since 0.1.0
 */
public enum PartnershipStatus {
    /** Agreed. */
    CONFIRMED,
    /** Being discussed, not yet agreed (<i>im Gespräch</i>). */
    IN_DISCUSSION
}
