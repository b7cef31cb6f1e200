package io.github.ankommen.workflow;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
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
 * @since 0.1.0
 */
public record State(@NotNull @Pattern(regexp = State.NAME_PATTERN) String name) {

    /** The rule for the names of states and transitions: {@value}. */
    public static final String NAME_PATTERN = ConstraintChecks.MACHINE_NAME;

    /**
     * Creates a state.
     *
     * @param name the state's name, not null, matching {@link #NAME_PATTERN}
     * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed
     */
    public State(String name) {
        this.name = name;
        if (!isName(name)) {
            RecordValidation.valid(this);
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
        return ConstraintChecks.isMachineName(name);
    }

    /**
     * Obtains a state. States of the same name may be one shared instance: a workflow has few, and
     * every case and audit entry holds one. Compare states with {@code equals}.
     *
     * @param name the state's name, not null, matching {@link #NAME_PATTERN}
     * @return the state
     * @throws jakarta.validation.ConstraintViolationException if the name is null or malformed
     */
    public static State of(String name) {
        return SharedValues.of(State.class, name, State::new);
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
