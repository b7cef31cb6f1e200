package io.github.ankommen.workflow;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Why a transition may not fire.
 *
 * <p>The detail is a fixed text written by the library or by a guard's author, never personal data,
 * so it may be shown and logged. This class is immutable and thread-safe.
 *
 * @param kind which check refused, not null
 * @param detail a short explanation, not blank
 * @since 0.1.0
 */
public record Refusal(@NotNull Kind kind, @NotBlank String detail) {

    /** Which check refused a transition. */
    public enum Kind {
        /** The workflow has no transition of that name. */
        UNKNOWN_TRANSITION,
        /** The transition does not leave the subject's current state. */
        WRONG_STATE,
        /** The actor's role and permissions do not allow the transition, or the actor works elsewhere. */
        NOT_PERMITTED,
        /** A required input is missing. */
        MISSING_INPUT,
        /** The transition returns to the previous state, and there is none. */
        NO_PREVIOUS_STATE,
        /** A guard, or a precondition of the command, refused. */
        GUARD
    }

    /**
     * Creates a refusal.
     *
     * @param kind which check refused, not null
     * @param detail a short explanation without personal data, not blank
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or blank
     */
    public Refusal(Kind kind, String detail) {
        this.kind = kind;
        this.detail = detail;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a refusal.
     *
     * @param kind which check refused, not null
     * @param detail a short explanation without personal data, not blank
     * @return the refusal
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or blank
     */
    public static Refusal of(Kind kind, String detail) {
        return new Refusal(kind, detail);
    }

    /**
     * Describes the refusal as {@code KIND: detail}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return kind + ": " + detail;
    }
}
