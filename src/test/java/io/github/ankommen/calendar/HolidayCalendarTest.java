package io.github.ankommen.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static final HolidayCalendar NRW = HolidayCalendar.nrw();

    @Test
    void easterMatchesPublishedDates() {
        assertEquals(LocalDate.of(2024, 3, 31), HolidayCalendar.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), HolidayCalendar.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), HolidayCalendar.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), HolidayCalendar.easterSunday(2027));
        assertEquals(LocalDate.of(2038, 4, 25), HolidayCalendar.easterSunday(2038));
        assertEquals(LocalDate.of(2285, 3, 22), HolidayCalendar.easterSunday(2285));
        // The extremes and the two exceptions of the Gregorian rules.
        assertEquals(LocalDate.of(1818, 3, 22), HolidayCalendar.easterSunday(1818));
        assertEquals(LocalDate.of(1943, 4, 25), HolidayCalendar.easterSunday(1943));
        assertEquals(LocalDate.of(1954, 4, 18), HolidayCalendar.easterSunday(1954));
        assertEquals(LocalDate.of(1981, 4, 19), HolidayCalendar.easterSunday(1981));
        assertEquals(LocalDate.of(1583, 4, 10), HolidayCalendar.easterSunday(1583));
    }

    @Test
    void easterIsASundayBetweenMarch22AndApril25InEveryYear() {
        qt().forAll(integers().between(1583, 4099)).checkAssert(year -> {
            LocalDate easter = HolidayCalendar.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter " + year);
            assertFalse(easter.isBefore(LocalDate.of(year, 3, 22)), "Easter " + year);
            assertFalse(easter.isAfter(LocalDate.of(year, 4, 25)), "Easter " + year);
        });
    }

    @Test
    void yearsOutsideTheRangeAreRefused() {
        assertThrows(DateTimeException.class, () -> HolidayCalendar.easterSunday(1582));
        assertThrows(DateTimeException.class, () -> HolidayCalendar.easterSunday(4100));
        assertThrows(DateTimeException.class, () -> NRW.isHoliday(LocalDate.of(1500, 6, 1)));
    }

    @Test
    void nrw2025HasExactlyItsElevenHolidays() {
        assertEquals(List.of(
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 21),
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 29), LocalDate.of(2025, 6, 9),
                LocalDate.of(2025, 6, 19), LocalDate.of(2025, 10, 3), LocalDate.of(2025, 11, 1),
                LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26)), holidays(NRW, 2025));
    }

    @Test
    void nrw2026MovableHolidaysFollowEaster() {
        assertTrue(NRW.isHoliday(LocalDate.of(2026, 4, 3)), "Karfreitag");
        assertTrue(NRW.isHoliday(LocalDate.of(2026, 4, 6)), "Ostermontag");
        assertTrue(NRW.isHoliday(LocalDate.of(2026, 5, 14)), "Christi Himmelfahrt");
        assertTrue(NRW.isHoliday(LocalDate.of(2026, 5, 25)), "Pfingstmontag");
        assertTrue(NRW.isHoliday(LocalDate.of(2026, 6, 4)), "Fronleichnam");
        assertEquals(11, holidays(NRW, 2026).size());
    }

    @Test
    void reformationDayIsAHolidayOnlyIn2017() {
        assertTrue(NRW.isHoliday(LocalDate.of(2017, Month.OCTOBER, 31)));
        assertFalse(NRW.isHoliday(LocalDate.of(2018, Month.OCTOBER, 31)));
        assertEquals(12, holidays(NRW, 2017).size());
    }

    @Test
    void othersStatesHolidaysAreNotNrwHolidays() {
        assertFalse(NRW.isHoliday(LocalDate.of(2025, 1, 6)), "Heilige Drei Könige is not a holiday in NRW");
        assertFalse(NRW.isHoliday(LocalDate.of(2025, 8, 15)), "Mariä Himmelfahrt is not a holiday in NRW");
        assertFalse(NRW.isHoliday(LocalDate.of(2025, 12, 24)), "Heiligabend is not a public holiday");
    }

    @Test
    void municipalitiesAddTheirOwnDays() {
        LocalDate rosenmontag = LocalDate.of(2026, 2, 16);
        assertFalse(NRW.isHoliday(rosenmontag));
        HolidayCalendar cologne = NRW.withExtraHolidays(Set.of(rosenmontag));
        assertTrue(cologne.isHoliday(rosenmontag));
        assertTrue(cologne.isHoliday(LocalDate.of(2026, 1, 1)));
        HolidayCalendar combined = HolidayCalendar.none().and(date -> date.getDayOfMonth() == 13);
        assertTrue(combined.isHoliday(LocalDate.of(2026, 3, 13)));
        assertFalse(combined.isHoliday(LocalDate.of(2026, 1, 1)));
        assertFalse(HolidayCalendar.none().isHoliday(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void nullsAreRefused() {
        assertThrows(NullPointerException.class, () -> NRW.isHoliday(null));
        assertThrows(NullPointerException.class, () -> HolidayCalendar.none().isHoliday(null));
        assertThrows(NullPointerException.class, () -> NRW.and(null));
        assertThrows(NullPointerException.class, () -> NRW.withExtraHolidays(null));
    }

    private static List<LocalDate> holidays(HolidayCalendar calendar, int year) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isHoliday(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
