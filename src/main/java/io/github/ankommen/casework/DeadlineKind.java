package io.github.ankommen.casework;

/**
 * What falls due: a follow-up, or a goal's target date.
 *
 * @since 0.1.0
 */
public enum DeadlineKind {
    /** A follow-up's due date. */
    FOLLOW_UP,
    /** A goal's target date. */
    GOAL
}
