package io.github.ankommen.people;

/**
 * What a volunteer offers to do.
 *
 * @since 0.1.0
 */
public enum Skill {
    /** Going with a client to an office, a doctor or an offer (<i>Begleitung</i>). */
    ACCOMPANIMENT,
    /** Mentoring a client or a family over months (<i>Patenschaft</i>). */
    MENTORING,
    /** Homework help for children and young people. */
    HOMEWORK_HELP,
    /** Helping with letters and forms in the client's language; not professional interpreting. */
    TRANSLATION_HELP
}
