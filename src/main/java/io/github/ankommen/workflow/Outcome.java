package io.github.ankommen.workflow;

/**
 * What reaching a terminal state means for reporting, such as "the goals were reached".
 *
 * <p>A workflow may name the outcome of each of its terminal states
 * ({@link Workflow.Builder#terminal(State, Outcome)}): a workflow that ends in {@code completed},
 * {@code dropped_out} and {@code moved_away} says which of them counts as which outcome, and needs no
 * outcome input when a case ends. Case work's outcomes are the constants of
 * {@code io.github.ankommen.casework.ClosureOutcome}, the only implementation the case engine takes.
 *
 * @since 0.1.0
 */
public interface Outcome {

    /**
     * The outcome's stable name, as reports show it, such as {@code GOALS_REACHED}.
     *
     * @return the name
     */
    String name();
}
