package io.github.ankommen.statistics;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.OptionalLong;

/**
 * One published figure of a {@link SuppressedTable}: a count, or suppressed.
 *
 * <p>A suppressed cell does not hold its true value at all; its {@link #count()} is 0. This class is
 * immutable and thread-safe.
 *
 * @param count the published count; 0 if suppressed
 * @param suppressed whether the figure is withheld
 * @since 0.1.0
 */
public record Cell(@PositiveOrZero long count, boolean suppressed) {

    /** A withheld figure. */
    public static final Cell SUPPRESSED = new Cell(0, true);

    /**
     * Creates a cell.
     *
     * @param count the count, not negative; 0 if suppressed
     * @param suppressed whether the figure is withheld
     * @throws jakarta.validation.ConstraintViolationException if the count is negative, or a
     *     suppressed cell holds a count ({@code countHidden})
     */
    public Cell(long count, boolean suppressed) {
        this.count = count;
        this.suppressed = suppressed;
        RecordValidation.valid(this);
    }

    /**
     * A published count.
     *
     * @param count the count, not negative
     * @return the cell
     * @throws jakarta.validation.ConstraintViolationException if the count is negative
     */
    public static Cell of(long count) {
        return new Cell(count, false);
    }

    /**
     * The count, if published.
     *
     * @return the count, or empty if suppressed
     */
    public OptionalLong value() {
        return suppressed ? OptionalLong.empty() : OptionalLong.of(count);
    }

    /**
     * The figure as text.
     *
     * @param mark what to show for a suppressed figure, not null
     * @return the count in decimal, or the mark
     */
    public String toText(String mark) {
        return suppressed ? mark : Long.toString(count);
    }

    /**
     * Shows the count, or {@code •} if suppressed.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return toText(SuppressedTable.MARK);
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.Cell.countHidden.message}")
    private boolean isCountHidden() {
        return !suppressed || count == 0;
    }
}
