package io.github.ankommen.casework;

/**
 * How far a goal of the support plan has come.
 *
 * @since 0.1.0
 */
public enum GoalStatus {
    /** Not started. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Reached. */
    REACHED,
    /** Partly reached; no further work is planned. */
    PARTLY_REACHED,
    /** Not reached; no further work is planned. */
    NOT_REACHED,
    /** Dropped, such as because the client's situation changed. */
    DROPPED;

    /**
     * Asks whether the goal is finished, one way or another, so that its target date no longer
     * matters.
     *
     * @return true for every status but {@link #OPEN} and {@link #IN_PROGRESS}
     */
    public boolean isFinished() {
        return this != OPEN && this != IN_PROGRESS;
    }
}
