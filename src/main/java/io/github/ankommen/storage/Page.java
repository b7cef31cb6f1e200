package io.github.ankommen.storage;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * One page of a query result, in the query's order.
 *
 * <p>The items list is an unmodifiable copy. When more items may follow, {@link #nextCursor()} holds the
 * cursor to ask for them; a store may hand out a cursor whose following page turns out empty. This
 * class is immutable and thread-safe.
 *
 * @param <T> the item type
 * @param items the items, not null, without null elements
 * @param nextCursor the cursor of the following page, or null when none follows
 * @since 0.1.0
 */
public record Page<T>(@NotNull List<@NotNull T> items, Cursor nextCursor) {

    /**
     * Creates a page.
     *
     * @param items the items, not null, without null elements
     * @param nextCursor the cursor of the following page, or null when none follows
     * @throws jakarta.validation.ConstraintViolationException if items is null or holds null
     */
    public Page(List<T> items, Cursor nextCursor) {
        this.items = FrozenCollections.copyOf(items);
        this.nextCursor = nextCursor;
        if (this.items == null || this.items.contains(null)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Creates a page.
     *
     * @param <T> the item type
     * @param items the items, not null, without null elements
     * @param nextCursor the cursor of the following page, or null when none follows
     * @return the page
     * @throws jakarta.validation.ConstraintViolationException if items is null or holds null
     */
    public static <T> Page<T> of(List<T> items, Cursor nextCursor) {
        return new Page<>(items, nextCursor);
    }

    /**
     * The request for the following page, if one may follow.
     *
     * @param size the most items the following page may hold
     * @return the request, or empty when this is the last page
     */
    public Optional<PageRequest> next(int size) {
        return nextCursor == null ? Optional.empty() : Optional.of(PageRequest.after(nextCursor, size));
    }

    /**
     * Asks whether more items may follow.
     *
     * @return true if {@link #nextCursor()} is set
     */
    public boolean hasNext() {
        return nextCursor != null;
    }
}
