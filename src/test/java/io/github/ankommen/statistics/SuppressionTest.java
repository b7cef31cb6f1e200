package io.github.ankommen.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void builderOrdersDeclaredLabelsFirstThenSortedOnes() {
        CountTable t = CountTable.builder().columns(List.of("z", "a")).add("r2", "m", 2).add("r1", "a").add("r1", "a")
                .build();
        assertEquals(List.of("r1", "r2"), t.rows());
        assertEquals(List.of("z", "a", "m"), t.columns());
        assertEquals(2, t.count("r1", "a"));
        assertEquals(0, t.count("r1", "z"));
        assertEquals(2, t.rowTotal(1));
        assertEquals(2, t.columnTotal(1));
        assertEquals(4, t.total());
        assertThrows(IllegalArgumentException.class, () -> t.count("r3", "a"));
        assertThrows(IllegalArgumentException.class, () -> CountTable.builder().add("r", "c", -1));
    }

    @Test
    void aSmallCellIsHiddenWithAPartnerInItsRowAndColumn() {
        CountTable t = new CountTable(List.of("Brackel", "Eving"), List.of("walk-in", "phone"),
                List.of(List.of(2L, 10L), List.of(20L, 30L)));
        SuppressedTable s = Suppression.standard().apply(t);
        assertEquals("""
                         walk-in  phone  total
                Brackel        •      •     12
                Eving          •      •     50
                total         22     40     62
                """, s.toText());
        assertEquals(4, s.suppressedCount());
        assertEquals(Cell.of(62), s.total());
        assertTrue(s.cell("Brackel", "walk-in").value().isEmpty());
    }

    @Test
    void zerosArePublishedAndASmallRowTotalIsHidden() {
        CountTable t = new CountTable(List.of("a", "b", "c"), List.of("x", "y"),
                List.of(List.of(3L, 0L), List.of(7L, 8L), List.of(9L, 12L)));
        SuppressedTable s = Suppression.standard().apply(t);
        assertEquals(Cell.of(0), s.cell("a", "y"));
        assertTrue(s.cell("a", "x").suppressed());
        assertTrue(s.rowTotals().get(0).suppressed());
        assertEquals("*", s.rowTotals().get(0).toText("*"));
    }

    @Test
    void kOfOneSuppressesNothing() {
        CountTable t = new CountTable(List.of("a"), List.of("x"), List.of(List.of(1L)));
        assertEquals(0, Suppression.of(1).apply(t).suppressedCount());
        assertEquals(4, Suppression.of(2).apply(t).suppressedCount());
    }

    @Test
    void badInputIsAViolation() {
        assertEquals(Set.of("k"), paths(() -> Suppression.of(0)));
        assertEquals(Set.of("shapeFitting"),
                paths(() -> new CountTable(List.of("a"), List.of("x", "y"), List.of(List.of(1L)))));
        assertEquals(Set.of("countsNotNegative"),
                paths(() -> new CountTable(List.of("a"), List.of("x"), List.of(List.of(-1L)))));
        assertEquals(Set.of("labelsUnique"),
                paths(() -> new CountTable(List.of("a", "a"), List.of("x"), List.of(List.of(1L), List.of(2L)))));
        assertEquals(Set.of("rows", "columns", "counts"), paths(() -> new CountTable(null, null, null)));
        assertEquals(Set.of("countHidden"), paths(() -> new Cell(3, true)));
    }

    private static Set<String> paths(Runnable construction) {
        ConstraintViolationException e = assertThrows(ConstraintViolationException.class, construction::run);
        return e.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }
}
