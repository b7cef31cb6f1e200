package io.github.ankommen.workflow;

import java.util.Objects;

/**
 * Where a transition leads: to a fixed state, back to the state before the current one, or nowhere
 * (the state stays the same).
 *
 * <p>{@link #previous()} is how "resume returns to the state it came from" is written: the subject
 * goes back to the state it was in before it entered its current state. {@link #same()} is for
 * transitions that record something without moving, such as requesting a transfer. This class is
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Target {

    private static final Target PREVIOUS = new Target(null, "previous");
    private static final Target SAME = new Target(null, "same");

    private final State state;
    private final String kind;

    private Target(State state, String kind) {
        this.state = state;
        this.kind = kind;
    }

    /**
     * Leads to a fixed state.
     *
     * @param state the state, not null
     * @return the target
     * @throws NullPointerException if the state is null
     */
    public static Target state(State state) {
        return new Target(Objects.requireNonNull(state, "state must not be null"), "state");
    }

    /**
     * Leads back to the state the subject was in before it entered its current state.
     *
     * @return the target
     */
    public static Target previous() {
        return PREVIOUS;
    }

    /**
     * Keeps the current state.
     *
     * @return the target
     */
    public static Target same() {
        return SAME;
    }

    /**
     * Asks whether this target leads back to the previous state.
     *
     * @return true for {@link #previous()}
     */
    public boolean isPrevious() {
        return this == PREVIOUS;
    }

    /**
     * Asks whether this target keeps the current state.
     *
     * @return true for {@link #same()}
     */
    public boolean isSame() {
        return this == SAME;
    }

    /**
     * The fixed state this target leads to.
     *
     * @return the state, or null for {@link #previous()} and {@link #same()}
     */
    public State fixedState() {
        return state;
    }

    /**
     * Resolves this target for a subject.
     *
     * @param current the subject's current state, not null
     * @param previous the state the subject was in before the current one; null if there is none
     * @return the state the subject moves to
     * @throws NullPointerException if {@code current} is null
     * @throws IllegalStateException if this is {@link #previous()} and {@code previous} is null
     */
    public State resolve(State current, State previous) {
        Objects.requireNonNull(current, "current must not be null");
        if (state != null) {
            return state;
        }
        if (this == SAME) {
            return current;
        }
        if (previous == null) {
            throw new IllegalStateException("there is no previous state to return to");
        }
        return previous;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Target t && kind.equals(t.kind) && Objects.equals(state, t.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, state);
    }

    /**
     * Describes the target: the state's name, {@code (previous)} or {@code (same)}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return state != null ? state.name() : "(" + kind + ")";
    }
}
