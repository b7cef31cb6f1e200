package io.github.ankommen.network;

/**
 * The role of a team member at a contact point.
 *
 * @since 0.1.0
 */
public enum TeamRole {
    /** Employed staff (<i>Hauptamtliche</i>), of the city or of a partner organisation. */
    STAFF,
    /**
     * A volunteer (<i>Ehrenamtliche</i>): a known member of the team who sees far less personal data
     * than staff.
     */
    VOLUNTEER
}
