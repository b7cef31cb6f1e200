package io.github.ankommen.access;

/**
 * What an actor is to the network; the access policy decides what each role may do.
 *
 * @since 0.1.0
 */
public enum Role {
    /** Coordinates the whole network; sees every contact point. */
    COORDINATOR,
    /** Staff at one or more contact points (<i>Hauptamtliche</i>). */
    CASEWORKER,
    /** A volunteer in a contact point's team (<i>Ehrenamtliche</i>); sees far less. */
    VOLUNTEER,
    /** A user at a receiving organisation, such as the Jobcenter or a club. */
    PARTNER,
    /** Sees aggregated statistics only. */
    ANALYST
}
