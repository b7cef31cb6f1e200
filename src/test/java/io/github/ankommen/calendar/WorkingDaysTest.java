package io.github.ankommen.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final WorkingDays NRW = WorkingDays.of(HolidayCalendar.nrw());
    private static final LocalDate FRIDAY = LocalDate.of(2025, 5, 2);

    @Test
    void weekendsAndHolidaysAreNotWorkingDays() {
        assertTrue(NRW.isWorkingDay(FRIDAY));
        assertFalse(NRW.isWorkingDay(FRIDAY.plusDays(1)));
        assertFalse(NRW.isWorkingDay(FRIDAY.plusDays(2)));
        assertFalse(NRW.isWorkingDay(LocalDate.of(2025, 5, 1)), "Labour Day");
        assertTrue(WorkingDays.of(HolidayCalendar.none()).isWorkingDay(LocalDate.of(2025, 5, 1)));
    }

    @Test
    void plusSkipsWeekendsAndHolidays() {
        assertEquals(LocalDate.of(2025, 5, 6), NRW.plus(FRIDAY, 2));
        assertEquals(FRIDAY, NRW.plus(FRIDAY, 0));
        assertEquals(LocalDate.of(2025, 4, 30), NRW.plus(FRIDAY, -1), "skips Labour Day");
        // Thursday before Easter 2025, plus one: Good Friday and Easter Monday are skipped.
        assertEquals(LocalDate.of(2025, 4, 22), NRW.plus(LocalDate.of(2025, 4, 17), 1));
        assertEquals(LocalDate.of(2025, 4, 22), NRW.plus(LocalDate.of(2025, 4, 19), 1), "from a Saturday");
    }

    @Test
    void betweenCountsWorkingDaysAfterTheFirstUpToTheSecond() {
        assertEquals(1, NRW.between(FRIDAY, FRIDAY.plusDays(3)));
        assertEquals(0, NRW.between(FRIDAY, FRIDAY));
        assertEquals(0, NRW.between(FRIDAY, FRIDAY.plusDays(2)));
        assertEquals(-1, NRW.between(FRIDAY.plusDays(3), FRIDAY));
        // 261 weekdays in 2025, ten of them holidays (All Saints' Day is a Saturday).
        assertEquals(251, NRW.between(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)));
    }

    @Test
    void betweenUndoesPlusOnWorkingDays() {
        // The first working day from a random day on, rather than an assumption that throws away a
        // third of the examples (and can run out of them).
        qt().forAll(integers().between(0, 20_000), integers().between(-400, 400))
                .checkAssert((day, n) -> {
                    LocalDate a = LocalDate.of(2000, 1, 3).plusDays(day);
                    while (!NRW.isWorkingDay(a)) {
                        a = a.plusDays(1);
                    }
                    LocalDate b = NRW.plus(a, n);
                    assertEquals(n, NRW.between(a, b), a + " plus " + n + " is " + b);
                    assertTrue(n == 0 || NRW.isWorkingDay(b), b + " is not a working day");
                });
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> WorkingDays.of(null));
        assertThrows(NullPointerException.class, () -> NRW.plus(null, 1));
        assertThrows(NullPointerException.class, () -> NRW.between(FRIDAY, null));
        assertThrows(NullPointerException.class, () -> NRW.isWorkingDay(null));
    }
}
