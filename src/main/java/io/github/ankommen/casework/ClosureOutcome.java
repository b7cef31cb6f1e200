package io.github.ankommen.casework;

import io.github.ankommen.workflow.Outcome;

/**
 * Why a case was closed: what its ending means for reporting.
 *
 * <p>A case gets its outcome either from the transition that closes it (one that asks for
 * {@link io.github.ankommen.workflow.Input#OUTCOME}, like the default workflow's {@code close}), or
 * from the terminal state it enters, if that state names one
 * ({@link io.github.ankommen.workflow.Workflow.Builder#terminal(io.github.ankommen.workflow.State, Outcome)}).
 * The statistics count closures per outcome; a closure with none counts as {@link #OTHER}.
 *
 * @since 0.1.0
 */
public enum ClosureOutcome implements Outcome {
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
