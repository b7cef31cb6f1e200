package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Objects;
import java.util.Optional;

/**
 * Which page of a query result to return: a size, and where to continue.
 *
 * <p>The size is required and bounded by {@link #MAX_SIZE}, so that no query can ask a store for
 * everything at once. This class is immutable and thread-safe.
 *
 * @param size the most items the page may hold, 1 to {@value #MAX_SIZE}
 * @param after the cursor of the previous page, or null for the first page
 * @since 0.1.0
 */
public record PageRequest(@Min(1) @Max(MAX_SIZE) int size, Cursor after) {

    /** The largest page a caller may ask for. */
    public static final int MAX_SIZE = 1000;

    /**
     * Creates a page request.
     *
     * @param size the most items the page may hold, 1 to {@value #MAX_SIZE}
     * @param after the cursor of the previous page, or null for the first page
     * @throws jakarta.validation.ConstraintViolationException if the size is out of bounds
     */
    public PageRequest(int size, Cursor after) {
        this.size = size;
        this.after = after;
        if (size < 1 || size > MAX_SIZE) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Asks for the first page.
     *
     * @param size the most items the page may hold, 1 to {@value #MAX_SIZE}
     * @return the request
     * @throws jakarta.validation.ConstraintViolationException if the size is out of bounds
     */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /**
     * Asks for the page after a cursor.
     *
     * @param cursor the cursor of the previous page, not null
     * @param size the most items the page may hold, 1 to {@value #MAX_SIZE}
     * @return the request
     * @throws NullPointerException if the cursor is null
     * @throws jakarta.validation.ConstraintViolationException if the size is out of bounds
     */
    public static PageRequest after(Cursor cursor, int size) {
        Objects.requireNonNull(cursor, "cursor must not be null");
        return new PageRequest(size, cursor);
    }

    /**
     * The cursor to continue after, if this is not the first page.
     *
     * @return the cursor, or empty for the first page
     */
    public Optional<Cursor> cursor() {
        return Optional.ofNullable(after);
    }
}
