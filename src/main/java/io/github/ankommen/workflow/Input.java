package io.github.ankommen.workflow;

/**
 * An input that a transition requires from whoever fires it.
 *
 * @since 0.1.0
 */
public enum Input {
    /** A reason typed by the actor, such as why a case is put on hold or reopened. */
    REASON,
    /** The outcome with which a case is closed. */
    OUTCOME,
    /** The contact point a case is to be transferred to. */
    TARGET_CONTACT_POINT,
    /** The caseworker who becomes responsible, such as when a transfer is accepted. */
    CASEWORKER
}
