package io.github.ankommen.workflow;

import io.github.ankommen.base.AnkommenException;
import java.util.List;

/**
 * A workflow definition is broken; {@link #problems()} lists every problem found, not only the
 * first.
 *
 * @since 0.1.0
 */
public class WorkflowDefinitionException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The problems; an unmodifiable list of strings, which are serializable. */
    @SuppressWarnings("serial")
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, not null, at least one
     * @throws NullPointerException if the list or an element is null
     */
    public WorkflowDefinitionException(List<String> problems) {
        super("the workflow definition is broken: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found in the definition, one sentence each, such as
     * {@code state "on_hold" cannot be reached from the initial state}.
     *
     * @return the problems, unmodifiable, at least one
     */
    public List<String> problems() {
        return problems;
    }
}
