package io.github.ankommen.storage;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.WellFormedTextValidator;
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
 * @since 0.1.0
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
        // The checks of the annotations by hand first: the stores make a cursor for every full page.
        if (!ConstraintChecks.text(token, 1000) || !WellFormedTextValidator.isWellFormed(token)) {
            RecordValidation.valid(this);
        }
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

    /**
     * Reads this cursor as the id key of the last record of a page: the encoding the library's
     * stores use for keyset paging, and the simplest one for any store.
     *
     * @param kind the kind of record the query pages through, not null
     * @return the key, to continue after
     * @throws IllegalArgumentException if the token is not an id key of that kind, so the cursor
     *     was not made for this query
     */
    public String key(RecordKind<?, ?> kind) {
        try {
            kind.parseId(token);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this store for " + kind.name(), e);
        }
        return token;
    }
}
