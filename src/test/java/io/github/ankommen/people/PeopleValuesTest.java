package io.github.ankommen.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.network.WeeklySlot;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.testing.Samples;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure rules of the people package, without a store. */
class PeopleValuesTest {

    @Test
    void appointmentTimesLieOnTheGridOfASlotAndExistOnTheClock() {
        // Any sample opening hours, any day of two years around the clock changes, any length.
        qt().withExamples(300).forAll(longs().all(), integers().between(0, 730), integers().between(1, 12))
                .checkAssert((seed, day, step) -> {
                    ContactPoint site = Samples.seeded(seed).next(RecordKind.CONTACT_POINT);
                    OpeningHours hours = site.openingHours();
                    AppointmentRules rules = AppointmentRules.of(Duration.ofMinutes(5L * step), 2, 1);
                    LocalDate date = LocalDate.of(2018, 1, 1).plusDays(day);
                    List<LocalDateTime> times = rules.times(hours, HolidayCalendar.nrw(), date);
                    for (int i = 0; i < times.size(); i++) {
                        LocalDateTime t = times.get(i);
                        assertTrue(i == 0 || times.get(i - 1).isBefore(t), times.toString());
                        assertEquals(t, ZonedDateTime.of(t, hours.zone()).toLocalDateTime());
                        assertTrue(rules.capacityAt(hours, HolidayCalendar.nrw(), t) > 0);
                        WeeklySlot slot = hours.weeklySlots().stream()
                                .filter(s -> s.day() == t.getDayOfWeek() && s.contains(t.toLocalTime()))
                                .findFirst().orElseThrow();
                        long offset = Duration.between(slot.opens(), t.toLocalTime()).toMinutes();
                        assertEquals(0, offset % (5L * step));
                        assertFalse(t.toLocalTime().plus(rules.length()).isAfter(slot.closes()));
                    }
                    assertTrue(times.isEmpty() || !(hours.isClosedOn(date) || HolidayCalendar.nrw().isHoliday(date)));
                    assertEquals(0, rules.capacityAt(hours, HolidayCalendar.nrw(), date.atTime(0, 1)));
                });
    }

    @Test
    void aBookedSlotsKeyReadsBackAsItsId() {
        qt().withExamples(200).forAll(integers().between(0, 5_000_000), integers().between(0, 24 * 60 - 1))
                .checkAssert((days, minute) -> {
                    BookedSlotId id = BookedSlotId.of(ContactPointId.of("cp-" + days),
                            LocalDate.of(1000, 1, 1).plusDays(days % 3_000_000).atStartOfDay().plusMinutes(minute));
                    assertEquals(id, BookedSlotId.parse(id.key()));
                    assertTrue(id.key().length() <= 78);
                });
        assertThrows(ConstraintViolationException.class, () -> BookedSlotId.of(ContactPointId.of("cp"),
                LocalDateTime.of(2018, 6, 5, 14, 0, 30)));
    }

    @Test
    void aCertificateCountsFromItsDayForTheConfiguredValidity() {
        Volunteer v = PeopleContract.volunteer("v", io.github.ankommen.network.Language.ARABIC, Skill.MENTORING,
                LocalDate.of(2018, 1, 31));
        MinorsRule rule = MinorsRule.standard();
        assertFalse(rule.allows(v, LocalDate.of(2018, 1, 30)));
        assertTrue(rule.allows(v, LocalDate.of(2018, 1, 31)));
        assertTrue(rule.allows(v, LocalDate.of(2023, 1, 30)));
        assertFalse(rule.allows(v, LocalDate.of(2023, 1, 31)));
        assertTrue(MinorsRule.of(Period.ofYears(6)).allows(v, LocalDate.of(2023, 1, 31)));
        assertFalse(rule.allows(PeopleContract.volunteer("w", io.github.ankommen.network.Language.ARABIC,
                Skill.MENTORING, null), LocalDate.of(2018, 6, 1)));
        assertThrows(ConstraintViolationException.class, () -> MinorsRule.of(Period.ZERO));
        assertThrows(ConstraintViolationException.class, () -> MinorsRule.of(Period.ofYears(-1)));
    }

    @Test
    void aRequestIsAnsweredOnceBeforeItsDeadline() {
        InterpreterRequest pending = new InterpreterRequest(InterpreterRequestId.of("r"), InterpreterId.of("i"),
                ContactPointId.of("cp"), io.github.ankommen.network.Language.ARABIC, InterpretingMode.PHONE,
                LocalDateTime.of(2018, 6, 5, 9, 0), 60, null, null, java.time.Instant.parse("2018-06-05T00:00:00Z"),
                InterpreterAnswer.PENDING, null, io.github.ankommen.access.ActorId.of("a"),
                java.time.Instant.parse("2018-06-04T00:00:00Z"));
        assertFalse(pending.isUnmetAt(pending.answerBy()));
        assertTrue(pending.isUnmetAt(pending.answerBy().plusSeconds(1)));
        InterpreterRequest declined = pending.answered(false, pending.answerBy());
        assertTrue(declined.isUnmetAt(pending.requestedAt()));
        assertThrows(InterpreterRequestClosedException.class, () -> declined.answered(true, pending.answerBy()));
        assertThrows(InterpreterRequestClosedException.class,
                () -> pending.answered(true, pending.answerBy().plusSeconds(1)));
        assertThrows(ConstraintViolationException.class, () -> new InterpreterRequest(pending.id(),
                pending.interpreter(), pending.contactPoint(), pending.language(), pending.mode(), pending.start(), 60,
                null, null, pending.answerBy(), InterpreterAnswer.CONFIRMED, null, pending.requestedBy(),
                pending.requestedAt()));
    }
}
