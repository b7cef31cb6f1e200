package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.AuditEntry;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseCommand;
import io.github.ankommen.casework.CaseEngine;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.CaseWorkflows;
import io.github.ankommen.casework.Change;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.Consultation;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.Deadlines;
import io.github.ankommen.casework.DueQuery;
import io.github.ankommen.casework.Escalation;
import io.github.ankommen.casework.EscalationListener;
import io.github.ankommen.casework.EscalationQuery;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.OverdueQuery;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
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
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Case work as it is stored: clients, consultations, and cases moved through their workflow.
 *
 * <p>Obtain it from {@link io.github.ankommen.Ankommen#cases()}. Every call names its actor and is
 * checked against the access policy before anything is written (a denied call is recorded and
 * refused with an {@link io.github.ankommen.access.AccessDeniedException}); lists show only what
 * the actor may see. Each command reads what it needs,
 * lets the {@link CaseEngine} decide, and writes the case and its one new {@link AuditEntry} in a
 * single unit of work: both or neither. A refused command throws before anything is written, and
 * a concurrent change makes the write fail with a {@link ConflictException}, leaving the case as
 * the other writer left it. Time comes from the clock, "today" is taken in the service's zone, and
 * working days from its calendar.
 *
 * <p>This class is thread-safe as long as its store is.
 *
 * @since 0.1.0
 */
public final class CaseService {

    /**
     * The furthest {@link #dueWithin} looks ahead, in working days: about four years.
     */
    public static final int MAX_WORKING_DAYS_AHEAD = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final CaseEngine engine;
    private final WorkingDays workingDays;
    private final Deadlines deadlines;
    private final AccessGate gate;
    private final PageCursors cursors;

    CaseService(Store store, Clock clock, ZoneId zone, Workflow<Case> workflow, WorkingDays workingDays,
            AccessGate gate, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.engine = CaseEngine.of(workflow);
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays must not be null");
        this.deadlines = Deadlines.of(workflow, workingDays);
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
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
     * Stores a new client, registered at a contact point.
     *
     * @param actor who registers the client, not null
     * @param contactPoint where the client is registered, not null
     * @param client the client, not null
     * @return the stored client, version 1
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if a client with its id exists
     */
    public Versioned<Client> register(Actor actor, ContactPointId contactPoint, Client client) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(client, "client must not be null");
        gate.check(actor, Operation.CHANGE_CLIENT, Resource.at(Objects.requireNonNull(contactPoint,
                "contactPoint must not be null")));
        return insert(actor, RecordKind.CLIENT, client);
    }

    /**
     * A case's client as the actor may see it: with sensitive data only for those allowed to see it
     * (never for volunteers, for example).
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return the client, without sensitive data where the actor may not see it
     * @throws RecordNotFoundException if the case or its client is not stored
     * @throws NullPointerException if an argument is null
     */
    public Client client(Actor actor, CaseId caseId) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Case c = gate.read(actor, Operation.VIEW_CLIENT_BASIC, RecordKind.CASE, caseId, CaseService::onCase).value();
        Resource onCase = Resource.ofCase(c.contactPoint(), c.mentor());
        Client client = store.get(RecordKind.CLIENT, c.client()).value();
        boolean sensitive = gate.allows(actor, Operation.VIEW_CLIENT_SENSITIVE,
                onCase.withRequested(Set.of(DataCategory.SENSITIVE)));
        return sensitive ? client : client.without(DataCategory.SENSITIVE);
    }

    /**
     * Records a consultation, anonymous or linked to a client and case.
     *
     * @param actor who records it, not null
     * @param consultation the consultation, not null
     * @return the stored consultation, version 1
     * @throws NullPointerException if an argument is null
     * @throws ConflictException if a consultation with its id exists
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not record at the
     *     consultation's contact point, or the linked client or case is outside the actor's scope
     * @throws IllegalArgumentException if the linked case is not the linked client's
     */
    public Versioned<Consultation> record(Actor actor, Consultation consultation) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(consultation, "consultation must not be null");
        gate.check(actor, Operation.RECORD_CONSULTATION, Resource.at(consultation.contactPoint()));
        if (consultation.client() != null) {
            gate.checkClientScope(actor, Operation.RECORD_CONSULTATION, consultation.client());
        }
        if (consultation.caseId() != null) {
            Case linked = gate.read(actor, Operation.RECORD_CONSULTATION, RecordKind.CASE, consultation.caseId(),
                    CaseService::onCase).value();
            if (!linked.client().equals(consultation.client())) {
                throw new IllegalArgumentException("consultation " + consultation.id().value() + " links case "
                        + linked.id().value() + ", which is not of client "
                        + (consultation.client() == null ? "(none)" : consultation.client().value()));
            }
        }
        return insert(actor, RecordKind.CONSULTATION, consultation);
    }

    /**
     * Opens a case in the workflow's initial state.
     *
     * @param actor who opens it, not null
     * @param command what to open, not null; its client must be stored
     * @return the new case, version 1
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the client is not stored (told only to those who may know)
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not open a case at the
     *     command's contact point, or the client is outside the actor's scope
     *     (its cases are elsewhere), or the client is unknown to a scoped actor
     * @throws RecordNotFoundException if the command's contact point is not stored; it names the id
     * @throws IllegalArgumentException if the responsible caseworker or the mentor is not of the
     *     team of the command's contact point; it names both ids
     * @throws IllegalTransitionException if the actor may not open it
     * @throws ConflictException if a case with its id exists
     */
    public Versioned<Case> open(Actor actor, OpenCase command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(command, "command must not be null");
        gate.check(actor, Operation.OPEN_CASE, Resource.at(command.contactPoint()));
        gate.checkClientScope(actor, Operation.OPEN_CASE, command.client());
        ContactPoint site = contactPoint(command.contactPoint());
        requireMember(site, command.caseworker());
        if (command.mentor() != null) {
            requireMember(site, command.mentor());
        }
        Change change = engine.open(command, actor, clock.instant());
        store.apply(UnitOfWork.builder()
                .insert(RecordKind.CASE, change.updated())
                .insert(RecordKind.AUDIT_ENTRY, change.audit())
                .build());
        if (LOG.isDebugEnabled()) {
            LOG.debug("actor {} opened case {} at {}", actor.id(), command.id(), command.contactPoint());
        }
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
     * @throws RecordNotFoundException if a transfer's target contact point is not stored; nothing is
     *     written
     * @throws IllegalArgumentException if a mentor or a transfer's new caseworker is not of the team
     *     of the contact point concerned; it names both ids, and nothing is written
     * @throws ConflictException if the case changed concurrently; nothing is written
     */
    public Versioned<Case> apply(Actor actor, CaseId caseId, CaseCommand command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(command, "command must not be null");
        return apply(actor, read(actor, caseId, command), command);
    }

    /**
     * Applies a command to a case, provided it is still at the version the caller saw.
     *
     * @param actor who gives the command, not null
     * @param caseId the case, not null
     * @param command the command, not null
     * @param expectedVersion the version the caller saw, 1 or more
     * @return the case's new value and version
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the expected version is less than 1
     * @throws RecordNotFoundException if the case is not stored
     * @throws ConflictException if the case is at another version; nothing is written
     * @throws IllegalTransitionException if the command is refused; nothing is written
     * @throws RecordNotFoundException if a transfer's target contact point is not stored; nothing is
     *     written
     * @throws IllegalArgumentException if a mentor or a transfer's new caseworker is not of the team
     *     of the contact point concerned; it names both ids, and nothing is written
     */
    public Versioned<Case> apply(Actor actor, CaseId caseId, CaseCommand command, long expectedVersion) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(command, "command must not be null");
        if (expectedVersion < 1) {
            throw new IllegalArgumentException("a stored case has version 1 or more, not " + expectedVersion);
        }
        Versioned<Case> current = read(actor, caseId, command);
        if (current.version() != expectedVersion) {
            throw new ConflictException(RecordKind.CASE, caseId.value(), expectedVersion, current.version());
        }
        return apply(actor, current, command);
    }

    private Versioned<Case> apply(Actor actor, Versioned<Case> current, CaseCommand command) {
        check(actor, current.value(), command);
        checkReferences(current.value(), command);
        Instant now = clock.instant();
        Instant at = now.isBefore(current.value().updatedAt()) ? current.value().updatedAt() : now;
        Change change = engine.apply(current.value(), command, actor, at);
        store.apply(UnitOfWork.builder()
                .update(RecordKind.CASE, change.updated(), current.version())
                .insert(RecordKind.AUDIT_ENTRY, change.audit())
                .build());
        if (LOG.isDebugEnabled()) {
            LOG.debug("actor {} applied {} to case {}: {} -> {}, version {}", actor.id(), change.audit().transition(),
                    change.updated().id(), change.audit().from(), change.audit().to(), change.updated().version());
        }
        return Versioned.of(change.updated(), current.version() + 1);
    }

    /**
     * Finds a case.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return the case and its version, or empty if it is not stored and the actor may view cases
     *     network-wide
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the case, or
     *     it is not stored and the actor may not view cases network-wide: an unknown case is refused
     *     as another site's
     * @throws NullPointerException if the id is null
     */
    public Optional<Versioned<Case>> find(Actor actor, CaseId caseId) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        return gate.find(actor, Operation.VIEW_CASE, RecordKind.CASE, caseId, CaseService::onCase);
    }

    /**
     * A page of cases.
     *
     * @param actor who asks, not null
     * @param query which cases, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same query and actor from this {@code Ankommen}
     * @return the page, ordered by case id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases there
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Versioned<Case>> cases(Actor actor, CaseQuery query, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(page, "page must not be null");
        // The scope first: could the actor see any case there (for a volunteer, one they mentor)?
        // Then each case on its own, so that a list shows only what the actor may see.
        gate.check(actor, Operation.VIEW_CASE, query.contactPoint() == null ? Resource.network()
                : Resource.ofCase(query.contactPoint(), actor.member()));
        Page<Versioned<Case>> found = store.query(query, cursors.open(actor, query, page));
        List<Versioned<Case>> visible = found.items().stream()
                .filter(c -> gate.allows(actor, Operation.VIEW_CASE, onCase(c.value()))).toList();
        return cursors.seal(actor, query, Page.of(visible, found.nextCursor()));
    }

    /**
     * A case's audit trail, oldest first.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return every entry, one per change
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view the audit trail
     * @throws NullPointerException if the id is null
     */
    public List<AuditEntry> auditTrail(Actor actor, CaseId caseId) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        gate.read(actor, Operation.VIEW_AUDIT_TRAIL, RecordKind.CASE, caseId, CaseService::onCase);
        return QueryResults.values(store, AuditQuery.of(caseId));
    }

    /**
     * What is overdue at a contact point now: open follow-ups and unfinished goals whose day has
     * passed, of cases that are not closed.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @return the deadlines, ordered by due date
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases there
     * @throws NullPointerException if the contact point is null
     */
    public List<Deadline> overdue(Actor actor, ContactPointId contactPoint) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        gate.check(actor, Operation.VIEW_CASE, Resource.at(contactPoint));
        LocalDate today = today();
        return deadlines.overdue(QueryResults.values(store, CaseQuery.at(contactPoint).dueBy(today.minusDays(1))),
                new OverdueQuery(contactPoint, today));
    }

    /**
     * What falls due at a contact point from today up to the given number of working days ahead.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param workingDaysAhead how many working days to look ahead, 0 to {@value #MAX_WORKING_DAYS_AHEAD}
     * @return the deadlines, ordered by due date
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases there
     * @throws NullPointerException if the actor or the contact point is null
     * @throws IllegalArgumentException if the number of days is negative or more than
     *     {@value #MAX_WORKING_DAYS_AHEAD}
     */
    public List<Deadline> dueWithin(Actor actor, ContactPointId contactPoint, int workingDaysAhead) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        gate.check(actor, Operation.VIEW_CASE, Resource.at(contactPoint));
        if (workingDaysAhead < 0 || workingDaysAhead > MAX_WORKING_DAYS_AHEAD) {
            throw new IllegalArgumentException("working days ahead must be 0 to " + MAX_WORKING_DAYS_AHEAD + ", not "
                    + workingDaysAhead);
        }
        LocalDate today = today();
        LocalDate horizon = workingDays.plus(today, workingDaysAhead);
        return deadlines.dueWithin(QueryResults.values(store, CaseQuery.at(contactPoint).dueBy(horizon)),
                new DueQuery(contactPoint, today, workingDaysAhead));
    }

    /**
     * What has been overdue for more than a number of working days, network-wide: the list the
     * coordinators are told about. The library sends no mail; the caller decides how to tell them.
     *
     * @param actor who asks, not null
     * @param moreThanWorkingDays the threshold, 0 or more
     * @return the escalations, ordered by due date
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases network-wide
     * @throws IllegalArgumentException if the threshold is negative
     * @throws NullPointerException if the actor is null
     */
    public List<Escalation> escalations(Actor actor, int moreThanWorkingDays) {
        Objects.requireNonNull(actor, "actor must not be null");
        gate.check(actor, Operation.VIEW_CASE, Resource.network());
        if (moreThanWorkingDays < 0) {
            throw new IllegalArgumentException("the threshold must not be negative");
        }
        LocalDate today = today();
        return deadlines.escalations(QueryResults.values(store, CaseQuery.all().dueBy(today.minusDays(1))),
                new EscalationQuery(today, moreThanWorkingDays));
    }

    /**
     * Tells a listener of every escalation, as {@link #escalations(Actor, int)} finds them.
     *
     * @param actor who asks, not null
     * @param moreThanWorkingDays the threshold, 0 or more
     * @param listener who is told, not null
     * @return how many escalations there were
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases network-wide
     * @throws NullPointerException if the listener is null
     * @throws IllegalArgumentException if the threshold is negative
     */
    public int escalate(Actor actor, int moreThanWorkingDays, EscalationListener listener) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(listener, "listener must not be null");
        List<Escalation> escalations = escalations(actor, moreThanWorkingDays);
        escalations.forEach(listener::onEscalation);
        return escalations.size();
    }

    private <I, R> Versioned<R> insert(Actor actor, RecordKind<I, R> kind, R record) {
        Objects.requireNonNull(actor, "actor must not be null");
        Versioned<R> stored = store.insert(kind, record);
        if (LOG.isDebugEnabled()) {
            LOG.debug("actor {} added {} {}", actor.id(), kind, kind.keyOf(record));
        }
        return stored;
    }

    private static Resource onCase(Case c) {
        return Resource.ofCase(c.contactPoint(), c.mentor());
    }

    /**
     * Reads the case a command is for, asking the policy first: an unknown case is asked about as
     * a resource of no contact point, so that it is refused as another site's case is.
     */
    private Versioned<Case> read(Actor actor, CaseId caseId, CaseCommand command) {
        Optional<Versioned<Case>> found = store.find(RecordKind.CASE, caseId);
        check(actor, found.map(Versioned::value).orElse(null), command);
        return found.orElseThrow(() -> new RecordNotFoundException(RecordKind.CASE, RecordKind.CASE.key(caseId)));
    }

    /** Asks the policy for a command: the operation and resource it touches (a case, or none if null). */
    private void check(Actor actor, Case c, CaseCommand command) {
        Resource on = c == null ? Resource.network() : onCase(c);
        if (!(command instanceof CaseCommand.Fire fire)) {
            gate.check(actor, Operation.CHANGE_CASE, on);
        } else if (fire.transition().equals(CaseWorkflows.APPROVE_CLOSURE)
                || fire.transition().equals(CaseWorkflows.DECLINE_CLOSURE)) {
            gate.check(actor, Operation.APPROVE_CLOSURE, on);
        } else if ((fire.transition().equals(CaseWorkflows.ACCEPT_TRANSFER)
                || fire.transition().equals(CaseWorkflows.REJECT_TRANSFER)) && c != null && c.transfer() != null) {
            gate.check(actor, Operation.FIRE_TRANSITION,
                    Resource.ofCase(c.transfer().target(), c.mentor()).withTransition(fire.transition()));
        } else {
            gate.check(actor, Operation.FIRE_TRANSITION, on.withTransition(fire.transition()));
        }
    }

    /** A command's references: a transfer's target exists; a new caseworker or mentor is of the team. */
    private void checkReferences(Case c, CaseCommand command) {
        if (command instanceof CaseCommand.Fire fire) {
            if (fire.targetContactPoint() != null) {
                contactPoint(fire.targetContactPoint());
            }
            if (fire.caseworker() != null) {
                requireMember(contactPoint(c.transfer() != null ? c.transfer().target() : c.contactPoint()),
                        fire.caseworker());
            }
        } else if (command instanceof CaseCommand.AssignMentor assign && assign.mentor() != null) {
            requireMember(contactPoint(c.contactPoint()), assign.mentor());
        }
    }

    private ContactPoint contactPoint(ContactPointId id) {
        return store.find(RecordKind.CONTACT_POINT, id).map(Versioned::value)
                .orElseThrow(() -> new RecordNotFoundException(RecordKind.CONTACT_POINT, RecordKind.CONTACT_POINT.key(id)));
    }

    private static void requireMember(ContactPoint site, TeamMemberId member) {
        if (site.team().members().stream().noneMatch(m -> m.id().equals(member))) {
            throw new IllegalArgumentException("team member " + member.value() + " is not of the team of contact point "
                    + site.id().value());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
