package io.github.ankommen.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Sunday of the spring-forward change in Europe/Berlin: 02:00 CET becomes 03:00 CEST (01:00 UTC). */
    private static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    /** Sunday of the fall-back change in Europe/Berlin: 03:00 CEST becomes 02:00 CET (01:00 UTC). */
    private static final LocalDate FALL = LocalDate.of(2026, 10, 25);
    /** A Monday in a normal week. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private static Instant local(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), BERLIN).toInstant();
    }

    private static Instant utc(String text) {
        return Instant.parse(text);
    }

    private static OpeningHours sundays(int openHour, int openMinute, int closeHour, int closeMinute) {
        return OpeningHours.of(List.of(WeeklySlot.open(DayOfWeek.SUNDAY, LocalTime.of(openHour, openMinute),
                LocalTime.of(closeHour, closeMinute))), List.of());
    }

    @Test
    void defaultZoneIsBerlin() {
        assertEquals(BERLIN, OpeningHours.DEFAULT_ZONE);
        assertEquals(BERLIN, Samples.hours().zone());
        assertEquals(BERLIN, OpeningHours.none().zone());
        assertEquals(Optional.empty(), OpeningHours.none().nextOpening(local(MONDAY, 9, 0)));
    }

    @Test
    void normalWeek() {
        OpeningHours hours = Samples.hours();
        assertFalse(hours.isOpenAt(local(MONDAY, 8, 59)));
        assertTrue(hours.isOpenAt(local(MONDAY, 9, 0)), "opening time is inclusive");
        assertTrue(hours.isOpenAt(local(MONDAY, 11, 59)));
        assertFalse(hours.isOpenAt(local(MONDAY, 12, 0)), "closing time is exclusive");
        assertFalse(hours.isOpenAt(local(MONDAY.plusDays(1), 10, 0)), "no slot on Tuesday");
        assertEquals(Optional.of(local(MONDAY, 9, 0)), hours.nextOpening(local(MONDAY, 7, 0)));
        assertEquals(Optional.of(local(MONDAY, 10, 15)), hours.nextOpening(local(MONDAY, 10, 15)), "open now");
        assertEquals(Optional.of(local(MONDAY.plusDays(2), 9, 0)), hours.nextOpening(local(MONDAY, 12, 0)));
        assertEquals(Optional.of(local(MONDAY.plusDays(7), 9, 0)), hours.nextOpening(local(MONDAY.plusDays(2), 12, 0)),
                "over the weekend to next Monday; Thursday is by appointment only");
    }

    @Test
    void appointmentOnlySlotsAreNotWalkInOpening() {
        OpeningHours hours = Samples.hours();
        Instant thursday = local(MONDAY.plusDays(3), 15, 0);
        assertFalse(hours.isOpenAt(thursday));
        assertTrue(hours.isOpenAt(thursday, SlotKind.APPOINTMENT_ONLY));
        assertFalse(hours.isOpenAt(local(MONDAY, 10, 0), SlotKind.APPOINTMENT_ONLY));
        assertEquals(Optional.of(local(MONDAY.plusDays(3), 14, 0)), hours.nextOpening(local(MONDAY, 10, 0),
                SlotKind.APPOINTMENT_ONLY));
    }

    @Test
    void holidayClosesTheDay() {
        OpeningHours hours = Samples.hours().withClosure(Closure.holiday(MONDAY, "Pfingstmontag"));
        assertTrue(hours.isClosedOn(MONDAY));
        assertFalse(hours.isOpenAt(local(MONDAY, 10, 0)));
        assertTrue(hours.isOpenAt(local(MONDAY.plusDays(2), 10, 0)));
        assertEquals(Optional.of(local(MONDAY.plusDays(2), 9, 0)), hours.nextOpening(local(MONDAY, 8, 0)));
    }

    @Test
    void temporaryClosureSkipsWeeks() {
        OpeningHours hours = Samples.hours().withClosure(Closure.of(ValidityPeriod.of(MONDAY, MONDAY.plusDays(15)),
                ClosureKind.TEMPORARY_CLOSURE, "Renovierung"));
        assertFalse(hours.isOpenAt(local(MONDAY.plusDays(9), 10, 0)));
        assertEquals(Optional.of(local(MONDAY.plusDays(16), 9, 0)), hours.nextOpening(local(MONDAY, 8, 0)),
                "the Wednesday after the closure");
        OpeningHours forGood = Samples.hours().withClosure(Closure.of(ValidityPeriod.ofOpenEnd(MONDAY), ClosureKind.TEMPORARY_CLOSURE,
                "Umzug, Termin offen"));
        assertEquals(Optional.empty(), forGood.nextOpening(local(MONDAY, 8, 0)));
        assertEquals(Optional.of(local(MONDAY.minusDays(5), 9, 0)), forGood.nextOpening(local(MONDAY.minusDays(7), 12, 0)),
                "still open before the closure starts");
    }

    @Test
    void springForwardShortensASlotThatSpansTheGap() {
        OpeningHours hours = sundays(1, 30, 3, 30);
        assertFalse(hours.isOpenAt(utc("2026-03-29T00:29:59Z")));
        assertTrue(hours.isOpenAt(utc("2026-03-29T00:30:00Z")), "01:30 CET");
        assertTrue(hours.isOpenAt(utc("2026-03-29T00:59:59Z")), "01:59:59 CET");
        assertTrue(hours.isOpenAt(utc("2026-03-29T01:00:00Z")), "03:00 CEST, right after the gap");
        assertTrue(hours.isOpenAt(utc("2026-03-29T01:29:59Z")));
        assertFalse(hours.isOpenAt(utc("2026-03-29T01:30:00Z")), "03:30 CEST: one real hour in all");
    }

    @Test
    void springForwardSwallowsASlotInsideTheGap() {
        OpeningHours hours = sundays(2, 0, 3, 0);
        for (Instant t = utc("2026-03-28T23:00:00Z"); t.isBefore(utc("2026-03-29T03:00:00Z")); t = t.plusSeconds(60)) {
            assertFalse(hours.isOpenAt(t), t.toString());
        }
        assertEquals(Optional.of(local(SPRING.plusDays(7), 2, 0)), hours.nextOpening(utc("2026-03-28T12:00:00Z")),
                "next Sunday, 02:00 CEST");
        assertEquals(utc("2026-04-05T00:00:00Z"), local(SPRING.plusDays(7), 2, 0));
    }

    @Test
    void aSlotSwallowedByTheGapIsFoundAWeekLater() {
        // Found by NetworkPropertiesTest: the search must look beyond the week of the change.
        OpeningHours hours = OpeningHours.of(List.of(
                WeeklySlot.byAppointment(DayOfWeek.SUNDAY, LocalTime.of(2, 0), LocalTime.of(2, 15))), List.of());
        assertEquals(Optional.of(utc("2026-04-05T00:00:00Z")),
                hours.nextOpening(utc("2026-03-24T23:00:00Z"), SlotKind.APPOINTMENT_ONLY));
    }

    @Test
    void springForwardOpensAtTheEndOfTheGap() {
        OpeningHours hours = sundays(2, 30, 4, 0);
        assertEquals(Optional.of(utc("2026-03-29T01:00:00Z")), hours.nextOpening(utc("2026-03-28T20:00:00Z")),
                "02:30 does not exist; the first local time inside the slot is 03:00 CEST");
    }

    @Test
    void fallBackLengthensASlotThatSpansTheRepeatedHour() {
        OpeningHours hours = sundays(2, 0, 3, 0);
        assertFalse(hours.isOpenAt(utc("2026-10-24T23:59:59Z")));
        assertTrue(hours.isOpenAt(utc("2026-10-25T00:00:00Z")), "02:00 CEST");
        assertTrue(hours.isOpenAt(utc("2026-10-25T00:59:59Z")), "02:59:59 CEST");
        assertTrue(hours.isOpenAt(utc("2026-10-25T01:00:00Z")), "02:00 CET, the second time");
        assertTrue(hours.isOpenAt(utc("2026-10-25T01:59:59Z")));
        assertFalse(hours.isOpenAt(utc("2026-10-25T02:00:00Z")), "03:00 CET: two real hours in all");
        assertEquals(Optional.of(utc("2026-10-25T00:00:00Z")), hours.nextOpening(utc("2026-10-24T12:00:00Z")));
    }

    @Test
    void fallBackReentersASlotWhenTheClockRepeats() {
        OpeningHours hours = sundays(2, 0, 2, 30);
        assertTrue(hours.isOpenAt(utc("2026-10-25T00:10:00Z")), "02:10 CEST");
        assertFalse(hours.isOpenAt(utc("2026-10-25T00:45:00Z")), "02:45 CEST");
        assertEquals(Optional.of(utc("2026-10-25T01:00:00Z")), hours.nextOpening(utc("2026-10-25T00:45:00Z")),
                "02:00 CET, the second 02:00 of the night");
    }

    @Test
    void nextOpeningAcrossTheChangesKeepsLocalTime() {
        OpeningHours hours = OpeningHours.of(List.of(
                WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                WeeklySlot.open(DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of());
        assertEquals(Optional.of(utc("2026-03-30T07:00:00Z")), hours.nextOpening(utc("2026-03-27T12:00:00Z")),
                "Friday before: 09:00 CET is 08:00 UTC; Monday after: 09:00 CEST is 07:00 UTC");
        assertEquals(Optional.of(utc("2026-10-26T08:00:00Z")), hours.nextOpening(utc("2026-10-23T11:00:00Z")),
                "Monday after fall-back: 09:00 CET is 08:00 UTC");
        assertTrue(hours.isOpenAt(utc("2026-03-27T08:00:00Z")));
        assertFalse(hours.isOpenAt(utc("2026-03-30T10:30:00Z")), "12:30 CEST");
    }

    @Test
    void otherZonesUseTheirOwnWallClock() {
        OpeningHours hours = Samples.hours().withZone(ZoneId.of("America/New_York"));
        LocalDateTime mondayNine = MONDAY.atTime(9, 0);
        assertTrue(hours.isOpenAt(mondayNine.atZone(ZoneId.of("America/New_York")).toInstant()));
        assertFalse(hours.isOpenAt(mondayNine.atZone(BERLIN).toInstant()));
    }

    @Test
    void slotsThatTouchOrLieOnOtherDaysDoNotOverlap() {
        WeeklySlot morning = WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        WeeklySlot afternoon = WeeklySlot.byAppointment(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(14, 0));
        WeeklySlot tuesday = WeeklySlot.open(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertFalse(morning.overlaps(afternoon));
        assertFalse(morning.overlaps(tuesday));
        assertEquals(3, OpeningHours.of(List.of(morning, afternoon, tuesday), List.of()).weeklySlots().size());
        assertTrue(morning.overlaps(WeeklySlot.open(DayOfWeek.MONDAY, LocalTime.of(11, 59), LocalTime.of(13, 0))));
        Violations.assertRejected(() -> OpeningHours.of(List.of(morning, morning), List.of()), "weeklySlotsDisjoint");
    }

    @Test
    void closureReasonIsNotInToString() {
        Closure closure = Closure.of(ValidityPeriod.of(MONDAY, MONDAY.plusDays(2)), ClosureKind.TEMPORARY_CLOSURE,
                "Frau Beispiel ist krank");
        assertFalse(closure.toString().contains("Beispiel"), closure.toString());
        assertTrue(closure.toString().contains("2026-06-08/2026-06-10"), closure.toString());
    }
}
