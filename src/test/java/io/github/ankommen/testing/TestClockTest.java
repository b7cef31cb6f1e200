package io.github.ankommen.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.calendar.WorkingDays;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TestClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void standsStillUntilMovedAndSharesTimeAcrossZones() {
        TestClock clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), BERLIN);
        TestClock utc = clock.withZone(ZoneId.of("UTC"));
        assertEquals(Instant.parse("2018-06-04T08:00:00Z"), clock.instant());
        clock.advance(Duration.ofHours(3));
        assertEquals(Instant.parse("2018-06-04T11:00:00Z"), utc.instant());
        assertEquals(ZoneId.of("UTC"), utc.getZone());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
        clock.set(Instant.parse("2016-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2016-01-01T00:00:00Z"), utc.instant());
    }

    @Test
    void advancesByWorkingDaysOverHolidaysAndTheClockChange() {
        WorkingDays nrw = WorkingDays.of(HolidayCalendar.nrw());
        // Thursday 29 March 2018, 10:00 in Berlin; Good Friday, the weekend, Easter Monday and the
        // change to summer time lie ahead.
        TestClock clock = TestClock.at(ZonedDateTime.of(2018, 3, 29, 10, 0, 0, 0, BERLIN).toInstant(), BERLIN);
        clock.advanceWorkingDays(1, nrw);
        assertEquals(ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, BERLIN).toInstant(), clock.instant());
        clock.advanceWorkingDays(0, nrw);
        assertEquals(ZonedDateTime.of(2018, 4, 3, 10, 0, 0, 0, BERLIN).toInstant(), clock.instant());
        assertThrows(IllegalArgumentException.class, () -> clock.advanceWorkingDays(-1, nrw));
    }
}
