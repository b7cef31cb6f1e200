package io.github.ankommen.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ankommen.Ankommen;
import io.github.ankommen.access.AccessDeniedException;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.ActorId;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.casework.Case;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.OpeningHours;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.network.WeeklySlot;
import io.github.ankommen.people.AppointmentUnavailableException.Reason;
import io.github.ankommen.retention.Anonymiser;
import io.github.ankommen.retention.RetentionPolicy;
import io.github.ankommen.storage.Cursor;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.testing.Dortmund;
import io.github.ankommen.testing.Samples;
import io.github.ankommen.testing.TestClock;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Volunteers, appointments and interpreters through the public services, on a store each subclass
 * supplies: the Dortmund network on Monday 4 June 2018, 10:00 in Dortmund.
 */
abstract class PeopleContract {

    /** One page of the largest size: all there is in these small tests. */
    static final PageRequest ONE_PAGE = PageRequest.first(PageRequest.MAX_SIZE);
    static final ContactPointId HOERDE = Dortmund.HOERDE_HOMBRUCH;
    static final ContactPointId BRACKEL = Dortmund.BRACKEL;
    /** Tuesday: Hörde has appointment-only hours 14:00–16:00. */
    static final LocalDate TUESDAY = LocalDate.of(2018, 6, 5);
    static final Language TIGRINYA = Language.of("ti");

    final Actor coordinator = Actor.coordinator(ActorId.of("coordinator"));
    final Actor hoerdeCaseworker = Actor.caseworker(ActorId.of("cw-hoerde"), HOERDE);
    final Actor brackelCaseworker = Actor.caseworker(ActorId.of("cw-brackel"), BRACKEL);
    final Actor samira = Actor.volunteer(ActorId.of("vol-samira"), TeamMemberId.of("tm-samira"), HOERDE);

    TestClock clock;
    Store store;

    /** A new, empty store. */
    abstract Store newStore();

    @BeforeEach
    void setUp() {
        clock = TestClock.at(Instant.parse("2018-06-04T08:00:00Z"), ZoneOffset.UTC);
        store = newStore();
        for (ContactPoint cp : Dortmund.contactPoints()) {
            store.insert(RecordKind.CONTACT_POINT, cp);
        }
    }

    Ankommen ankommen() {
        return Ankommen.builder().store(store).clock(clock).ids(IdSource.sequence("t")).build();
    }

