package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.calendar.HolidayCalendar;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.TeamMember;
import io.github.ankommen.network.TeamMemberId;
import io.github.ankommen.people.Appointment;
import io.github.ankommen.people.AppointmentId;
import io.github.ankommen.people.AppointmentRequest;
import io.github.ankommen.people.AppointmentRules;
import io.github.ankommen.people.AppointmentStatus;
import io.github.ankommen.people.AppointmentUnavailableException;
import io.github.ankommen.people.AppointmentUnavailableException.Reason;
import io.github.ankommen.people.BookedSlot;
import io.github.ankommen.people.BookedSlotId;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appointments (<i>Termine</i>) at contact points: booking, moving, cancelling, marking them kept
 * or missed, and finding the next free one.
 *
 * <p>Obtain it from {@link Ankommen#appointments()}. The appointment times come from the contact
 * point's opening hours and the {@link AppointmentRules} this instance was built with: none on
 * closures and public holidays, none that a clock change skips. Each time has a capacity, and a
 * team member advises in one appointment per time. Booking, moving and cancelling rewrite the
 * time's {@link BookedSlot} with the version they read, in one unit of work with the appointment: of
 * two requests for the last place, the store lets one through and the other, on retrying, finds the
 * time full. Coordinators and the caseworkers of a contact point may call every method
 * ({@code BOOK_APPOINTMENT}). This class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class AppointmentService {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentService.class);

    /** How often a write that lost a race is tried again with what the winner wrote. */
    private static final int ATTEMPTS = 20;

    /** How far ahead {@link #nextFree} looks. */
    private static final int HORIZON_DAYS = 180;

    private final Store store;
    private final Clock clock;
    private final AccessGate gate;
    private final ChangeLog log;
    private final AppointmentRules rules;
    private final HolidayCalendar holidays;
    private final PageCursors cursors;

    AppointmentService(Store store, Clock clock, AccessGate gate, ChangeLog log, AppointmentRules rules,
            HolidayCalendar holidays, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
        this.rules = Objects.requireNonNull(rules, "rules must not be null");
        this.holidays = Objects.requireNonNull(holidays, "holidays must not be null");
    }

    /**
     * The rules that say which appointment times exist and how many each holds.
     *
     * @return the rules
     */
    public AppointmentRules rules() {
        return rules;
    }

    /**
     * Books an appointment.
     *
     * @param actor who books, not null
     * @param request what is asked for, not null
     * @return the booked appointment, version 1
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at the
     *     contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if the contact point is not stored
     * @throws AppointmentUnavailableException if the time is past or no appointment time, full, or
     *     no fitting advisor is free
     * @throws IllegalArgumentException if the advisor asked for is not on the contact point's team
     * @throws ConflictException if an appointment with that id exists
     */
    public Versioned<Appointment> book(Actor actor, AppointmentRequest request) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(request, "request must not be null");
        gate.check(actor, Operation.BOOK_APPOINTMENT, Resource.at(request.contactPoint()));
        ContactPoint site = store.get(RecordKind.CONTACT_POINT, request.contactPoint()).value();
        int capacity = capacity(site, request.start());
        for (int attempt = 1;; attempt++) {
            Optional<Versioned<BookedSlot>> found = store.find(RecordKind.BOOKED_SLOT,
                    BookedSlotId.of(site.id(), request.start()));
            BookedSlot slot = slotOf(found, site.id(), request.start());
            if (slot.appointments().size() >= capacity) {
                throw new AppointmentUnavailableException(site.id(), request.start(), Reason.FULL);
            }
            TeamMemberId advisor = advisor(site, slot, request.start(), request.advisor(), request.language(),
                    request.interpreter() != null);
            Appointment appointment = new Appointment(request.id(), site.id(), request.start(),
                    (int) rules.length().toMinutes(), request.caseId(), request.language(), advisor,
                    request.interpreter(), request.volunteer(), AppointmentStatus.BOOKED, actor.id(), clock.instant());
            UnitOfWork.Builder unit = UnitOfWork.builder();
            write(unit, found, slot.with(appointment.id(), advisor));
            unit.insert(RecordKind.APPOINTMENT, appointment);
            if (tryApply(actor, "book_appointment", unit, attempt)) {
                LOG.debug("actor {} booked appointment {} at {} {}", actor.id(), appointment.id(), site.id(),
                        appointment.start());
                return Versioned.of(appointment, 1);
            }
        }
    }

    /**
     * Moves a booked appointment to another time at its contact point. Its advisor stays; with no
     * advisor but a language, a free team member who speaks it is taken.
     *
     * @param actor who moves it, not null
     * @param appointment the appointment, not null
     * @param newStart the new local start, not null
     * @return the moved appointment and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at its
     *     contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such appointment (told only to
     *     those who may book network-wide)
     * @throws AppointmentUnavailableException if it is not booked, or the new time is past, no
     *     appointment time, full, or its advisor is bound then
     */
    public Versioned<Appointment> move(Actor actor, AppointmentId appointment, LocalDateTime newStart) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(appointment, "appointment must not be null");
        Objects.requireNonNull(newStart, "newStart must not be null");
        for (int attempt = 1;; attempt++) {
            Versioned<Appointment> current = booked(actor, appointment);
            Appointment a = current.value();
            if (a.start().equals(newStart)) {
                return current;
            }
            ContactPoint site = store.get(RecordKind.CONTACT_POINT, a.contactPoint()).value();
            int capacity = capacity(site, newStart);
            Optional<Versioned<BookedSlot>> oldFound = store.find(RecordKind.BOOKED_SLOT, a.slot());
            Optional<Versioned<BookedSlot>> newFound = store.find(RecordKind.BOOKED_SLOT,
                    BookedSlotId.of(site.id(), newStart));
            BookedSlot target = slotOf(newFound, site.id(), newStart);
            if (target.appointments().size() >= capacity) {
                throw new AppointmentUnavailableException(site.id(), newStart, Reason.FULL);
            }
            TeamMemberId advisor = advisor(site, target, newStart, a.advisor(), a.language(), a.interpreter() != null);
            Appointment moved = a.movedTo(newStart, advisor, actor.id(), clock.instant());
            UnitOfWork.Builder unit = UnitOfWork.builder();
            write(unit, oldFound, slotOf(oldFound, site.id(), a.start()).without(a.id(), a.advisor()));
            write(unit, newFound, target.with(a.id(), advisor));
            unit.update(RecordKind.APPOINTMENT, moved, current.version());
            if (tryApply(actor, "move_appointment", unit, attempt)) {
                LOG.debug("actor {} moved appointment {} to {}", actor.id(), a.id(), newStart);
                return Versioned.of(moved, current.version() + 1);
            }
        }
    }

    /**
     * Cancels a booked appointment; its place is free again.
     *
     * @param actor who cancels it, not null
     * @param appointment the appointment, not null
     * @return the cancelled appointment and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at its
     *     contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such appointment (told only to
     *     those who may book network-wide)
     * @throws AppointmentUnavailableException if it is not booked
     */
    public Versioned<Appointment> cancel(Actor actor, AppointmentId appointment) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(appointment, "appointment must not be null");
        for (int attempt = 1;; attempt++) {
            Versioned<Appointment> current = booked(actor, appointment);
            Appointment a = current.value();
            Appointment cancelled = a.withStatus(AppointmentStatus.CANCELLED, actor.id(), clock.instant());
            Optional<Versioned<BookedSlot>> found = store.find(RecordKind.BOOKED_SLOT, a.slot());
            UnitOfWork.Builder unit = UnitOfWork.builder();
            write(unit, found, slotOf(found, a.contactPoint(), a.start()).without(a.id(), a.advisor()));
            unit.update(RecordKind.APPOINTMENT, cancelled, current.version());
            if (tryApply(actor, "cancel_appointment", unit, attempt)) {
                LOG.debug("actor {} cancelled appointment {}", actor.id(), a.id());
                return Versioned.of(cancelled, current.version() + 1);
            }
        }
    }

    /**
     * Marks a booked appointment as kept or missed, for the statistics.
     *
     * @param actor who marks it, not null
     * @param appointment the appointment, not null
     * @param kept true if the client came, false if not
     * @return the marked appointment and its new version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at its
     *     contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such appointment (told only to
     *     those who may book network-wide)
     * @throws AppointmentUnavailableException if it is not booked
     * @throws ConflictException if it changed meanwhile
     */
    public Versioned<Appointment> markAttendance(Actor actor, AppointmentId appointment, boolean kept) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(appointment, "appointment must not be null");
        Versioned<Appointment> current = booked(actor, appointment);
        Appointment marked = current.value().withStatus(kept ? AppointmentStatus.KEPT : AppointmentStatus.MISSED,
                actor.id(), clock.instant());
        Versioned<Appointment> stored = log.update(actor, "mark_attendance", null, RecordKind.APPOINTMENT, marked,
                current.version());
        LOG.debug("actor {} marked appointment {} {}", actor.id(), appointment, marked.status());
        return stored;
    }

    /**
     * Reads an appointment.
     *
     * @param actor who asks, not null
     * @param appointment the appointment, not null
     * @return the appointment and its version
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book at its
     *     contact point
     * @throws io.github.ankommen.storage.RecordNotFoundException if there is no such appointment (told only to
     *     those who may book network-wide)
     */
    public Versioned<Appointment> get(Actor actor, AppointmentId appointment) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(appointment, "appointment must not be null");
        return gate.read(actor, Operation.BOOK_APPOINTMENT, RecordKind.APPOINTMENT,
                Objects.requireNonNull(appointment, "appointment must not be null"), a -> Resource.at(a.contactPoint()));
    }

    /**
     * One page of the appointments of a contact point, cancelled ones included: a list that grows
     * with the work done there.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same contact point and actor from this {@code Ankommen}
     * @return the page, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book there
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Appointment> appointments(Actor actor, ContactPointId contactPoint, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.BOOK_APPOINTMENT, Resource.at(contactPoint));
        OwnedQuery<Appointment> query = OwnedQuery.appointments(contactPoint);
        return cursors.page(store, actor, query, query, page, Function.identity());
    }

    /**
     * The next free appointment time at a contact point after now, optionally with a team member
     * who speaks a language and is free then: "the next free appointment with an Arabic speaker at
     * H&ouml;rde". Looks up to 180 days ahead.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param language the language the advisor must speak; null if any
     * @return the local start of the earliest free time, or empty if there is none
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not book there
     * @throws io.github.ankommen.storage.RecordNotFoundException if the contact point is not stored
     */
    public Optional<LocalDateTime> nextFree(Actor actor, ContactPointId contactPoint, Language language) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        gate.check(actor, Operation.BOOK_APPOINTMENT, Resource.at(contactPoint));
        ContactPoint site = store.get(RecordKind.CONTACT_POINT, contactPoint).value();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, site.openingHours().zone());
        for (LocalDate date = today; date.isBefore(today.plusDays(HORIZON_DAYS)); date = date.plusDays(1)) {
            List<LocalDateTime> times = rules.times(site.openingHours(), holidays, date).stream()
                    .filter(t -> isAfter(site, t, now)).toList();
            if (times.isEmpty()) {
                continue;
            }
            // One read per day: the day's booked times at once.
            Map<LocalDateTime, BookedSlot> booked = new HashMap<>();
            for (Versioned<BookedSlot> slot : store.findAll(RecordKind.BOOKED_SLOT,
                    times.stream().map(t -> BookedSlotId.of(contactPoint, t)).toList())) {
                booked.put(slot.value().id().start(), slot.value());
            }
            for (LocalDateTime time : times) {
                BookedSlot slot = booked.getOrDefault(time, BookedSlot.empty(BookedSlotId.of(contactPoint, time)));
                if (slot.appointments().size() < rules.capacityAt(site.openingHours(), holidays, time)
                        && (language == null || freeSpeaker(site, slot, language) != null)) {
                    return Optional.of(time);
                }
            }
        }
        return Optional.empty();
    }

    /** Reads an appointment that must still be booked, and checks the actor may book there. */
    private Versioned<Appointment> booked(Actor actor, AppointmentId appointment) {
        Versioned<Appointment> current = get(actor, appointment);
        if (current.value().status() != AppointmentStatus.BOOKED) {
            throw new AppointmentUnavailableException(current.value().contactPoint(), current.value().start(),
                    Reason.NOT_BOOKED);
        }
        return current;
    }

    /** The capacity of a future appointment time; throws if the time is past or none. */
    private int capacity(ContactPoint site, LocalDateTime start) {
        int capacity = rules.capacityAt(site.openingHours(), holidays, start);
        if (capacity == 0 || !isAfter(site, start, clock.instant())) {
            throw new AppointmentUnavailableException(site.id(), start, Reason.NO_APPOINTMENT_TIME);
        }
        return capacity;
    }

    private static boolean isAfter(ContactPoint site, LocalDateTime start, Instant now) {
        return ZonedDateTime.of(start, site.openingHours().zone()).toInstant().isAfter(now);
    }

    /**
     * The advisor of an appointment at a time: the one asked for, if on the team and free; else,
     * for a language without an interpreter, a free team member who speaks it; else none.
     */
    private static TeamMemberId advisor(ContactPoint site, BookedSlot slot, LocalDateTime start, TeamMemberId asked,
            Language language, boolean interpreted) {
        if (asked != null) {
            TeamMember member = site.team().members().stream().filter(m -> m.id().equals(asked)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("team member " + asked
                            + " is not on the team of contact point " + site.id()));
            if (slot.advisors().contains(asked)
                    || (language != null && !interpreted && !member.languages().contains(language))) {
                throw new AppointmentUnavailableException(site.id(), start, Reason.ADVISOR_BUSY);
            }
            return asked;
        }
        if (language == null || interpreted) {
            return null;
        }
        TeamMemberId speaker = freeSpeaker(site, slot, language);
        if (speaker == null) {
            throw new AppointmentUnavailableException(site.id(), start, Reason.ADVISOR_BUSY);
        }
        return speaker;
    }

    private static TeamMemberId freeSpeaker(ContactPoint site, BookedSlot slot, Language language) {
        return site.team().members().stream()
                .filter(m -> m.languages().contains(language) && !slot.advisors().contains(m.id()))
                .map(TeamMember::id).findFirst().orElse(null);
    }

    private static BookedSlot slotOf(Optional<Versioned<BookedSlot>> found, ContactPointId contactPoint,
            LocalDateTime start) {
        return found.map(Versioned::value).orElseGet(() -> BookedSlot.empty(BookedSlotId.of(contactPoint, start)));
    }

    private static void write(UnitOfWork.Builder unit, Optional<Versioned<BookedSlot>> found, BookedSlot slot) {
        if (found.isPresent()) {
            unit.update(RecordKind.BOOKED_SLOT, slot, found.get().version());
        } else {
            unit.insert(RecordKind.BOOKED_SLOT, slot);
        }
    }

    /**
     * Applies a unit; false if a booked slot or the appointment changed meanwhile and another
     * attempt is due, with what the other writer left.
     */
    private boolean tryApply(Actor actor, String action, UnitOfWork.Builder unit, int attempt) {
        try {
            log.apply(actor, action, null, unit);
            return true;
        } catch (ConflictException e) {
            boolean raced = e.kind() == RecordKind.BOOKED_SLOT
                    || (e.kind() == RecordKind.APPOINTMENT && e.expectedVersion() > 0);
            if (!raced || attempt >= ATTEMPTS) {
                throw e;
            }
            LOG.debug("lost a race for {} {}, attempt {}", e.kind(), e.key(), attempt);
            return false;
        }
    }
}
