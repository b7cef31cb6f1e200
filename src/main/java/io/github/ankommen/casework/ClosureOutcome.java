package io.github.ankommen.casework;

/**
 * Why a case was closed.
 *
 * @since 0.1.0
 */
public enum ClosureOutcome {
    /** The goals were reached. */
    GOALS_REACHED,
    /** The client moved away. */
    CLIENT_MOVED_AWAY,
    /** The client withdrew from case management. */
    CLIENT_WITHDREW,
    /** Contact with the client broke off. */
    NO_CONTACT,
    /** Any other reason. */
    OTHER
}
