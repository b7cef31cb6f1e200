package io.github.ankommen.workflow;

import io.github.ankommen.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A state of a workflow, such as {@code intake} or {@code closed}.
 *
 * <p>A state's name is a stable machine name: 1 to 64 characters, lower-case letters, digits and
 * '_', starting with a letter. It is stored and logged; labels for people belong to the
 * application. States are compared by name. This class is immutable and thread-safe.
 *
 * @param name the state's name
 */
public record State(@NotNull @Pattern(regexp = State.NAME_PATTERN) String name) {

    /** The rule for the names of states and transitions: {@value}. */
    public static final String NAME_PATTERN = "[a-z][a-z0-9_]{0,63}";

    /**
     * Creates a state.
     *
     * @param name the state's name, not null, matching {@link #NAME_PATTERN}
     * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed
     */
    public State(String name) {
        this.name = name;
        if (!isName(name)) {
            Checks.valid(this);
        }
    }

    /**
     * Asks whether a text is a machine name as {@link #NAME_PATTERN} says, checked character by
     * character without the validator (decision D10).
     *
     * @param name the text, may be null
     * @return true if it is a valid name
     */
    public static boolean isName(String name) {
        if (name == null || name.isEmpty() || name.length() > 64) {
            return false;
        }
        char first = name.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * Obtains a state.
     *
     * @param name the state's name, not null, matching {@link #NAME_PATTERN}
     * @return the state
     * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed
     */
    public static State of(String name) {
        return new State(name);
    }

    /**
     * Returns the state's name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
