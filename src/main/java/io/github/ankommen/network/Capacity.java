package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Whether an offer can take more clients, with an optional note such as "next course starts in
 * September".
 *
 * <p>The note is free text and is left out of {@link #toString()}; if given, it must not be blank.
 * This class is immutable and thread-safe.
 *
 * @param status the capacity, not null
 * @param note a note, or null; not blank, at most 500 characters
 * @since 0.1.0
 */
public record Capacity(
        @NotNull CapacityStatus status,
        @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String note) {

    /**
     * Creates a capacity.
     *
     * @param status the capacity, not null
     * @param note a note, or null; not blank, at most 500 characters
     * @throws jakarta.validation.ConstraintViolationException if the status is null or the note is
     *     blank or too long
     */
    public Capacity(CapacityStatus status, String note) {
        this.status = status;
        this.note = note;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a capacity without a note.
     *
     * @param status the capacity, not null
     * @return the capacity
     * @throws jakarta.validation.ConstraintViolationException if the status is null
     */
    public static Capacity of(CapacityStatus status) {
        return new Capacity(status, null);
    }

    /**
     * Obtains a capacity with a note.
     *
     * @param status the capacity, not null
     * @param note a note, or null; not blank, at most 500 characters
     * @return the capacity
     * @throws jakarta.validation.ConstraintViolationException if the status is null or the note is
     *     blank or too long
     */
    public static Capacity of(CapacityStatus status, String note) {
        return new Capacity(status, note);
    }

    /**
     * Returns the status, without the note.
     *
     * @return for example {@code Capacity[status=WAITLIST]}
     */
    @Override
    public String toString() {
        return "Capacity[status=" + status + "]";
    }
}
