package io.github.ankommen.statistics;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A two-way table of non-negative counts, with labelled rows and columns, before any suppression.
 *
 * <p>Row totals, column totals and the grand total are computed, not stored, so they always agree
 * with the cells. Labels are unique within rows and within columns, and their order is the table's
 * order. A count table holds true values, which may be small: publish only the
 * {@link SuppressedTable} that {@link Suppression#apply(CountTable)} makes of it. This class is
 * immutable and thread-safe.
 *
 * @param rows the row labels, unique, each 1 to 200 characters
 * @param columns the column labels, unique, each 1 to 200 characters
 * @param counts the counts, one list per row with one count per column, none negative
 * @since 0.1.0
 */
public record CountTable(
        @NotNull List<@NotBlank @Size(max = 200) String> rows,
        @NotNull List<@NotBlank @Size(max = 200) String> columns,
        @NotNull List<@NotNull List<@NotNull Long>> counts) {

    /**
     * Creates a table.
     *
     * @param rows the row labels, not null, unique, each not blank and at most 200 characters
     * @param columns the column labels, not null, unique, each not blank and at most 200 characters
     * @param counts one list per row, each with one count per column, none null or negative
     * @throws jakarta.validation.ConstraintViolationException if a label is missing, blank, too long
     *     or repeated, the counts do not fit the labels ({@code shapeFitting}), or a count is
     *     negative ({@code countsNotNegative})
     */
    public CountTable(List<String> rows, List<String> columns, List<List<Long>> counts) {
        this.rows = FrozenCollections.copyOf(rows);
        this.columns = FrozenCollections.copyOf(columns);
        this.counts = counts == null ? null
                : FrozenCollections.copyOf(counts.stream().map(r -> r == null ? null : FrozenCollections.copyOf(r)).toList());
        RecordValidation.valid(this);
    }

    /**
     * Starts a table.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The count of a cell.
     *
     * @param row the row's index, from 0
     * @param column the column's index, from 0
     * @return the count
     * @throws IndexOutOfBoundsException if an index is outside the table
     */
    public long count(int row, int column) {
        return counts.get(row).get(column);
    }

    /**
     * The count of a cell, by labels.
     *
     * @param row the row's label, not null
     * @param column the column's label, not null
     * @return the count
     * @throws IllegalArgumentException if a label is not in the table
     */
    public long count(String row, String column) {
        return count(index(rows, row, "row"), index(columns, column, "column"));
    }

    /**
     * The sum of a row.
     *
     * @param row the row's index, from 0
     * @return the row total
     * @throws IndexOutOfBoundsException if the index is outside the table
     */
    public long rowTotal(int row) {
        long sum = 0;
        for (long n : counts.get(row)) {
            sum += n;
        }
        return sum;
    }

    /**
     * The sum of a column.
     *
     * @param column the column's index, from 0
     * @return the column total
     * @throws IndexOutOfBoundsException if the index is outside the table
     */
    public long columnTotal(int column) {
        Objects.checkIndex(column, columns.size());
        long sum = 0;
        for (List<Long> row : counts) {
            sum += row.get(column);
        }
        return sum;
    }

    /**
     * The sum of all cells.
     *
     * @return the grand total
     */
    public long total() {
        long sum = 0;
        for (int i = 0; i < rows.size(); i++) {
            sum += rowTotal(i);
        }
        return sum;
    }

    private static int index(List<String> labels, String label, String what) {
        int i = labels.indexOf(Objects.requireNonNull(label, what + " must not be null"));
        if (i < 0) {
            throw new IllegalArgumentException("no such " + what + ": " + label);
        }
        return i;
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.CountTable.shapeFitting.message}")
    private boolean isShapeFitting() {
        if (rows == null || columns == null || counts == null) {
            return true;
        }
        return counts.size() == rows.size() && counts.stream().allMatch(r -> r == null || r.size() == columns.size());
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.CountTable.countsNotNegative.message}")
    private boolean isCountsNotNegative() {
        return counts == null || counts.stream().filter(Objects::nonNull)
                .allMatch(r -> r.stream().allMatch(n -> n == null || n >= 0));
    }

    @AssertTrue(message = "{io.github.ankommen.statistics.CountTable.labelsUnique.message}")
    private boolean isLabelsUnique() {
        return (rows == null || new HashSet<>(rows).size() == rows.size())
                && (columns == null || new HashSet<>(columns).size() == columns.size());
    }

    /**
     * Collects counts into a table. Rows and columns declared with {@link #rows(List)} and
     * {@link #columns(List)} come first, in the declared order, and appear even if all their counts
     * are zero; labels that are only counted follow, in their natural (sorted) order. So the same
     * counts always give the same table. A builder is not thread-safe.
     */
    public static final class Builder {

        private final Set<String> declaredRows = new LinkedHashSet<>();
        private final Set<String> declaredColumns = new LinkedHashSet<>();
        private final Map<String, Map<String, Long>> cells = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares rows, in order.
         *
         * @param labels the labels, not null
         * @return this builder
         * @throws NullPointerException if the list is null
         */
        public Builder rows(List<String> labels) {
            declaredRows.addAll(Objects.requireNonNull(labels, "labels must not be null"));
            return this;
        }

        /**
         * Declares columns, in order.
         *
         * @param labels the labels, not null
         * @return this builder
         * @throws NullPointerException if the list is null
         */
        public Builder columns(List<String> labels) {
            declaredColumns.addAll(Objects.requireNonNull(labels, "labels must not be null"));
            return this;
        }

        /**
         * Adds one to a cell.
         *
         * @param row the row's label, not null
         * @param column the column's label, not null
         * @return this builder
         * @throws NullPointerException if a label is null
         */
        public Builder add(String row, String column) {
            return add(row, column, 1);
        }

        /**
         * Adds to a cell.
         *
         * @param row the row's label, not null
         * @param column the column's label, not null
         * @param n how much, not negative
         * @return this builder
         * @throws NullPointerException if a label is null
         * @throws IllegalArgumentException if n is negative
         */
        public Builder add(String row, String column, long n) {
            Objects.requireNonNull(row, "row must not be null");
            Objects.requireNonNull(column, "column must not be null");
            if (n < 0) {
                throw new IllegalArgumentException("a count must not be negative");
            }
            cells.computeIfAbsent(row, r -> new LinkedHashMap<>()).merge(column, n, Long::sum);
            return this;
        }

        /**
         * Builds the table.
         *
         * @return the table
         * @throws jakarta.validation.ConstraintViolationException if a label is blank or too long
         */
        public CountTable build() {
            List<String> rowLabels = order(declaredRows, cells.keySet());
            Set<String> counted = new TreeSet<>();
            cells.values().forEach(m -> counted.addAll(m.keySet()));
            List<String> columnLabels = order(declaredColumns, counted);
            List<List<Long>> counts = new ArrayList<>();
            for (String row : rowLabels) {
                Map<String, Long> cellsOfRow = cells.getOrDefault(row, Map.of());
                counts.add(columnLabels.stream().map(c -> cellsOfRow.getOrDefault(c, 0L)).toList());
            }
            return new CountTable(rowLabels, columnLabels, counts);
        }

        private static List<String> order(Set<String> declared, Set<String> counted) {
            List<String> labels = new ArrayList<>(declared);
            new TreeSet<>(counted).stream().filter(l -> !declared.contains(l)).forEach(labels::add);
            return labels;
        }
    }
}
