package io.github.ankommen.casework;

import io.github.ankommen.base.AnkommenException;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.State;

/**
 * A command on a case was refused: the transition is not allowed, or a precondition of the command
 * does not hold. The case is left unchanged, and no audit entry is written.
 *
 * <p>The exception carries the case's id, its current state, the attempted transition or command,
 * and the {@link Refusal} that says which check refused and why. Its message holds these and no
 * personal data.
 *
 * @since 0.1.0
 */
public class IllegalTransitionException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The case; ids are serializable records. */
    @SuppressWarnings("serial")
    private final CaseId caseId;
    /** The current state; a serializable record. */
    @SuppressWarnings("serial")
    private final State current;
    /** The attempted transition or command. */
    private final String attempted;
    /** Why; a serializable record. */
    @SuppressWarnings("serial")
    private final Refusal refusal;

    /**
     * Creates the exception.
     *
     * @param caseId the case, not null
     * @param current the case's current state; null if the case was being opened
     * @param attempted the name of the attempted transition or command, not null
     * @param refusal why it was refused, not null
     */
    public IllegalTransitionException(CaseId caseId, State current, String attempted, Refusal refusal) {
        super("case " + caseId + ": \"" + attempted + "\" refused in state " + current + ": " + refusal);
        this.caseId = caseId;
        this.current = current;
        this.attempted = attempted;
        this.refusal = refusal;
    }

    /**
     * The case.
     *
     * @return the case's id
     */
    public CaseId caseId() {
        return caseId;
    }

    /**
     * The case's state when the command was refused.
     *
     * @return the state; null if the case was being opened
     */
    public State current() {
        return current;
    }

    /**
     * What was attempted.
     *
     * @return the name of the transition or command, such as {@code link} or {@code add_goal}
     */
    public String attempted() {
        return attempted;
    }

    /**
     * Why it was refused.
     *
     * @return the refusal
     */
    public Refusal refusal() {
        return refusal;
    }
}