    static Volunteer volunteer(String id, Language language, Skill skill, LocalDate certificate) {
        return new Volunteer(VolunteerId.of(id), HOERDE, TeamMemberId.of("tm-" + id), "Name " + id, Set.of(language),
                Set.of(skill), List.of(Availability.of(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0))),
                certificate, LocalDate.of(2017, 1, 1), null);
    }

    static VolunteerNeed accompany(Language language, int hour) {
        return VolunteerNeed.of(Skill.ACCOMPANIMENT, language, TUESDAY.atTime(hour, 0), Duration.ofHours(2));
    }

    static List<String> ids(List<Volunteer> volunteers) {
        return volunteers.stream().map(v -> v.id().value()).toList();
    }

    // 1 and 2: volunteers and matching

    @Test
    void whoCanAccompanyMatchesLanguageSkillAvailabilityAndTheMinorsRule() {
        Ankommen a = ankommen();
        a.volunteers().register(hoerdeCaseworker, volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT,
                LocalDate.of(2014, 1, 1)));
        a.volunteers().register(hoerdeCaseworker, volunteer("tesfay", TIGRINYA, Skill.ACCOMPANIMENT,
                LocalDate.of(2017, 1, 1)));
        a.volunteers().register(hoerdeCaseworker, volunteer("omar", Language.ARABIC, Skill.HOMEWORK_HELP, null));

        assertEquals(List.of("samira"), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10))));
        assertEquals(List.of("samira", "tesfay"), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(null, 9))));
        // Ends at 14:00, after the availability ends at 13:00.
        assertEquals(List.of(), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 12))));
        // A minor: Samira's certificate of January 2014 counts for the default five years, until 2019.
        assertEquals(List.of("samira"), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10).forMinor())));
        assertEquals(List.of(), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                VolunteerNeed.of(Skill.HOMEWORK_HELP, Language.ARABIC, TUESDAY.atTime(10, 0), Duration.ofHours(1))
                        .forMinor())));
        assertEquals(List.of("omar"), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                VolunteerNeed.of(Skill.HOMEWORK_HELP, Language.ARABIC, TUESDAY.atTime(10, 0), Duration.ofHours(1)))));
    }

    @Test
    void theMunicipalityConfiguresHowLongACertificateCounts() {
        Ankommen threeYears = Ankommen.builder().store(store).clock(clock).minorsRule(MinorsRule.of(Period.ofYears(3)))
                .build();
        threeYears.volunteers().register(hoerdeCaseworker, volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT,
                LocalDate.of(2015, 6, 5)));
        // Issued 5 June 2015: with three years it counts until 4 June 2018, the day before.
        assertEquals(List.of(), ids(threeYears.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10).forMinor())));
        assertEquals(List.of("samira"), ids(ankommen().volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10).forMinor())));
        // A new certificate, documented, lets her work with minors again.
        threeYears.volunteers().documentCertificate(hoerdeCaseworker, VolunteerId.of("samira"), LocalDate.of(2018, 5, 1));
        assertEquals(List.of("samira"), ids(threeYears.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10).forMinor())));
    }

    @Test
    void anEndedEngagementIsKeptButNotMatched() {
        Ankommen a = ankommen();
        a.volunteers().register(hoerdeCaseworker, volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT, null));
        Versioned<Volunteer> ended = a.volunteers().endEngagement(hoerdeCaseworker, VolunteerId.of("samira"),
                LocalDate.of(2018, 6, 4));

        assertEquals(2, ended.version());
        assertEquals(LocalDate.of(2018, 6, 4), a.volunteers().get(coordinator, VolunteerId.of("samira")).value()
                .engagementEnded());
        assertEquals(List.of("samira"), ids(a.volunteers().volunteers(hoerdeCaseworker, HOERDE)));
        assertEquals(List.of(), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10))));
        assertThrows(ConstraintViolationException.class, () -> a.volunteers().endEngagement(hoerdeCaseworker,
                VolunteerId.of("samira"), LocalDate.of(2016, 1, 1)));
    }

    @Test
    void theRetentionRunRemovesAVolunteersPersonalDataThreeMonthsAfterTheEngagementEnded() {
        Ankommen a = ankommen();
        a.volunteers().register(hoerdeCaseworker, volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT,
                LocalDate.of(2016, 1, 1)));
        a.volunteers().register(hoerdeCaseworker, volunteer("tesfay", TIGRINYA, Skill.ACCOMPANIMENT, null));
        Volunteer before = a.volunteers().endEngagement(hoerdeCaseworker, VolunteerId.of("samira"),
                LocalDate.of(2018, 6, 4)).value();

        clock.advance(Duration.ofDays(91)); // 3 September: the last day was not three months ago
        assertEquals(Map.of(), a.retention().run(coordinator).changed());
        assertEquals(before, a.volunteers().get(coordinator, VolunteerId.of("samira")).value());

        clock.advance(Duration.ofDays(1)); // 4 September
        assertEquals(Map.of(RecordKind.VOLUNTEER, 1), a.retention().run(coordinator).changed());
        Volunteer after = a.volunteers().get(coordinator, VolunteerId.of("samira")).value();
        assertEquals(Anonymiser.REMOVED, after.displayName());
        assertEquals(null, after.member());
        assertEquals(List.of(), after.availability());
        assertEquals(null, after.certificateIssuedOn());
        assertEquals(List.of(before.id(), before.contactPoint(), before.languages(), before.skills(),
                before.engagedSince(), before.engagementEnded()), List.of(after.id(), after.contactPoint(),
                after.languages(), after.skills(), after.engagedSince(), after.engagementEnded()));
        assertEquals("Name tesfay", a.volunteers().get(coordinator, VolunteerId.of("tesfay")).value().displayName());
        assertEquals("retention_run", a.audit().changesOf(coordinator, RecordKind.VOLUNTEER, VolunteerId.of("samira"),
                PageRequest.first(10)).items().get(2).action());
        assertEquals(Map.of(), a.retention().run(coordinator).changed(), "a second run finds nothing left");

        // A municipality keeps profiles longer, or not at all after the last day.
        assertTrue(RetentionPolicy.standard().withVolunteerProfiles(Period.ZERO)
                .isDue(before, Instant.parse("2018-06-04T08:00:00Z")));
        assertFalse(RetentionPolicy.standard().withVolunteerProfiles(Period.ofYears(1))
                .isDue(before, clock.instant()));
        assertThrows(ConstraintViolationException.class, () -> RetentionPolicy
                .standard().withVolunteerProfiles(Period.ofDays(-1)));
    }

    @Test
    void onlyTheirContactPointsCaseworkersManageVolunteersAndVolunteersReadNoProfiles() {
        Ankommen a = ankommen();
        Volunteer samiraProfile = volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT, null);
        AccessDeniedException foreign = assertThrows(AccessDeniedException.class,
                () -> a.volunteers().register(brackelCaseworker, samiraProfile));
        assertEquals("caseworker.other-contact-point", foreign.rule());
        a.volunteers().register(hoerdeCaseworker, samiraProfile);
        assertEquals("caseworker.other-contact-point", assertThrows(AccessDeniedException.class,
                () -> a.volunteers().volunteers(brackelCaseworker, HOERDE)).rule());
        assertEquals("volunteer.not-permitted", assertThrows(AccessDeniedException.class,
                () -> a.volunteers().get(samira, VolunteerId.of("samira"))).rule());
        assertEquals("volunteer.not-permitted", assertThrows(AccessDeniedException.class,
                () -> a.volunteers().whoCanAccompany(samira, HOERDE, accompany(null, 10))).rule());
        // Each denial is in the audit trail.
        assertEquals(2, store.count(OwnedQuery.deniedAccesses(samira.id())));
        assertFalse(samiraProfile.toString().contains("Name samira"));
    }

    @Test
    void accompanimentsAreRecordedByTheVolunteerThemselvesWithConsentWhenLinked() {
        Ankommen a = ankommen();
        a.volunteers().register(hoerdeCaseworker, volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT, null));
        a.volunteers().register(hoerdeCaseworker, volunteer("tesfay", TIGRINYA, Skill.ACCOMPANIMENT, null));
        Accompaniment toJobcenter = new Accompaniment(AccompanimentId.of("acc-1"), VolunteerId.of("samira"), HOERDE,
                null, null, Dortmund.JOB_PLACEMENT, "Jobcenter Dortmund", TUESDAY, 150, false, ActorId.of("anyone"),
                Instant.EPOCH);

        Versioned<Accompaniment> recorded = a.volunteers().recordAccompaniment(samira, toJobcenter);
        assertEquals(samira.id(), recorded.value().recordedBy());
        assertEquals(clock.instant(), recorded.value().recordedAt());
        assertEquals(List.of(recorded.value()), a.volunteers().accompaniments(hoerdeCaseworker, HOERDE, ONE_PAGE).items());

        Accompaniment byTesfay = new Accompaniment(AccompanimentId.of("acc-2"), VolunteerId.of("tesfay"), HOERDE,
                null, null, null, "Ausländerbehörde", TUESDAY, 60, false, ActorId.of("anyone"), Instant.EPOCH);
        assertEquals("volunteer.own-accompaniment", assertThrows(AccessDeniedException.class,
                () -> a.volunteers().recordAccompaniment(samira, byTesfay)).rule());
        a.volunteers().recordAccompaniment(hoerdeCaseworker, byTesfay);

        // Linked to a case, the client's consent is required by the record itself.
        Case elsewhere = Samples.seeded(17).next(RecordKind.CASE);
        assertThrows(ConstraintViolationException.class, () -> new Accompaniment(AccompanimentId.of("acc-3"),
                VolunteerId.of("samira"), HOERDE, elsewhere.id(), null, null, "Jobcenter", TUESDAY, 60, false,
                samira.id(), Instant.EPOCH));
        store.insert(RecordKind.CASE, elsewhere);
        Accompaniment linkedElsewhere = new Accompaniment(AccompanimentId.of("acc-3"), VolunteerId.of("samira"),
                HOERDE, elsewhere.id(), null, null, "Jobcenter", TUESDAY, 60, true, samira.id(), Instant.EPOCH);
        assertThrows(IllegalArgumentException.class, () -> a.volunteers().recordAccompaniment(hoerdeCaseworker,
                linkedElsewhere));
        // A page at a time, with cursors sealed for the contact point and the actor.
        List<AccompanimentId> paged = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(1));
        while (next.isPresent()) {
            Page<Accompaniment> page = a.volunteers().accompaniments(coordinator, HOERDE, next.get());
            page.items().forEach(each -> paged.add(each.id()));
            next = page.next(1);
        }
        assertEquals(List.of(toJobcenter.id(), byTesfay.id()), paged);
        PageRequest second = a.volunteers().accompaniments(coordinator, HOERDE, PageRequest.first(1)).next(1).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> a.volunteers().accompaniments(hoerdeCaseworker, HOERDE, second));
        assertThrows(IllegalArgumentException.class,
                () -> a.volunteers().accompaniments(coordinator, HOERDE, PageRequest.after(Cursor.of("acc-1"), 1)));
        assertFalse(toJobcenter.toString().contains("Jobcenter Dortmund"));
    }

    // 4: appointments

    @Test
    void bookingFillsATimeUpToItsCapacityWithFreeSpeakersOfTheLanguage() {
        Ankommen a = ankommen();
        LocalDateTime two = TUESDAY.atTime(14, 0);
        Appointment first = a.appointments().book(hoerdeCaseworker,
                AppointmentRequest.of(AppointmentId.of("a1"), HOERDE, two).withLanguage(Language.ARABIC)).value();
        Appointment second = a.appointments().book(hoerdeCaseworker,
                AppointmentRequest.of(AppointmentId.of("a2"), HOERDE, two).withLanguage(Language.ARABIC)).value();

        assertEquals(TeamMemberId.of("hoerde-hombruch-city"), first.advisor());
        assertEquals(TeamMemberId.of("hoerde-hombruch-welfare"), second.advisor());
        assertEquals(30, first.minutes());
        assertEquals(Reason.FULL, assertThrows(AppointmentUnavailableException.class, () -> a.appointments()
                .book(hoerdeCaseworker, AppointmentRequest.of(AppointmentId.of("a3"), HOERDE, two))).reason());
        // Nobody on the Hörde team speaks Tigrinya; with an interpreter the booking needs no speaker.
        LocalDateTime half = TUESDAY.atTime(14, 30);
        assertEquals(Reason.ADVISOR_BUSY, assertThrows(AppointmentUnavailableException.class, () -> a.appointments()
                .book(hoerdeCaseworker, AppointmentRequest.of(AppointmentId.of("a4"), HOERDE, half)
                        .withLanguage(TIGRINYA))).reason());
        assertEquals(null, a.appointments().book(hoerdeCaseworker, AppointmentRequest.of(AppointmentId.of("a4"), HOERDE,
                half).withLanguage(TIGRINYA).withInterpreter(InterpreterId.of("int-ti"))).value().advisor());
        assertEquals(3, a.appointments().appointments(coordinator, HOERDE, ONE_PAGE).items().size());
        PageRequest last = a.appointments().appointments(coordinator, HOERDE, PageRequest.first(2)).next(2).orElseThrow();
        assertEquals(1, a.appointments().appointments(coordinator, HOERDE, last).items().size());
        assertThrows(IllegalArgumentException.class, () -> a.appointments().appointments(coordinator, BRACKEL, last));
        assertThrows(IllegalArgumentException.class, () -> a.volunteers().accompaniments(coordinator, HOERDE, last));
    }

    @Test
    void appointmentsLieInOpeningHoursOnTheGridInTheFutureAndNotOnClosuresOrHolidays() {
        Ankommen a = ankommen();
        assertUnavailable(a, HOERDE, TUESDAY.atTime(10, 0), Reason.NO_APPOINTMENT_TIME); // no slot on Tuesday morning
        assertUnavailable(a, HOERDE, TUESDAY.atTime(14, 10), Reason.NO_APPOINTMENT_TIME); // off the grid
        assertUnavailable(a, HOERDE, TUESDAY.atTime(15, 30).plusMinutes(30), Reason.NO_APPOINTMENT_TIME); // closes
        assertUnavailable(a, HOERDE, LocalDate.of(2018, 6, 4).atTime(9, 30), Reason.NO_APPOINTMENT_TIME); // closed
        assertUnavailable(a, HOERDE, LocalDate.of(2018, 6, 4).atTime(10, 0), Reason.NO_APPOINTMENT_TIME); // now, not after
        // All Saints' Day, a public holiday in NRW, is a Thursday; a week later is a working day.
        assertUnavailable(a, HOERDE, LocalDate.of(2018, 11, 1).atTime(10, 0), Reason.NO_APPOINTMENT_TIME);
        book(a, "nov-8", HOERDE, LocalDate.of(2018, 11, 8).atTime(10, 0));
        // Aplerbeck is closed for renovation from 16 to 27 July.
        Actor aplerbeck = Actor.caseworker(ActorId.of("cw-aplerbeck"), Dortmund.APLERBECK);
        assertEquals(Reason.NO_APPOINTMENT_TIME, assertThrows(AppointmentUnavailableException.class,
                () -> a.appointments().book(aplerbeck, AppointmentRequest.of(AppointmentId.of("jul"), Dortmund.APLERBECK,
                        LocalDate.of(2018, 7, 20).atTime(10, 0)))).reason());
        a.appointments().book(aplerbeck, AppointmentRequest.of(AppointmentId.of("aug"), Dortmund.APLERBECK,
                LocalDate.of(2018, 8, 3).atTime(10, 0)));
        // A walk-in slot holds one appointment per time by default.
        book(a, "walk-in", HOERDE, LocalDate.of(2018, 6, 7).atTime(11, 0));
        assertUnavailable(a, HOERDE, LocalDate.of(2018, 6, 7).atTime(11, 0), Reason.FULL);
    }

    @Test
    void aClockChangeSkipsTheTimesThatDoNotExistAndCountsTheRepeatedHourOnce() {
        ContactPoint hoerde = store.get(RecordKind.CONTACT_POINT, HOERDE).value();
        store.update(RecordKind.CONTACT_POINT, hoerde.withOpeningHours(OpeningHours.of(List.of(
                WeeklySlot.byAppointment(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(4, 0))), List.of())), 1);
        Ankommen a = ankommen();
        OpeningHours hours = store.get(RecordKind.CONTACT_POINT, HOERDE).value().openingHours();
        LocalDate spring = LocalDate.of(2019, 3, 31);
        LocalDate autumn = LocalDate.of(2018, 10, 28);

        assertEquals(List.of(spring.atTime(1, 0), spring.atTime(1, 30), spring.atTime(3, 0), spring.atTime(3, 30)),
                a.appointments().rules().times(hours, a.workingDays().calendar(), spring));
        assertEquals(6, a.appointments().rules().times(hours, a.workingDays().calendar(), autumn).size());
        assertUnavailable(a, HOERDE, spring.atTime(2, 30), Reason.NO_APPOINTMENT_TIME);
        book(a, "spring-3", HOERDE, spring.atTime(3, 0));
        book(a, "autumn-2-30", HOERDE, autumn.atTime(2, 30));
        book(a, "autumn-2-30-b", HOERDE, autumn.atTime(2, 30));
        assertUnavailable(a, HOERDE, autumn.atTime(2, 30), Reason.FULL);
    }

    @Test
    void movingAndCancellingFreeThePlace() {
        Ankommen a = ankommen();
        LocalDateTime two = TUESDAY.atTime(14, 0);
        LocalDateTime three = TUESDAY.atTime(15, 0);
        book(a, "a1", HOERDE, two);
        book(a, "a2", HOERDE, two);
        book(a, "b1", HOERDE, three);
        book(a, "b2", HOERDE, three);

        assertEquals(Reason.FULL, assertThrows(AppointmentUnavailableException.class,
                () -> a.appointments().move(hoerdeCaseworker, AppointmentId.of("a1"), three)).reason());
        assertEquals(two, a.appointments().get(coordinator, AppointmentId.of("a1")).value().start());

        Versioned<Appointment> cancelled = a.appointments().cancel(hoerdeCaseworker, AppointmentId.of("b1"));
        assertEquals(AppointmentStatus.CANCELLED, cancelled.value().status());
        Versioned<Appointment> moved = a.appointments().move(hoerdeCaseworker, AppointmentId.of("a1"), three);
        assertEquals(three, moved.value().start());
        assertEquals(moved, a.appointments().get(coordinator, AppointmentId.of("a1")));
        book(a, "a3", HOERDE, two);
        assertUnavailable(a, HOERDE, three, Reason.FULL);
        assertEquals(Reason.NOT_BOOKED, assertThrows(AppointmentUnavailableException.class,
                () -> a.appointments().move(hoerdeCaseworker, AppointmentId.of("b1"), two)).reason());
        assertEquals(AppointmentStatus.KEPT, a.appointments().markAttendance(hoerdeCaseworker, AppointmentId.of("a2"),
                true).value().status());
        assertEquals("caseworker.other-contact-point", assertThrows(AccessDeniedException.class,
                () -> a.appointments().cancel(brackelCaseworker, AppointmentId.of("a3"))).rule());
    }

    @Test
    void theNextFreeAppointmentWithAnArabicSpeakerAtHoerde() {
        Ankommen a = Ankommen.builder().store(store).clock(clock)
                .appointmentRules(AppointmentRules.of(Duration.ofMinutes(30), 2, 0)).build();
        assertEquals(Optional.of(TUESDAY.atTime(14, 0)), a.appointments().nextFree(hoerdeCaseworker, HOERDE,
                Language.ARABIC));
        a.appointments().book(hoerdeCaseworker, AppointmentRequest.of(AppointmentId.of("x"), HOERDE,
                TUESDAY.atTime(14, 0)).withAdvisor(TeamMemberId.of("hoerde-hombruch-city")));
        // One place left at 14:00, and Karim speaks Arabic and is free.
        assertEquals(Optional.of(TUESDAY.atTime(14, 0)), a.appointments().nextFree(hoerdeCaseworker, HOERDE,
                Language.ARABIC));
        a.appointments().book(hoerdeCaseworker, AppointmentRequest.of(AppointmentId.of("y"), HOERDE,
                TUESDAY.atTime(14, 30)).withLanguage(Language.FARSI));
        // Farsi took Karim at 14:30: Anna is still free there.
        assertEquals(Optional.of(TUESDAY.atTime(14, 0)), a.appointments().nextFree(hoerdeCaseworker, HOERDE,
                Language.ARABIC));
        a.appointments().book(hoerdeCaseworker, AppointmentRequest.of(AppointmentId.of("z"), HOERDE,
                TUESDAY.atTime(14, 0)).withLanguage(Language.ARABIC));
        assertEquals(Optional.of(TUESDAY.atTime(14, 30)), a.appointments().nextFree(hoerdeCaseworker, HOERDE,
                Language.ARABIC));
        assertEquals(Optional.empty(), a.appointments().nextFree(hoerdeCaseworker, HOERDE, TIGRINYA));
    }

    @Test
    void concurrentBookingsNeverExceedTheCapacity() throws Exception {
        Ankommen a = ankommen();
        LocalDateTime two = TUESDAY.atTime(14, 0);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                AppointmentRequest request = AppointmentRequest.of(AppointmentId.of("c" + i), HOERDE, two);
                Callable<Boolean> booking = () -> {
                    start.await();
                    try {
                        a.appointments().book(hoerdeCaseworker, request);
                        return true;
                    } catch (AppointmentUnavailableException e) {
                        assertEquals(Reason.FULL, e.reason());
                        return false;
                    }
                };
                results.add(pool.submit(booking));
            }
            start.countDown();
            int booked = 0;
            for (Future<Boolean> result : results) {
                booked += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(2, booked);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, a.appointments().appointments(coordinator, HOERDE, ONE_PAGE).items().size());
        assertEquals(2, store.get(RecordKind.BOOKED_SLOT, BookedSlotId.of(HOERDE, two)).value().appointments().size());
    }

    // 5: statistics

    @Test
    void peopleStatisticsPerContactPointAndMonthAreSuppressedLikeTheOtherFigures() {
        Ankommen a = ankommen();
        a.volunteers().register(hoerdeCaseworker, volunteer("samira", Language.ARABIC, Skill.ACCOMPANIMENT, null));
        for (int i = 0; i < 6; i++) {
            LocalDate day = LocalDate.of(2018, 6, 1 + i);
            a.volunteers().recordAccompaniment(hoerdeCaseworker, new Accompaniment(AccompanimentId.of("acc-" + i),
                    VolunteerId.of("samira"), HOERDE, null, null, null, "Jobcenter", day, 95, false, samira.id(),
                    Instant.EPOCH));
        }
        for (int i = 0; i < 2; i++) {
            LocalDateTime time = TUESDAY.atTime(14, 0).plusWeeks(i);
            book(a, "k" + i, HOERDE, time);
            a.appointments().markAttendance(hoerdeCaseworker, AppointmentId.of("k" + i), i == 0);
        }
        a.interpreters().save(coordinator, interpreter("int-ar", Set.of(), Language.ARABIC, InterpretingMode.PHONE,
                true));
        for (int i = 0; i < 6; i++) {
            a.interpreters().request(brackelCaseworker, new InterpreterRequest(InterpreterRequestId.of("r" + i),
                    InterpreterId.of("int-ar"), BRACKEL, Language.ARABIC, InterpretingMode.PHONE,
                    TUESDAY.atTime(8, 0).plusHours(i % 3).plusWeeks(i / 3), 60, null, null,
                    clock.instant().plus(Duration.ofDays(1)), InterpreterAnswer.PENDING, null, samira.id(),
                    Instant.EPOCH));
            a.interpreters().answer(brackelCaseworker, InterpreterRequestId.of("r" + i), false);
        }
        io.github.ankommen.statistics.ReportingPeriod year = io.github.ankommen.statistics.ReportingPeriod.of(
                LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), Dortmund.network().zone());

        PeopleStatistics figures = a.statistics().people(Actor.analyst(ActorId.of("analyst")), year);

        assertEquals(6, figures.accompaniments().cell(HOERDE.value(), "2018-06").value().getAsLong());
        // Six accompaniments of 95 minutes: 9 hours and a half, counted as 9.
        assertEquals(9, figures.volunteerHours().cell(HOERDE.value(), "2018-06").value().getAsLong());
        // One kept and one missed appointment: small counts, suppressed.
        assertTrue(figures.appointments().cell(HOERDE.value() + " 2018-06", PeopleStatistics.KEPT).suppressed());
        assertEquals(6, figures.interpreterRequests().cell(BRACKEL.value() + " 2018-06", PeopleStatistics.UNMET)
                .value().getAsLong());
        assertEquals(6, figures.unmetInterpreting().cell("ar", "2018-06").value().getAsLong());
        assertEquals("volunteer.not-permitted", assertThrows(AccessDeniedException.class,
                () -> a.statistics().people(samira, year)).rule());
    }

    // 3: interpreters

    Interpreter interpreter(String id, Set<ContactPointId> pool, Language language, InterpretingMode mode,
            boolean professional) {
        return new Interpreter(InterpreterId.of(id), pool, "Name " + id, Set.of(language), Set.of(mode), professional,
                List.of(Availability.of(DayOfWeek.TUESDAY, LocalTime.of(8, 0), LocalTime.of(12, 0))));
    }

    @Test
    void whoCanInterpretTigrinyaAtBrackelOnTuesdayMorning() {
        Ankommen a = ankommen();
        a.interpreters().save(coordinator, interpreter("int-network", Set.of(), TIGRINYA, InterpretingMode.IN_PERSON,
                false));
        a.interpreters().save(brackelCaseworker, interpreter("int-brackel", Set.of(BRACKEL), TIGRINYA,
                InterpretingMode.PHONE, true));
        a.interpreters().save(hoerdeCaseworker, interpreter("int-hoerde", Set.of(HOERDE), TIGRINYA,
                InterpretingMode.VIDEO, true));
        assertEquals("caseworker.other-contact-point", assertThrows(AccessDeniedException.class,
                () -> a.interpreters().save(brackelCaseworker, interpreter("int-x", Set.of(), TIGRINYA,
                        InterpretingMode.VIDEO, true))).rule());

        LocalDateTime morning = TUESDAY.atTime(9, 0);
        assertEquals(List.of("int-brackel", "int-network"), a.interpreters().whoCanInterpret(brackelCaseworker, BRACKEL,
                TIGRINYA, morning, Duration.ofHours(1), null).stream().map(i -> i.id().value()).toList());
        assertEquals(List.of("int-network"), a.interpreters().whoCanInterpret(brackelCaseworker, BRACKEL, TIGRINYA,
                morning, Duration.ofHours(1), InterpretingMode.IN_PERSON).stream().map(i -> i.id().value()).toList());
        assertEquals(List.of(), a.interpreters().whoCanInterpret(brackelCaseworker, BRACKEL, TIGRINYA,
                TUESDAY.atTime(14, 0), Duration.ofHours(1), null));
        assertEquals(List.of(), a.interpreters().whoCanInterpret(brackelCaseworker, BRACKEL, Language.ARABIC,
                morning, Duration.ofHours(1), null));
    }

    @Test
    void requestsAreAnsweredBeforeTheirDeadlineAndUnmetOnesAreAGapByLanguage() {
        Ankommen a = ankommen();
        a.interpreters().save(coordinator, interpreter("int-ti", Set.of(), TIGRINYA, InterpretingMode.IN_PERSON, false));
        a.interpreters().save(coordinator, interpreter("int-ar", Set.of(), Language.ARABIC, InterpretingMode.PHONE,
                true));
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1));
        InterpreterRequest ti = request("r1", "int-ti", TIGRINYA, InterpretingMode.IN_PERSON, tomorrow);
        Versioned<InterpreterRequest> asked = a.interpreters().request(brackelCaseworker, ti);
        assertEquals(InterpreterAnswer.PENDING, asked.value().answer());
        assertEquals(brackelCaseworker.id(), asked.value().requestedBy());
        // Asked for, Tesfay is not offered for the same time again.
        assertEquals(List.of(), a.interpreters().whoCanInterpret(brackelCaseworker, BRACKEL, TIGRINYA,
                TUESDAY.atTime(9, 30), Duration.ofHours(1), null));

        assertTrue(a.interpreters().answer(brackelCaseworker, InterpreterRequestId.of("r1"), true).value().isMet());
        assertThrows(InterpreterRequestClosedException.class,
                () -> a.interpreters().answer(brackelCaseworker, InterpreterRequestId.of("r1"), false));

        a.interpreters().request(brackelCaseworker, request("r2", "int-ar", Language.ARABIC, InterpretingMode.PHONE,
                tomorrow));
        a.interpreters().answer(brackelCaseworker, InterpreterRequestId.of("r2"), false);
        a.interpreters().request(brackelCaseworker, request("r3", "int-ar", Language.ARABIC, InterpretingMode.PHONE,
                tomorrow));
        assertEquals(Map.of(Language.ARABIC, 1L), a.interpreters().unmetByLanguage(coordinator, BRACKEL));
        clock.advance(Duration.ofDays(2));
        assertEquals(Map.of(Language.ARABIC, 2L), a.interpreters().unmetByLanguage(coordinator, BRACKEL));
        InterpreterRequestClosedException late = assertThrows(InterpreterRequestClosedException.class,
                () -> a.interpreters().answer(brackelCaseworker, InterpreterRequestId.of("r3"), true));
        assertEquals(tomorrow, late.answerBy());
        assertThrows(IllegalArgumentException.class, () -> a.interpreters().request(brackelCaseworker,
                request("r4", "int-ar", Language.ARABIC, InterpretingMode.PHONE, clock.instant())));
        assertEquals("caseworker.other-contact-point", assertThrows(AccessDeniedException.class,
                () -> a.interpreters().requests(hoerdeCaseworker, BRACKEL, ONE_PAGE)).rule());
    }

    @Test
    void theDortmundFixtureAnswersTheQuestionsOfTheNetwork() {
        Ankommen a = ankommen();
        Dortmund.volunteers().forEach(v -> a.volunteers().register(coordinator, v));
        Dortmund.interpreters().forEach(i -> a.interpreters().save(coordinator, i));

        assertEquals(List.of("int-network-tigrinya"), a.interpreters().whoCanInterpret(brackelCaseworker, BRACKEL,
                TIGRINYA, TUESDAY.atTime(9, 0), Duration.ofHours(2), null).stream().map(i -> i.id().value()).toList());
        assertEquals(List.of("vol-hoerde-samira"), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                accompany(Language.ARABIC, 10).forMinor())));
        assertEquals(List.of(), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                VolunteerNeed.of(Skill.ACCOMPANIMENT, TIGRINYA, LocalDate.of(2018, 6, 7).atTime(9, 0),
                        Duration.ofHours(2)).forMinor())));
        assertEquals(List.of("vol-hoerde-tesfay"), ids(a.volunteers().whoCanAccompany(hoerdeCaseworker, HOERDE,
                VolunteerNeed.of(Skill.ACCOMPANIMENT, TIGRINYA, LocalDate.of(2018, 6, 7).atTime(9, 0),
                        Duration.ofHours(2)))));
        // Now is Monday 10:00 at Hörde, in its walk-in hours: the next time is 10:30.
        assertEquals(Optional.of(LocalDate.of(2018, 6, 4).atTime(10, 30)), a.appointments().nextFree(hoerdeCaseworker,
                HOERDE, Language.ARABIC));
    }

    InterpreterRequest request(String id, String interpreter, Language language, InterpretingMode mode,
            Instant answerBy) {
        return new InterpreterRequest(InterpreterRequestId.of(id), InterpreterId.of(interpreter), BRACKEL, language,
                mode, TUESDAY.atTime(9, 0), 60, null, null, answerBy, InterpreterAnswer.PENDING, null,
                ActorId.of("someone"), Instant.EPOCH);
    }

    void book(Ankommen a, String id, ContactPointId contactPoint, LocalDateTime start) {
        a.appointments().book(coordinator, AppointmentRequest.of(AppointmentId.of(id), contactPoint, start));
    }

    void assertUnavailable(Ankommen a, ContactPointId contactPoint, LocalDateTime start, Reason reason) {
        AppointmentUnavailableException e = assertThrows(AppointmentUnavailableException.class,
                () -> a.appointments().book(coordinator, AppointmentRequest.of(AppointmentId.of("never"), contactPoint,
                        start)));
        assertEquals(reason, e.reason());
        assertEquals(start, e.start());
        assertTrue(store.find(RecordKind.APPOINTMENT, AppointmentId.of("never")).isEmpty());
    }
}
