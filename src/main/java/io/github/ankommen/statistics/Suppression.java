package io.github.ankommen.statistics;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.Min;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Protects small cells: counts from 1 to k - 1 are never published, and no suppressed figure can be
 * recomputed from the published ones.
 *
 * <p>The rules, applied to the table extended by its row totals, column totals and grand total (a
 * "line" is a row or a column of the extended table, together with its total):
 * <ol>
 *   <li><b>Primary.</b> Every figure, cell or total, from 1 to k - 1 is suppressed. Zeros are
 *       published as 0.</li>
 *   <li><b>Secondary, by lines.</b> While some line has exactly one suppressed figure, the smallest
 *       non-zero published figure of that line is suppressed too (the first, in table order, if
 *       several are equally small; cells come before the line's total).</li>
 *   <li><b>Secondary, by equations.</b> While some suppressed figure is still determined by the
 *       linear equations of the rows and columns (it lies on no cycle of suppressed figures), the
 *       smallest non-zero published figure that puts it on such a cycle is suppressed too, or, if
 *       none can, the smallest that joins its part of the table to another. Then rule 2 runs
 *       again.</li>
 * </ol>
 * Each step only adds suppressions, so the process ends. Afterwards every line has none or at least
 * two suppressed figures, and no suppressed figure can be solved from the published figures by the
 * row and column sums. The result is the same for the same table. This class is immutable and
 * thread-safe.
 *
 * @param k the threshold, at least 1; counts from 1 to k - 1 are suppressed; 1 suppresses nothing
 * @since 0.1.0
 */
public record Suppression(@Min(1) int k) {

    /** The default threshold. */
    public static final int DEFAULT_K = 5;

    /**
     * Creates a suppression.
     *
     * @param k the threshold, at least 1
     * @throws jakarta.validation.ConstraintViolationException if k is less than 1
     */
    public Suppression(int k) {
        this.k = k;
        RecordValidation.valid(this);
    }

    /**
     * The default: k = {@value #DEFAULT_K}.
     *
     * @return the suppression
     */
    public static Suppression standard() {
        return new Suppression(DEFAULT_K);
    }

    /**
     * A suppression with a threshold.
     *
     * @param k the threshold, at least 1
     * @return the suppression
     * @throws jakarta.validation.ConstraintViolationException if k is less than 1
     */
    public static Suppression of(int k) {
        return new Suppression(k);
    }

    /**
     * Asks whether a count is small: from 1 to k - 1.
     *
     * @param count the count
     * @return true if it must not be published
     */
    public boolean isSmall(long count) {
        return count >= 1 && count < k;
    }

    /**
     * Suppresses a table.
     *
     * @param table the true counts, not null
     * @return the publishable table
     * @throws NullPointerException if the table is null
     */
    public SuppressedTable apply(CountTable table) {
        Objects.requireNonNull(table, "table must not be null");
        int rows = table.rows().size();
        int columns = table.columns().size();
        long[][] value = new long[rows + 1][columns + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                value[i][j] = table.count(i, j);
            }
            value[i][columns] = table.rowTotal(i);
        }
        for (int j = 0; j < columns; j++) {
            value[rows][j] = table.columnTotal(j);
        }
        value[rows][columns] = table.total();

        boolean[][] hidden = new boolean[rows + 1][columns + 1];
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                hidden[i][j] = isSmall(value[i][j]);
            }
        }
        while (true) {
            if (lineRule(value, hidden)) {
                continue;
            }
            if (!equationRule(value, hidden)) {
                break;
            }
        }

        List<List<Cell>> cells = new ArrayList<>();
        List<Cell> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<Cell> line = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                line.add(cell(value[i][j], hidden[i][j]));
            }
            cells.add(line);
            rowTotals.add(cell(value[i][columns], hidden[i][columns]));
        }
        List<Cell> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            columnTotals.add(cell(value[rows][j], hidden[rows][j]));
        }
        return new SuppressedTable(table.rows(), table.columns(), cells, rowTotals, columnTotals,
                cell(value[rows][columns], hidden[rows][columns]), k);
    }

    private static Cell cell(long value, boolean hidden) {
        return hidden ? Cell.SUPPRESSED : Cell.of(value);
    }

    /** Rule 2, one pass over all lines; true if anything was suppressed. */
    private static boolean lineRule(long[][] value, boolean[][] hidden) {
        int height = value.length;
        int width = value[0].length;
        boolean changed = false;
        for (int i = 0; i < height; i++) {
            int count = 0;
            for (int j = 0; j < width; j++) {
                count += hidden[i][j] ? 1 : 0;
            }
            if (count == 1) {
                int best = -1;
                for (int j = 0; j < width; j++) {
                    if (!hidden[i][j] && value[i][j] > 0 && (best < 0 || value[i][j] < value[i][best])) {
                        best = j;
                    }
                }
                if (best >= 0) {
                    hidden[i][best] = true;
                    changed = true;
                }
            }
        }
        for (int j = 0; j < width; j++) {
            int count = 0;
            for (int i = 0; i < height; i++) {
                count += hidden[i][j] ? 1 : 0;
            }
            if (count == 1) {
                int best = -1;
                for (int i = 0; i < height; i++) {
                    if (!hidden[i][j] && value[i][j] > 0 && (best < 0 || value[i][j] < value[best][j])) {
                        best = i;
                    }
                }
                if (best >= 0) {
                    hidden[best][j] = true;
                    changed = true;
                }
            }
        }
        return changed;
    }

    /**
     * Rule 3: finds the first suppressed figure that lies on no cycle of suppressed figures (a bridge
     * of the bipartite graph of lines) and suppresses one more figure for it; true if it did.
     *
     * <p>Rows of the extended table are vertices 0 to height - 1, columns height to height + width
     * - 1, and a suppressed figure is an edge between its row and its column. The row and column
     * equations have exactly the cycles of this graph as their null space, so a suppressed figure is
     * determined exactly when its edge is a bridge.
     */
    private static boolean equationRule(long[][] value, boolean[][] hidden) {
        int height = value.length;
        int width = value[0].length;
        for (int i = 0; i < height; i++) {
            for (int j = 0; j < width; j++) {
                if (!hidden[i][j]) {
                    continue;
                }
                hidden[i][j] = false;
                boolean[] rowSide = reach(hidden, i);
                hidden[i][j] = true;
                if (rowSide[height + j]) {
                    continue;
                }
                hidden[i][j] = false;
                boolean[] columnSide = reach(hidden, height + j);
                hidden[i][j] = true;
                int[] best = null;
                int[] joining = null;
                for (int a = 0; a < height; a++) {
                    for (int b = 0; b < width; b++) {
                        if (hidden[a][b] || value[a][b] == 0) {
                            continue;
                        }
                        boolean closes = rowSide[a] && columnSide[height + b] || columnSide[a] && rowSide[height + b];
                        boolean joins = columnSide[a] != columnSide[height + b];
                        if (closes && (best == null || value[a][b] < value[best[0]][best[1]])) {
                            best = new int[] {a, b};
                        }
                        if (joins && (joining == null || value[a][b] < value[joining[0]][joining[1]])) {
                            joining = new int[] {a, b};
                        }
                    }
                }
                int[] chosen = best != null ? best : joining;
                if (chosen != null) {
                    hidden[chosen[0]][chosen[1]] = true;
                    return true;
                }
            }
        }
        return false;
    }

    /** The vertices reachable from a start over suppressed figures. */
    private static boolean[] reach(boolean[][] hidden, int start) {
        int height = hidden.length;
        int width = hidden[0].length;
        boolean[] seen = new boolean[height + width];
        Deque<Integer> todo = new ArrayDeque<>();
        seen[start] = true;
        todo.add(start);
        while (!todo.isEmpty()) {
            int v = todo.poll();
            if (v < height) {
                for (int b = 0; b < width; b++) {
                    if (hidden[v][b] && !seen[height + b]) {
                        seen[height + b] = true;
                        todo.add(height + b);
                    }
                }
            } else {
                for (int a = 0; a < height; a++) {
                    if (hidden[a][v - height] && !seen[a]) {
                        seen[a] = true;
                        todo.add(a);
                    }
                }
            }
        }
        return seen;
    }
}
