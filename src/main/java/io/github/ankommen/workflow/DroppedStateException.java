package io.github.ankommen.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A workflow is refused because it drops states in which stored subjects (cases) still sit, and no
 * mapping says where they go; {@link #cases()} names each such state and how many sit in it.
 *
 * <p>Thrown when a workflow is adopted over a store that holds subjects in states the workflow does
 * not have, such as by {@code Ankommen.Builder.build()}. Either keep the states, or give a mapping
 * from each dropped state to a state of the workflow ({@code Ankommen.Builder.migrateCaseStates}).
 *
 * @since 0.1.0
 */
public class DroppedStateException extends WorkflowDefinitionException {

    private static final long serialVersionUID = 1L;

    /** The number of subjects per dropped state's name; an unmodifiable map of serializable values. */
    @SuppressWarnings("serial")
    private final Map<String, Long> counts;

    /**
     * Creates the exception.
     *
     * @param cases how many subjects sit in each dropped state, not null, not empty, in the order to
     *     report them; each count at least 1
     * @throws NullPointerException if the map, a state or a count is null
     * @throws IllegalArgumentException if the map is empty or a count is below 1
     */
    public DroppedStateException(Map<State, Long> cases) {
        super(problems(cases));
        Map<String, Long> copy = new LinkedHashMap<>();
        cases.forEach((state, n) -> copy.put(state.name(), n));
        this.counts = Collections.unmodifiableMap(copy);
    }

    /**
     * Each dropped state in which stored subjects sit, with how many sit in it.
     *
     * @return the states and counts, unmodifiable, in the order reported
     */
    public Map<State, Long> cases() {
        Map<State, Long> cases = new LinkedHashMap<>();
        counts.forEach((name, n) -> cases.put(State.of(name), n));
        return Collections.unmodifiableMap(cases);
    }

    private static List<String> problems(Map<State, Long> cases) {
        Objects.requireNonNull(cases, "cases must not be null");
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no dropped state named");
        }
        return cases.entrySet().stream().map(e -> {
            long n = Objects.requireNonNull(e.getValue(), "count must not be null");
            if (n < 1) {
                throw new IllegalArgumentException("a dropped state's count must be at least 1");
            }
            return (n == 1 ? "1 stored case sits" : n + " stored cases sit") + " in state \""
                    + Objects.requireNonNull(e.getKey(), "state must not be null")
                    + "\", which the workflow does not have; keep the state, or map it to a state of the workflow";
        }).toList();
    }
}
