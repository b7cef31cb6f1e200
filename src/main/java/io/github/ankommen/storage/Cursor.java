package io.github.ankommen.storage;

import io.github.ankommen.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A position in a paged query result, opaque to everyone but the store that made it.
 *
 * <p>A store encodes whatever it needs to continue after the last item of a page, typically that
 * item's sort key. Callers only hand a cursor back to the same query of the same store. This class
 * is immutable and thread-safe.
 *
 * @param token the store's encoding, not blank, at most 1,000 characters
 */
public record Cursor(@NotBlank @Size(max = 1000) String token) {

    /**
     * Creates a cursor.
     *
     * @param token the store's encoding, not blank, at most 1,000 characters
     * @throws jakarta.validation.ConstraintViolationException if the token is blank or too long
     */
    public Cursor(String token) {
        this.token = token;
        Checks.valid(this);
    }

    /**
     * Obtains a cursor.
     *
     * @param token the store's encoding, not blank, at most 1,000 characters
     * @return the cursor
     * @throws jakarta.validation.ConstraintViolationException if the token is blank or too long
     */
    public static Cursor of(String token) {
        return new Cursor(token);
    }
}
