package io.github.ankommen.casework;

import io.github.ankommen.access.Actor;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.storage.AuditQuery;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConflictException;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import io.github.ankommen.workflow.Workflow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Case work as it is stored: clients, consultations, and cases moved through their workflow.
 *
 * <p>Obtain it from {@link io.github.ankommen.Ankommen#cases()}. Each command reads what it needs,
 * lets the {@link CaseEngine} decide, and writes the case and its one new {@link AuditEntry} in a
 * single unit of work: both or neither. A refused command throws before anything is written, and
 * a concurrent change makes the write fail with a {@link ConflictException}, leaving the case as
 * the other writer left it. Time comes from the clock, "today" is taken in the service's zone, and
 * working days from its calendar.
 *
 * <p>This class is thread-safe as long as its store is.
 */
public final class CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);
    private static final int PAGE = PageRequest.MAX_SIZE;

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final CaseEngine engine;
    private final WorkingDays workingDays;
    private final Deadlines deadlines;

    /**
     * Creates the service; applications use {@link io.github.ankommen.Ankommen#cases()}.
     *
     * @param store the store, not null
     * @param clock the clock, not null
     * @param zone the zone in which dates are taken, not null
     * @param workflow the case workflow, not null
     * @param workingDays the working days for due dates, not null
     * @throws NullPointerException if an argument is null
     */
    public CaseService(Store store, Clock clock, ZoneId zone, Workflow<Case> workflow, WorkingDays workingDays) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.engine = CaseEngine.of(workflow);
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays must not be null");
        this.deadlines = Deadlines.of(workflow, workingDays);
    }

    /**
     * The workflow cases follow.
     *
     * @return the workflow
     */
    public Workflow<Case> workflow() {
        return engine.workflow();
    }

    /**
     * Stores a new client.
     *
     * @param actor who registers the client, not null
     * @param client the client, not null
     * @return the stored client, version 1
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if a client with its id exists
     */
    public Versioned<Client> register(Actor actor, Client client) {
        return insert(actor, RecordKind.CLIENT, client);
    }

    /**
     * Records a consultation, anonymous or linked to a client and case.
     *
     * @param actor who records it, not null
     * @param consultation the consultation, not null
     * @return the stored consultation, version 1
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if a consultation with its id exists
     */
    public Versioned<Consultation> record(Actor actor, Consultation consultation) {
        return insert(actor, RecordKind.CONSULTATION, consultation);
    }

    /**
     * Opens a case in the workflow's initial state.
     *
     * @param actor who opens it, not null
     * @param command what to open, not null; its client must be stored
     * @return the new case, version 1
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the client is not stored
     * @throws IllegalTransitionException if the actor may not open it
     * @throws ConflictException if a case with its id exists
     */
    public Versioned<Case> open(Actor actor, OpenCase command) {
        Objects.requireNonNull(command, "command must not be null");
        store.get(RecordKind.CLIENT, command.client());
        Change change = engine.open(command, actor, clock.instant());
        store.apply(UnitOfWork.builder()
                .insert(RecordKind.CASE, change.updated())
                .insert(RecordKind.AUDIT_ENTRY, change.audit())
                .build());
        LOG.debug("actor {} opened case {} at {}", actor.id(), command.id(), command.contactPoint());
        return Versioned.of(change.updated(), 1);
    }

    /**
     * Applies a command to a case as it is now.
     *
     * @param actor who gives the command, not null
     * @param caseId the case, not null
     * @param command the command, not null
     * @return the case's new value and version
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the case is not stored
     * @throws IllegalTransitionException if the command is refused; nothing is written
     * @throws ConflictException if the case changed concurrently; nothing is written
     */
    public Versioned<Case> apply(Actor actor, CaseId caseId, CaseCommand command) {
        return apply(actor, store.get(RecordKind.CASE, caseId), command);
    }

    /**
     * Applies a command to a case, provided it is still at the version the caller saw.
     *
     * @param actor who gives the command, not null
     * @param caseId the case, not null
     * @param command the command, not null
     * @param expectedVersion the version the caller saw
     * @return the case's new value and version
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the case is not stored
     * @throws ConflictException if the case is at another version; nothing is written
     * @throws IllegalTransitionException if the command is refused; nothing is written
     */
    public Versioned<Case> apply(Actor actor, CaseId caseId, CaseCommand command, long expectedVersion) {
        Versioned<Case> current = store.get(RecordKind.CASE, caseId);
        if (current.version() != expectedVersion) {
            throw new ConflictException(RecordKind.CASE, caseId.value(), expectedVersion, current.version());
        }
        return apply(actor, current, command);
    }

    private Versioned<Case> apply(Actor actor, Versioned<Case> current, CaseCommand command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Instant now = clock.instant();
        Instant at = now.isBefore(current.value().updatedAt()) ? current.value().updatedAt() : now;
        Change change = engine.apply(current.value(), command, actor, at);
        store.apply(UnitOfWork.builder()
                .update(RecordKind.CASE, change.updated(), current.version())
                .insert(RecordKind.AUDIT_ENTRY, change.audit())
                .build());
        LOG.debug("actor {} applied {} to case {}: {} -> {}, version {}", actor.id(), change.audit().transition(),
                change.updated().id(), change.audit().from(), change.audit().to(), change.updated().version());
        return Versioned.of(change.updated(), current.version() + 1);
    }

    /**
     * Finds a case.
     *
     * @param caseId the case, not null
     * @return the case and its version, or empty
     * @throws NullPointerException if the id is null
     */
    public Optional<Versioned<Case>> find(CaseId caseId) {
        return store.find(RecordKind.CASE, caseId);
    }

    /**
     * A page of cases.
     *
     * @param query which cases, not null
     * @param page which page, not null
     * @return the page, ordered by case id
     * @throws NullPointerException if an argument is null
     */
    public Page<Versioned<Case>> cases(CaseQuery query, PageRequest page) {
        return store.query(query, page);
    }

    /**
     * A case's audit trail, oldest first.
     *
     * @param caseId the case, not null
     * @return every entry, one per change
     * @throws NullPointerException if the id is null
     */
    public List<AuditEntry> auditTrail(CaseId caseId) {
        try (Stream<Versioned<AuditEntry>> trail = store.stream(AuditQuery.of(caseId), PAGE)) {
            return trail.map(Versioned::value).toList();
        }
    }

    /**
     * What is overdue at a contact point now: open follow-ups and unfinished goals whose day has
     * passed, of cases that are not closed.
     *
     * @param contactPoint the contact point, not null
     * @return the deadlines, ordered by due date
     * @throws NullPointerException if the contact point is null
     */
    public List<Deadline> overdue(ContactPointId contactPoint) {
        LocalDate today = today();
        return deadlines.overdue(candidates(CaseQuery.at(contactPoint).dueBy(today.minusDays(1))),
                new OverdueQuery(contactPoint, today));
    }

    /**
     * What falls due at a contact point from today up to the given number of working days ahead.
     *
     * @param contactPoint the contact point, not null
     * @param workingDaysAhead how many working days to look ahead, 0 or more
     * @return the deadlines, ordered by due date
     * @throws NullPointerException if the contact point is null
     * @throws IllegalArgumentException if the number of days is negative
     */
    public List<Deadline> dueWithin(ContactPointId contactPoint, int workingDaysAhead) {
        if (workingDaysAhead < 0) {
            throw new IllegalArgumentException("working days ahead must not be negative");
        }
        LocalDate today = today();
        LocalDate horizon = workingDays.plus(today, workingDaysAhead);
        return deadlines.dueWithin(candidates(CaseQuery.at(contactPoint).dueBy(horizon)),
                new DueQuery(contactPoint, today, workingDaysAhead));
    }

    /**
     * What has been overdue for more than a number of working days, network-wide: the list the
     * coordinators are told about. The library sends no mail; the caller decides how to tell them.
     *
     * @param moreThanWorkingDays the threshold, 0 or more
     * @return the escalations, ordered by due date
     * @throws IllegalArgumentException if the threshold is negative
     */
    public List<Escalation> escalations(int moreThanWorkingDays) {
        if (moreThanWorkingDays < 0) {
            throw new IllegalArgumentException("the threshold must not be negative");
        }
        LocalDate today = today();
        return deadlines.escalations(candidates(CaseQuery.all().dueBy(today.minusDays(1))),
                new EscalationQuery(today, moreThanWorkingDays));
    }

    /**
     * Tells a listener of every escalation, as {@link #escalations(int)} finds them.
     *
     * @param moreThanWorkingDays the threshold, 0 or more
     * @param listener who is told, not null
     * @return how many escalations there were
     * @throws NullPointerException if the listener is null
     * @throws IllegalArgumentException if the threshold is negative
     */
    public int escalate(int moreThanWorkingDays, EscalationListener listener) {
        Objects.requireNonNull(listener, "listener must not be null");
        List<Escalation> escalations = escalations(moreThanWorkingDays);
        escalations.forEach(listener::onEscalation);
        return escalations.size();
    }

    private <I, R> Versioned<R> insert(Actor actor, RecordKind<I, R> kind, R record) {
        Objects.requireNonNull(actor, "actor must not be null");
        Versioned<R> stored = store.insert(kind, record);
        LOG.debug("actor {} added {} {}", actor.id(), kind, kind.keyOf(record));
        return stored;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private List<Case> candidates(CaseQuery query) {
        try (Stream<Versioned<Case>> cases = store.stream(query, PAGE)) {
            return cases.map(Versioned::value).toList();
        }
    }
}
