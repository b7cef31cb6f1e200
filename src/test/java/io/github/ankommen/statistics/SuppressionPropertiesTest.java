package io.github.ankommen.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of small-cell suppression over random tables and thresholds. The table is drawn from a
 * seed that QuickTheories reports on failure, so any failing table can be rebuilt. The check that no
 * suppressed figure is determined is independent of the implementation: it solves the row and column
 * equations by linear algebra (ranks), where the implementation looks for bridges in a graph.
 */
class SuppressionPropertiesTest {

    /** A random table: 1 to 6 rows and columns; many zeros, many small counts, some large ones. */
    static CountTable table(long seed) {
        Random random = new Random(seed);
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(6);
        int zeroPercent = random.nextInt(60);
        int smallPercent = random.nextInt(70);
        List<String> rowLabels = new ArrayList<>();
        List<String> columnLabels = new ArrayList<>();
        List<List<Long>> counts = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            columnLabels.add("c" + j);
        }
        for (int i = 0; i < rows; i++) {
            rowLabels.add("r" + i);
            List<Long> row = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                int p = random.nextInt(100);
                row.add(p < zeroPercent ? 0L : p < zeroPercent + smallPercent * (100 - zeroPercent) / 100
                        ? 1L + random.nextInt(9) : 1L + random.nextInt(60));
            }
            counts.add(row);
        }
        return new CountTable(rowLabels, columnLabels, counts);
    }

    @Test
    void noPublishedFigureIsSmallAndEveryPublishedFigureIsTrue() {
        qt().withExamples(1000).forAll(longs().all(), integers().between(1, 10)).checkAssert((seed, k) -> {
            CountTable table = table(seed);
            SuppressedTable published = Suppression.of(k).apply(table);
            long[][] truth = extended(table);
            Cell[][] cells = extended(published);
            for (int i = 0; i < truth.length; i++) {
                for (int j = 0; j < truth[0].length; j++) {
                    if (!cells[i][j].suppressed()) {
                        assertEquals(truth[i][j], cells[i][j].count());
                        assertFalse(truth[i][j] >= 1 && truth[i][j] < k, "published a small figure");
                    } else {
                        assertTrue(truth[i][j] > 0, "suppressed a zero");
                    }
                }
            }
        });
    }

    @Test
    void everyLineHasNoneOrAtLeastTwoSuppressedFigures() {
        qt().withExamples(1000).forAll(longs().all(), integers().between(2, 10)).checkAssert((seed, k) -> {
            Cell[][] cells = extended(Suppression.of(k).apply(table(seed)));
            for (Cell[] row : cells) {
                int n = 0;
                for (Cell c : row) {
                    n += c.suppressed() ? 1 : 0;
                }
                assertTrue(n == 0 || n >= 2, "a row with exactly one suppressed figure");
            }
            for (int j = 0; j < cells[0].length; j++) {
                int n = 0;
                for (Cell[] row : cells) {
                    n += row[j].suppressed() ? 1 : 0;
                }
                assertTrue(n == 0 || n >= 2, "a column with exactly one suppressed figure");
            }
        });
    }

    @Test
    void noSuppressedFigureIsDeterminedByTheRowAndColumnSums() {
        qt().withExamples(600).forAll(longs().all(), integers().between(2, 10)).checkAssert((seed, k) -> {
            Cell[][] cells = extended(Suppression.of(k).apply(table(seed)));
            List<int[]> unknowns = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                for (int j = 0; j < cells[0].length; j++) {
                    if (cells[i][j].suppressed()) {
                        unknowns.add(new int[] {i, j});
                    }
                }
            }
            int full = rank(equations(cells.length, cells[0].length, unknowns));
            for (int e = 0; e < unknowns.size(); e++) {
                List<int[]> others = new ArrayList<>(unknowns);
                others.remove(e);
                int without = rank(equations(cells.length, cells[0].length, others));
                assertEquals(without, full, "suppressed figure " + List.of(unknowns.get(e)[0], unknowns.get(e)[1])
                        + " can be solved from the published figures");
            }
        });
    }

    @Test
    void suppressionIsDeterministic() {
        qt().withExamples(200).forAll(longs().all(), integers().between(2, 10)).checkAssert((seed, k) ->
                assertEquals(Suppression.of(k).apply(table(seed)), Suppression.of(k).apply(table(seed))));
    }

    /**
     * The equations over the unknowns: for every line of the extended table, the cells minus the
     * total are zero. Published figures are constants and drop out of the coefficient matrix.
     */
    static double[][] equations(int height, int width, List<int[]> unknowns) {
        double[][] a = new double[height + width][unknowns.size()];
        for (int u = 0; u < unknowns.size(); u++) {
            int i = unknowns.get(u)[0];
            int j = unknowns.get(u)[1];
            a[i][u] = j == width - 1 ? -1 : 1;
            a[height + j][u] = i == height - 1 ? -1 : 1;
        }
        return a;
    }

    /** The rank, by Gaussian elimination; the matrices are small and hold -1, 0 and 1. */
    static int rank(double[][] matrix) {
        if (matrix.length == 0 || matrix[0].length == 0) {
            return 0;
        }
        double[][] a = new double[matrix.length][];
        for (int i = 0; i < matrix.length; i++) {
            a[i] = matrix[i].clone();
        }
        int rank = 0;
        for (int col = 0; col < a[0].length && rank < a.length; col++) {
            int pivot = -1;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][col]) > 1e-9 && (pivot < 0 || Math.abs(a[r][col]) > Math.abs(a[pivot][col]))) {
                    pivot = r;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            for (int r = 0; r < a.length; r++) {
                if (r != rank && Math.abs(a[r][col]) > 1e-9) {
                    double f = a[r][col] / a[rank][col];
                    for (int c = col; c < a[0].length; c++) {
                        a[r][c] -= f * a[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    static long[][] extended(CountTable t) {
        int h = t.rows().size();
        int w = t.columns().size();
        long[][] v = new long[h + 1][w + 1];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                v[i][j] = t.count(i, j);
            }
            v[i][w] = t.rowTotal(i);
        }
        for (int j = 0; j < w; j++) {
            v[h][j] = t.columnTotal(j);
        }
        v[h][w] = t.total();
        return v;
    }

    static Cell[][] extended(SuppressedTable t) {
        int h = t.rows().size();
        int w = t.columns().size();
        Cell[][] v = new Cell[h + 1][w + 1];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                v[i][j] = t.cell(i, j);
            }
            v[i][w] = t.rowTotals().get(i);
        }
        for (int j = 0; j < w; j++) {
            v[h][j] = t.columnTotals().get(j);
        }
        v[h][w] = t.total();
        return v;
    }
}
