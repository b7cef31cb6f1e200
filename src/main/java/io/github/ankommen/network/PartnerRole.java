package io.github.ankommen.network;

/**
 * What a partner organisation does for a contact point.
 *
 * @since 0.1.0
 */
public enum PartnerRole {
    /** Runs the site (<i>Träger</i>). */
    OPERATOR,
    /** Provides staff for the site's team (<i>Kooperationspartner für die Besetzung</i>). */
    STAFFING
}
