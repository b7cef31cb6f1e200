package io.github.ankommen.pathway;

/**
 * How far a case is with one step of a pathway; see {@link PathwayProgress} for the derivation.
 *
 * @since 0.1.0
 */
public enum StepState {
    /** A referral for the step was completed. */
    DONE,
    /** A referral for the step is open (drafted, requested, accepted, in progress or on hold). */
    IN_PROGRESS,
    /** A prerequisite step is not done yet. */
    BLOCKED,
    /** Nothing open or completed for the step, and its prerequisites are done: it can be taken next. */
    NOT_STARTED
}
