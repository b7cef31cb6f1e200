package io.github.ankommen.casework;

/**
 * Receives escalations from {@link Deadlines#escalate}, such as to send a coordinator a message.
 * It is called on the caller's thread, once per escalation, in the order of
 * {@link Deadlines#escalations}; an exception it throws ends the call and reaches the caller.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EscalationListener {

    /**
     * Receives one escalation.
     *
     * @param escalation the escalation, not null
     */
    void onEscalation(Escalation escalation);
}
