package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Permission;
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
import io.github.ankommen.casework.ConsultationId;
import io.github.ankommen.casework.Deadline;
import io.github.ankommen.casework.Deadlines;
import io.github.ankommen.casework.DueQuery;
import io.github.ankommen.casework.Escalation;
import io.github.ankommen.casework.EscalationListener;
import io.github.ankommen.casework.EscalationQuery;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.casework.OpenCase;
import io.github.ankommen.casework.OverdueQuery;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.referral.ReferralEvent;
import io.github.ankommen.referral.ReferralSettlement;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMember;
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
import io.github.ankommen.workflow.DroppedStateException;
import io.github.ankommen.workflow.State;
import io.github.ankommen.workflow.Transition;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.Workflow;
import io.github.ankommen.workflow.WorkflowDefinitionException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private final ChangeLog log;
    private final ClosingReferrals closing;
    /** The workflow's transitions that close a case or ask for its closure. */
    private final Set<String> closingTransitions;
    /** The workflow's transitions that the approval permission grants: approvals of a closure. */
    private final Set<String> approvals;
    private final PageCursors cursors;

    CaseService(Store store, Clock clock, ZoneId zone, Workflow<Case> workflow, WorkingDays workingDays,
            AccessGate gate, ChangeLog log, ClosingReferrals closing, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.engine = CaseEngine.of(workflow);
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays must not be null");
        this.deadlines = Deadlines.of(workflow, workingDays);
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.closing = Objects.requireNonNull(closing, "closing must not be null");
        this.closingTransitions = ClosingReferrals.closingTransitions(engine.workflow());
        this.approvals = engine.workflow().transitions().stream()
                .filter(t -> t.permissions().contains(Permission.APPROVE_CLOSURE)).map(Transition::name)
                .collect(Collectors.toUnmodifiableSet());
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
     * Stores a new client, registered at a contact point. The client belongs to that contact point
     * until it has cases (see {@link Client#registeredAt()}): another site can neither open a case
     * for it nor record its consents.
     *
     * @param actor who registers the client, not null
     * @param contactPoint where the client is registered, not null
     * @param client the client, not null
     * @return the stored client, registered at the contact point, version 1
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the client names another contact point as registering it;
     *     the message names both
     * @throws ConflictException if a client with its id exists
     */
    public Versioned<Client> register(Actor actor, ContactPointId contactPoint, Client client) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(client, "client must not be null");
        gate.check(actor, Operation.CHANGE_CLIENT, Resource.at(contactPoint));
        return insert(actor, "register_client", RecordKind.CLIENT, registered(client, contactPoint));
    }

    /** The client as registered at a contact point: its own, which must be that one, or that one. */
    private static Client registered(Client client, ContactPointId contactPoint) {
        if (client.registeredAt() != null && !client.registeredAt().equals(contactPoint)) {
            throw new IllegalArgumentException("client " + client.id() + " names contact point "
                    + client.registeredAt() + " as registering it, not " + contactPoint);
        }
        return client.withRegisteredAt(contactPoint);
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
        return insert(actor, "record_consultation", RecordKind.CONSULTATION, consultation);
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
        write(actor, change, UnitOfWork.builder().insert(RecordKind.CASE, change.updated()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("actor {} opened case {} at {}", actor.id(), command.id(), command.contactPoint());
        }
        return Versioned.of(change.updated(), 1);
    }

    /**
     * Turns a stored anonymous consultation into the case of a new client: registers the client,
     * opens the case and links the consultation to both, in one unit of work. See
     * {@link #openFromConsultation(Actor, ConsultationId, OpenCase)}.
     *
     * @param actor who opens the case, not null
     * @param consultation the consultation, not null; stored and anonymous
     * @param client the new client, not null; the command's client; it is registered at the command's
     *     contact point
     * @param command what to open, not null; at the consultation's contact point
     * @return the new case, version 1
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the command names another client, or the client names
     *     another contact point as registering it
     * @throws RecordNotFoundException if the consultation is not stored
     * @throws IllegalTransitionException if the consultation is linked already, the case would open at
     *     another contact point, or the actor may not open it; nothing is written
     * @throws ConflictException if the client or the case exists, or the consultation changed
     *     concurrently; nothing is written
     */
    public Versioned<Case> openFromConsultation(Actor actor, ConsultationId consultation, Client client,
            OpenCase command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(consultation, "consultation must not be null");
        Objects.requireNonNull(client, "client must not be null");
        Objects.requireNonNull(command, "command must not be null");
        if (!client.id().equals(command.client())) {
            throw new IllegalArgumentException("the command opens a case of client " + command.client()
                    + ", not of the new client " + client.id());
        }
        gate.check(actor, Operation.OPEN_CASE, Resource.at(command.contactPoint()));
        gate.check(actor, Operation.CHANGE_CLIENT, Resource.at(command.contactPoint()));
        return fromConsultation(actor, consultation, registered(client, command.contactPoint()), command);
    }

    /**
     * Turns a stored anonymous consultation into a case of a stored client, in one unit of work: the
     * case opens in the workflow's initial state at the consultation's contact point, with the
     * consultation's topics among its needs, and its opening entry in the audit trail names the
     * consultation; the consultation keeps its date, contact point, topics, language and channel,
     * and is linked to the client and the case. It stays one consultation, so statistics count it
     * once, and the case once.
     *
     * <p>The client must be in the actor's scope, as for {@link #open(Actor, OpenCase)}: if the
     * client has cases, the actor must be allowed to open a case at one of them, and an unknown client
     * is refused as another site's to everyone who is not allowed the network.
     *
     * @param actor who opens the case, not null
     * @param consultation the consultation, not null; stored and anonymous
     * @param command what to open, not null; its client must be stored, and its contact point must
     *     be the consultation's
     * @return the new case, version 1
     * @throws NullPointerException if an argument is null
     * @throws RecordNotFoundException if the consultation is not stored, or the client is not stored
     *     (told only to those who may know)
     * @throws io.github.ankommen.access.AccessDeniedException if the client is out of the actor's scope,
     *     or unknown to a scoped actor
     * @throws IllegalTransitionException if the consultation is linked already, the case would open at
     *     another contact point, or the actor may not open it; nothing is written
     * @throws ConflictException if the case exists, or the consultation changed concurrently; nothing
     *     is written
     */
    public Versioned<Case> openFromConsultation(Actor actor, ConsultationId consultation, OpenCase command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(consultation, "consultation must not be null");
        Objects.requireNonNull(command, "command must not be null");
        gate.check(actor, Operation.OPEN_CASE, Resource.at(command.contactPoint()));
        // As open: an unknown client is refused as another site's, so no one outside learns of it.
        gate.checkClientScope(actor, Operation.OPEN_CASE, command.client());
        return fromConsultation(actor, consultation, null, command);
    }

    private Versioned<Case> fromConsultation(Actor actor, ConsultationId consultationId, Client newClient,
            OpenCase command) {
        Versioned<Consultation> stored = store.get(RecordKind.CONSULTATION,
                Objects.requireNonNull(consultationId, "consultation must not be null"));
        Consultation consultation = stored.value();
        if (!consultation.isAnonymous()) {
            throw new IllegalTransitionException(command.id(), null, CaseWorkflows.OPEN, Refusal.of(Refusal.Kind.GUARD,
                    "consultation " + consultationId + " is linked to a client already"));
        }
        if (!consultation.contactPoint().equals(command.contactPoint())) {
            throw new IllegalTransitionException(command.id(), null, CaseWorkflows.OPEN, Refusal.of(Refusal.Kind.GUARD,
                    "the case must open at contact point " + consultation.contactPoint() + " of consultation "
                            + consultationId));
        }
        Set<Category> needs = new HashSet<>(command.needs());
        needs.addAll(consultation.topics());
        OpenCase withTopics = new OpenCase(command.id(), command.client(), command.contactPoint(), command.caseworker(),
                command.mentor(), needs);
        Change change = engine.open(withTopics, actor, clock.instant());
        AuditEntry opening = change.audit();
        AuditEntry audit = new AuditEntry(opening.caseId(), opening.version(), opening.actor(), opening.role(),
                opening.at(), opening.from(), opening.to(), opening.transition(), "from consultation " + consultationId);
        UnitOfWork.Builder unit = UnitOfWork.builder();
        if (newClient != null) {
            unit.insert(RecordKind.CLIENT, newClient);
        }
        write(actor, new Change(change.updated(), audit), unit
                .update(RecordKind.CONSULTATION, consultation.withCase(command.client(), command.id()), stored.version())
                .insert(RecordKind.CASE, change.updated()));
        if (LOG.isDebugEnabled()) {
            LOG.debug("actor {} opened case {} at {} from consultation {}", actor.id(), command.id(),
                    command.contactPoint(), consultationId);
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
     * @throws IllegalTransitionException if the command is refused; nothing is written. A closing
     *     is refused with an {@link io.github.ankommen.referral.OpenReferralsException} while a
     *     referral of the case is open; see {@link #close}
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
     * @throws IllegalTransitionException if the command is refused, a closing also while a referral
     *     of the case is open ({@link io.github.ankommen.referral.OpenReferralsException}); nothing is
     *     written
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

    /**
     * Closes a case, or asks for its closure, and settles its open referrals in the same unit of
     * work: each settled referral is cancelled (before acceptance) or handed over to the receiving
     * organisation (after), with the settlement's reason, and the receiving side is told through the
     * referral events once the unit is written. The closing is refused while a referral in a status
     * that holds a closure (by default every open status; see
     * {@link Ankommen.Builder#referralsHoldingClosure}) is left unsettled.
     *
     * @param actor who closes, not null; on the sending side of every settled referral
     * @param caseId the case, not null
     * @param command the closing command, such as {@link CaseCommand#close} or
     *     {@link CaseCommand#requestClosure}, not null
     * @param settlements how to settle the open referrals, not null, no nulls, at most one per
     *     referral; may be empty
     * @return the case's new value and version
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the command does not close the case, or a settlement names
     *     a referral twice or one of another case
     * @throws RecordNotFoundException if the case is not stored
     * @throws io.github.ankommen.referral.OpenReferralsException if a referral that holds the closure
     *     is not settled; nothing is written
     * @throws IllegalTransitionException if the closing is refused otherwise; nothing is written
     * @throws io.github.ankommen.referral.IllegalReferralTransitionException if a settled referral has
     *     already ended; nothing is written
     * @throws io.github.ankommen.referral.WrongSideException if the actor is not the sender of a
     *     settled referral; nothing is written
     * @throws ConflictException if the case or a referral changed concurrently; nothing is written
     */
    public Versioned<Case> close(Actor actor, CaseId caseId, CaseCommand command,
            Collection<ReferralSettlement> settlements) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(command, "command must not be null");
        Objects.requireNonNull(settlements, "settlements must not be null");
        if (!closes(command)) {
            throw new IllegalArgumentException("\"" + command.action() + "\" does not close a case");
        }
        return apply(actor, read(actor, caseId, command), command, List.copyOf(settlements));
    }

    private Versioned<Case> apply(Actor actor, Versioned<Case> current, CaseCommand command) {
        return apply(actor, current, command, List.of());
    }

    /** Applies a command to a case that {@link #read} has read, and so asked the policy about. */
    private Versioned<Case> apply(Actor actor, Versioned<Case> current, CaseCommand command,
            List<ReferralSettlement> settlements) {
        checkReferences(current.value(), command);
        Instant now = clock.instant();
        Instant at = now.isBefore(current.value().updatedAt()) ? current.value().updatedAt() : now;
        Change change = engine.apply(current.value(), command, actor, at);
        UnitOfWork.Builder unit = UnitOfWork.builder().update(RecordKind.CASE, change.updated(), current.version());
        List<ReferralEvent> settled = closes(command)
                ? closing.settle(unit, actor, current.value(), command.action(), settlements, at) : List.of();
        write(actor, change, unit);
        closing.publish(settled);
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
     * One page of what is overdue at a contact point now: open follow-ups and unfinished goals whose
     * day has passed, of cases that are not in a terminal state of the workflow.
     *
     * <p>The store reads one page of the cases at the contact point with anything due before today,
     * in order of case id; the page holds their overdue deadlines, ordered by due date. A page may
     * therefore hold more or fewer than {@code page.size()} deadlines, or none, while
     * {@link Page#nextCursor()} still leads on; following the cursors until none is left yields
     * every overdue deadline once.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param page which page of cases, not null: the first, or the next after a cursor of an earlier
     *     page of the same contact point, day and actor from this {@code Ankommen}
     * @return the page of deadlines
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases there
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Deadline> overdue(Actor actor, ContactPointId contactPoint, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.VIEW_CASE, Resource.at(contactPoint));
        OverdueQuery query = new OverdueQuery(contactPoint, today());
        return cursors.page(store, actor, query, CaseQuery.at(contactPoint).dueBy(query.today().minusDays(1)), page,
                cases -> deadlines.overdue(cases, query));
    }

    /**
     * One page of what falls due at a contact point from today up to the given number of working
     * days ahead, paged as {@link #overdue(Actor, ContactPointId, PageRequest)} is: the deadlines of
     * one page of cases, ordered by due date.
     *
     * @param actor who asks, not null
     * @param contactPoint the contact point, not null
     * @param workingDaysAhead how many working days to look ahead, 0 to {@value #MAX_WORKING_DAYS_AHEAD}
     * @param page which page of cases, not null: the first, or the next after a cursor of an earlier
     *     page of the same contact point, day, window and actor from this {@code Ankommen}
     * @return the page of deadlines
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases there
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number of days is negative or more than
     *     {@value #MAX_WORKING_DAYS_AHEAD}, or the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Deadline> dueWithin(Actor actor, ContactPointId contactPoint, int workingDaysAhead, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.VIEW_CASE, Resource.at(contactPoint));
        if (workingDaysAhead < 0 || workingDaysAhead > MAX_WORKING_DAYS_AHEAD) {
            throw new IllegalArgumentException("working days ahead must be 0 to " + MAX_WORKING_DAYS_AHEAD + ", not "
                    + workingDaysAhead);
        }
        DueQuery query = new DueQuery(contactPoint, today(), workingDaysAhead);
        LocalDate horizon = workingDays.plus(query.today(), workingDaysAhead);
        return cursors.page(store, actor, query, CaseQuery.at(contactPoint).dueBy(horizon), page,
                cases -> deadlines.dueWithin(cases, query));
    }

    /**
     * One page of what has been overdue for more than a number of working days, network-wide: what
     * the coordinators are told about. The library sends no mail; the caller decides how to tell
     * them. Paged as {@link #overdue(Actor, ContactPointId, PageRequest)} is: the escalations of one
     * page of cases, ordered by due date.
     *
     * @param actor who asks, not null
     * @param moreThanWorkingDays the threshold, 0 or more
     * @param page which page of cases, not null: the first, or the next after a cursor of an earlier
     *     page of the same day, threshold and actor from this {@code Ankommen}
     * @return the page of escalations
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not view cases network-wide
     * @throws IllegalArgumentException if the threshold is negative, or the page's cursor is forged,
     *     or was made for another query or actor
     * @throws NullPointerException if the actor or the page is null
     */
    public Page<Escalation> escalations(Actor actor, int moreThanWorkingDays, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.VIEW_CASE, Resource.network());
        if (moreThanWorkingDays < 0) {
            throw new IllegalArgumentException("the threshold must not be negative");
        }
        EscalationQuery query = new EscalationQuery(today(), moreThanWorkingDays);
        return cursors.page(store, actor, query, CaseQuery.all().dueBy(query.today().minusDays(1)), page,
                cases -> deadlines.escalations(cases, query));
    }

    /**
     * Tells a listener of every escalation, as {@link #escalations(Actor, int, PageRequest)} finds
     * them, page by page: one page of cases is held at a time.
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
        int told = 0;
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
        while (next.isPresent()) {
            Page<Escalation> page = escalations(actor, moreThanWorkingDays, next.get());
            page.items().forEach(listener::onEscalation);
            told += page.items().size();
            next = page.next(PageRequest.MAX_SIZE);
        }
        return told;
    }

    /**
     * Adopts the workflow over the store, when the façade is built (decision D21): refuses it if
     * stored cases sit in states it does not have and the mapping does not move them, and otherwise
     * moves the cases of every mapped state, one unit of work per case, each with its audit entry.
     * Nothing is written when anything is refused; a failed migration can be repeated, because only
     * the cases still in a dropped state are moved.
     *
     * @param actor who migrates, or null if there is no mapping
     * @param mapping dropped states to states of the workflow, not null, may be empty
     * @throws WorkflowDefinitionException if the mapping maps a state the workflow still has or to a
     *     state it does not have
     * @throws DroppedStateException if cases sit in dropped states that the mapping does not move
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not change a case to
     *     be moved; nothing is moved
     */
    void adopt(Actor actor, Map<State, State> mapping) {
        Workflow<Case> workflow = engine.workflow();
        List<String> problems = new ArrayList<>();
        mapping.forEach((from, to) -> {
            if (workflow.hasState(from)) {
                problems.add("the migration maps state \"" + from + "\", which the workflow still has");
            }
            if (!workflow.hasState(to)) {
                problems.add("the migration maps state \"" + from + "\" to \"" + to
                        + "\", which is not a state of the workflow");
            }
        });
        if (!problems.isEmpty()) {
            throw new WorkflowDefinitionException(problems);
        }
        Map<State, Long> dropped = dropped(workflow);
        Map<State, Long> unmapped = new LinkedHashMap<>(dropped);
        unmapped.keySet().removeAll(mapping.keySet());
        if (!unmapped.isEmpty()) {
            throw new DroppedStateException(unmapped);
        }
        List<Versioned<Case>> moving = new ArrayList<>();
        for (State from : dropped.keySet()) {
            moving.addAll(QueryResults.versioned(store, CaseQuery.all().inState(from)));
        }
        for (Versioned<Case> c : moving) {
            gate.check(actor, Operation.CHANGE_CASE, onCase(c.value()));
        }
        for (Versioned<Case> c : moving) {
            Instant now = clock.instant();
            Change change = engine.migrate(c.value(), mapping, actor,
                    now.isBefore(c.value().updatedAt()) ? c.value().updatedAt() : now);
            write(actor, change, UnitOfWork.builder().update(RecordKind.CASE, change.updated(), c.version()));
            if (LOG.isDebugEnabled()) {
                LOG.debug("actor {} moved case {} from dropped state {} to {}", actor.id(), c.value().id(),
                        change.audit().from(), change.audit().to());
            }
        }
    }

    /**
     * How many stored cases sit in each state the workflow does not have, in order of state name. The
     * indexed counts per state answer the usual case, that there are none; only if they do not add up
     * to all cases are the cases read.
     */
    private Map<State, Long> dropped(Workflow<Case> workflow) {
        long known = 0;
        for (State s : workflow.states()) {
            known += store.count(CaseQuery.all().inState(s));
        }
        Map<State, Long> dropped = new TreeMap<>(Comparator.comparing(State::name));
        if (known == store.count(CaseQuery.all())) {
            return dropped;
        }
        try (Stream<Versioned<Case>> all = store.stream(CaseQuery.all(), PageRequest.MAX_SIZE)) {
            all.map(c -> c.value().state()).filter(s -> !workflow.hasState(s))
                    .forEach(s -> dropped.merge(s, 1L, Long::sum));
        }
        return dropped;
    }

    /**
     * Writes a case's change: the unit, the case's audit entry, and the change log's records, all
     * with the entry's time, command and reason.
     */
    private void write(Actor actor, Change change, UnitOfWork.Builder unit) {
        AuditEntry audit = change.audit();
        log.apply(actor, audit.transition(), audit.reason(), audit.at(), unit.insert(RecordKind.AUDIT_ENTRY, audit));
    }

    private <I, R> Versioned<R> insert(Actor actor, String action, RecordKind<I, R> kind, R record) {
        Objects.requireNonNull(actor, "actor must not be null");
        Versioned<R> stored = log.insert(actor, action, null, kind, record);
        if (LOG.isDebugEnabled()) {
            LOG.debug("actor {} added {} {}", actor.id(), kind, kind.keyOf(record));
        }
        return stored;
    }

    /** Asks whether a command closes a case, or asks for its closure. */
    private boolean closes(CaseCommand command) {
        return command instanceof CaseCommand.Fire fire && closingTransitions.contains(fire.transition());
    }

    private static Resource onCase(Case c) {
        return Resource.ofCase(c.contactPoint(), c.mentor());
    }

    /**
     * Reads the case a command is for, asking the policy first: an unknown case is asked about as
     * a resource of no contact point, so that it is refused as another site's case is.
     */
    private Versioned<Case> read(Actor actor, CaseId caseId, CaseCommand command) {
        Versioned<Case> found = store.find(RecordKind.CASE, caseId).orElse(null);
        check(actor, found == null ? null : found.value(), command);
        if (found == null) {
            throw new RecordNotFoundException(RecordKind.CASE, RecordKind.CASE.key(caseId));
        }
        return found;
    }

    /**
     * Asks the policy for a command: the operation and resource it touches (a case, or none if
     * null). A transition that the {@link Permission#APPROVE_CLOSURE} permission grants is an approval (or a decline) of a closure,
     * in whatever workflow, and asks {@link Operation#APPROVE_CLOSURE}.
     */
    private void check(Actor actor, Case c, CaseCommand command) {
        if (!(command instanceof CaseCommand.Fire fire)) {
            gate.check(actor, Operation.CHANGE_CASE, c == null ? Resource.network() : onCase(c));
        } else if (isApproval(fire.transition())) {
            gate.check(actor, Operation.APPROVE_CLOSURE, c == null ? Resource.network() : onCase(c));
        } else if (c == null) {
            gate.check(actor, Operation.FIRE_TRANSITION, Resource.network().withTransition(fire.transition()));
        } else {
            // A transfer is answered at its target; every other transition at the case's contact point.
            boolean answer = c.transfer() != null && (fire.transition().equals(CaseWorkflows.ACCEPT_TRANSFER)
                    || fire.transition().equals(CaseWorkflows.REJECT_TRANSFER));
            gate.check(actor, Operation.FIRE_TRANSITION, new Resource(answer ? c.transfer().target() : c.contactPoint(),
                    c.mentor(), null, Set.of(), Set.of(), fire.transition()));
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
        List<TeamMember> members = site.team().members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id().equals(member)) {
                return;
            }
        }
        throw new IllegalArgumentException("team member " + member.value() + " is not of the team of contact point "
                + site.id().value());
    }

    private boolean isApproval(String transition) {
        return approvals.contains(transition);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
