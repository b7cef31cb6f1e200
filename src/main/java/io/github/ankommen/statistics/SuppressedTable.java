package io.github.ankommen.statistics;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A count table as it may be published: every cell, row total, column total and the grand total is
 * either its true count or suppressed.
 *
 * <p>Made by {@link Suppression#apply(CountTable)}; the rules are in {@code docs/data-protection.md}.
 * No true value of a suppressed figure is kept. {@link #toText()} renders the table with {@value #MARK}
 * for suppressed figures. This class is immutable and thread-safe.
 *
 * @param rows the row labels
 * @param columns the column labels
 * @param cells one list of cells per row, one cell per column
 * @param rowTotals one total per row
 * @param columnTotals one total per column
 * @param total the grand total
 * @param k the threshold the table was suppressed with: counts from 1 to k - 1 are never published
 * @since 0.1.0
 */
public record SuppressedTable(
        @NotNull List<@NotNull String> rows,
        @NotNull List<@NotNull String> columns,
        @NotNull List<@NotNull List<@NotNull Cell>> cells,
        @NotNull List<@NotNull Cell> rowTotals,
        @NotNull List<@NotNull Cell> columnTotals,
        @NotNull Cell total,
        @Min(1) int k) {

    /** The mark for a suppressed figure in {@link #toText()}. */
    public static final String MARK = "•";

    /**
     * Creates a table.
     *
     * @param rows the row labels, not null
     * @param columns the column labels, not null
     * @param cells one list per row with one cell per column, not null
     * @param rowTotals one per row, not null
     * @param columnTotals one per column, not null
     * @param total the grand total, not null
     * @param k the threshold, at least 1
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the parts
     *     do not fit together ({@code shapeFitting})
     */
    public SuppressedTable(List<String> rows, List<String> columns, List<List<Cell>> cells, List<Cell> rowTotals,
            List<Cell> columnTotals, Cell total, int k) {
        this.rows = FrozenCollections.copyOf(rows);
        this.columns = FrozenCollections.copyOf(columns);
        this.cells = cells == null ? null
                : FrozenCollections.copyOf(cells.stream().map(r -> r == null ? null : FrozenCollections.copyOf(r)).toList());
        this.rowTotals = FrozenCollections.copyOf(rowTotals);
        this.columnTotals = FrozenCollections.copyOf(columnTotals);
        this.total = total;
        this.k = k;
        RecordValidation.valid(this);
    }

    /**
     * A cell.
     *
     * @param row the row's index, from 0
     * @param column the column's index, from 0
     * @return the cell
     * @throws IndexOutOfBoundsException if an index is outside the table
     */
    public Cell cell(int row, int column) {
        return cells.get(row).get(column);
    }

    /**
     * A cell, by labels.
     *
     * @param row the row's label, not null
     * @param column the column's label, not null
     * @return the cell
     * @throws IllegalArgumentException if a label is not in the table
     */
    public Cell cell(String row, String column) {
        int i = rows.indexOf(Objects.requireNonNull(row, "row must not be null"));
        int j = columns.indexOf(Objects.requireNonNull(column, "column must not be null"));
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("no such cell: " + row + " / " + column);
        }
        return cell(i, j);
    }

    /**
     * Counts the suppressed figures, totals included.
     *
     * @return how many figures are withheld
     */
    public int suppressedCount() {
        int n = total.suppressed() ? 1 : 0;
        for (List<Cell> row : cells) {
            n += (int) row.stream().filter(Cell::suppressed).count();
        }
        n += (int) rowTotals.stream().filter(Cell::suppressed).count();
        n += (int) columnTotals.stream().filter(Cell::suppressed).count();
        return n;
    }

    /**
     * Renders the table as aligned text, with a "total" column and row, and {@value #MARK} for
     * suppressed figures.
     *
     * @return the text, lines separated by {@code \n}
     */
    public String toText() {
        return toText(MARK);
    }

    /**
     * Renders the table as aligned text with another mark for suppressed figures, such as {@code *}.
     *
     * @param mark the mark, not null
     * @return the text, lines separated by {@code \n}
     * @throws NullPointerException if the mark is null
     */
    public String toText(String mark) {
        Objects.requireNonNull(mark, "mark must not be null");
        List<List<String>> grid = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(columns);
        header.add("total");
        grid.add(header);
        for (int i = 0; i < rows.size(); i++) {
            List<String> line = new ArrayList<>();
            line.add(rows.get(i));
            cells.get(i).forEach(c -> line.add(c.toText(mark)));
            line.add(rowTotals.get(i).toText(mark));
            grid.add(line);
        }
        List<String> totals = new ArrayList<>();
        totals.add("total");
        columnTotals.forEach(c -> totals.add(c.toText(mark)));
        totals.add(total.toText(mark));
        grid.add(totals);
        int[] widths = new int[header.size()];
        for (List<String> line : grid) {
            for (int j = 0; j < line.size(); j++) {
                widths[j] = Math.max(widths[j], line.get(j).codePointCount(0, line.get(j).length()));
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> line : grid) {
            StringBuilder out = new StringBuilder();
            for (int j = 0; j < line.size(); j++) {
                String s = line.get(j);
                String pad = " ".repeat(widths[j] - s.codePointCount(0, s.length()));
                out.append(j == 0 ? s + pad : "  " + pad + s);
            }
            text.append(out.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.SuppressedTable.shapeFitting.message}")
    private boolean isShapeFitting() {
        if (rows == null || columns == null || cells == null || rowTotals == null || columnTotals == null) {
            return true;
        }
        return cells.size() == rows.size() && rowTotals.size() == rows.size() && columnTotals.size() == columns.size()
                && cells.stream().allMatch(r -> r == null || r.size() == columns.size());
    }
}
