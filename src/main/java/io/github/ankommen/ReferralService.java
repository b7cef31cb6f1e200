package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.DataCategory;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.access.Role;
import io.github.ankommen.base.IdSource;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.LegalBasis;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.referral.ConsentEngine;
import io.github.ankommen.referral.DraftReferral;
import io.github.ankommen.referral.IllegalReferralTransitionException;
import io.github.ankommen.referral.OverdueReferralQuery;
import io.github.ankommen.referral.OverrideNotPermittedException;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralChange;
import io.github.ankommen.referral.ReferralClosed;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralDeadlines;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.referral.ReferralHistoryEntry;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.ResponseDeadlines;
import io.github.ankommen.referral.StalledReferralQuery;
import io.github.ankommen.referral.TransferId;
import io.github.ankommen.referral.TransferRecord;
import io.github.ankommen.referral.WrongSideException;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.Page;
import io.github.ankommen.storage.PageRequest;
import io.github.ankommen.storage.RecordKind;
import io.github.ankommen.storage.RecordNotFoundException;
import io.github.ankommen.storage.ReferralQuery;
import io.github.ankommen.storage.Store;
import io.github.ankommen.storage.UnitOfWork;
import io.github.ankommen.storage.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referrals as they are stored: "Wege ebnen" with a closed loop, from the draft through the
 * transfer of data to the outcome, with each referral's history and the client's transfer ledger.
 *
 * <p>Obtain it from {@link io.github.ankommen.Ankommen#referrals()}. Every call names its actor and is
 * checked against the access policy before anything is written; a denied call is recorded and
 * refused with an {@link io.github.ankommen.access.AccessDeniedException}, and lists show only what
 * the actor may see. Every command reads what it
 * needs, lets the pure {@link ReferralEngine} or {@link ConsentEngine} decide, and writes all that
 * changed in one unit of work: the referral, its history entry, its transfer record when data goes
 * out, and the closing note for the case's history when it ends; or a consent together with the
 * flags on every referral that depends on it. Only after the unit is written are the events handed
 * to the listeners registered with the {@link io.github.ankommen.Ankommen.Builder}, so that the
 * sending caseworker learns of every change; a listener never sees a change that was not stored.
 * The library sends no mail or SMS itself.
 *
 * <p>This class is thread-safe as long as its store and listeners are.
 *
 * @since 0.1.0
 */
public final class ReferralService {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralService.class);

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final IdSource ids;
    private final WorkingDays workingDays;
    private final ReferralEngine engine;
    private final ReferralEvents events;
    private final ChangeLog log;
    private final AccessGate gate;
    private final PageCursors cursors;

    ReferralService(Store store, Clock clock, ZoneId zone, IdSource ids, ResponseDeadlines deadlines,
            ReferralEvents events, AccessGate gate, ChangeLog log, PageCursors cursors) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.ids = Objects.requireNonNull(ids, "ids must not be null");
        this.workingDays = deadlines.workingDays();
        this.engine = ReferralEngine.of(deadlines, zone);
        this.events = Objects.requireNonNull(events, "events must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
        this.cursors = Objects.requireNonNull(cursors, "cursors must not be null");
    }

    /**
     * Drafts a referral of a case to an offer.
     *
     * @param actor the sender, not null: a coordinator or a caseworker of the case's contact point
     * @param id the new referral's id, not null
     * @param caseId the case, not null; must be stored
     * @param offer the offer, not null; must be stored
     * @param shared the data categories the referral will share, not empty
     * @param purpose the purpose of the transfer, not blank
     * @return the draft, version 1
     * @throws RecordNotFoundException if the case or offer is not stored
     * @throws WrongSideException if the actor is not on the sending side
     * @throws io.github.ankommen.storage.ConflictException if a referral with the id exists
     * @throws NullPointerException if an argument is null
     */
    public Versioned<Referral> draft(Actor actor, ReferralId id, CaseId caseId, OfferId offer,
            Set<DataCategory> shared, String purpose) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(offer, "offer must not be null");
        Objects.requireNonNull(shared, "shared must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        Case from = gate.read(actor, Operation.SEND_REFERRAL, RecordKind.CASE, caseId,
                c -> Resource.at(c.contactPoint())).value();
        Offer to = store.get(RecordKind.OFFER, offer).value();
        gate.check(actor, Operation.SEND_REFERRAL, Resource.referral(from.contactPoint(), to.organisation().id(), shared,
                shared));
        ReferralChange change = engine.draft(DraftReferral.of(id, from, to, shared, purpose), actor, clock.instant());
        return write(actor, null, change);
    }

    /**
     * Sends a drafted referral: the step at which data goes out, so it needs a stored consent of the
     * client that covers the recipient, the purpose and the shared categories, or a legal basis, or
     * an override by an actor with the permission.
     *
     * @param actor the sender, not null
     * @param id the referral, not null
     * @param legalBasis a legal basis that allows the transfer without consent, or null
     * @param overrideReason why consent is overridden, or null for no override
     * @return the requested referral
     * @throws RecordNotFoundException if the referral is not stored
     * @throws io.github.ankommen.consent.ConsentMissingException if nothing covers the transfer; it
     *     says what is missing
     * @throws OverrideNotPermittedException if an override is asked for without the permission
     * @throws IllegalReferralTransitionException if the referral is not a draft
     * @throws WrongSideException if the actor is not on the sending side
     * @throws io.github.ankommen.storage.ConflictException if the referral changed concurrently
     * @throws NullPointerException if an argument not documented as nullable is null
     */
    public Versioned<Referral> request(Actor actor, ReferralId id, LegalBasis legalBasis, String overrideReason) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Versioned<Referral> current = gate.read(actor, Operation.SEND_REFERRAL, RecordKind.REFERRAL, id,
                ReferralService::onReferral);
        if (overrideReason != null) {
            gate.check(actor, Operation.OVERRIDE_CONSENT, Resource.at(current.value().contactPoint()));
        }
        List<Consent> given = QueryResults.values(store, OwnedQuery.consents(current.value().client()));
        ReferralCommand command = ReferralCommand.request(TransferId.of(ids.next()), given, legalBasis, overrideReason);
        return write(actor, current, engine.apply(current.value(), command, actor, now(current.value())));
    }

    /**
     * Applies a command to a referral: accept, reject, start, hold, resume, complete, fail, cancel,
     * revoke or entered-in-error. Use {@link #request} to send one.
     *
     * @param actor who gives the command, not null; the side the command needs
     * @param id the referral, not null
     * @param command the command, not null
     * @return the referral's new value and version
     * @throws RecordNotFoundException if the referral is not stored
     * @throws IllegalReferralTransitionException if the status does not allow the command
     * @throws WrongSideException if the actor is on the wrong side
     * @throws io.github.ankommen.storage.ConflictException if the referral changed concurrently
     * @throws NullPointerException if an argument is null
     */
    public Versioned<Referral> apply(Actor actor, ReferralId id, ReferralCommand command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(command, "command must not be null");
        Versioned<Referral> current = gate.read(actor, actor.role() == Role.PARTNER ? Operation.RESPOND_TO_REFERRAL
                : Operation.SEND_REFERRAL, RecordKind.REFERRAL, id, ReferralService::onReferral);
        return write(actor, current, engine.apply(current.value(), command, actor, now(current.value())));
    }

    /**
     * Finds a referral.
     *
     * @param actor who asks, not null
     * @param id the referral, not null
     * @return the referral and its version, or empty if it is not stored and the actor may view
     *     referrals network-wide
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it, or it is
     *     not stored and the actor may not view referrals network-wide: an unknown referral is
     *     refused as another's
     * @throws NullPointerException if an argument is null
     */
    public Optional<Versioned<Referral>> find(Actor actor, ReferralId id) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        return gate.find(actor, Operation.VIEW_REFERRAL, RecordKind.REFERRAL, id, ReferralService::onReferral);
    }

    /**
     * One page of the referrals a query selects: what a list of referrals that grows with the data
     * shows, a page at a time.
     *
     * <p>The store reads one page of the query; the referrals the actor may not see are left out of
     * it, so a page may hold fewer than {@code page.size()} referrals, or none, while
     * {@link Page#nextCursor()} still leads on. Following the cursors until none is left yields
     * every referral of the query the actor may see, once each, in order of id.
     *
     * @param actor who asks, not null
     * @param query which referrals, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same query and actor from this {@code Ankommen}
     * @return the page, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Referral> referrals(Actor actor, ReferralQuery query, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(query, "query must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.VIEW_REFERRAL, new Resource(query.contactPoint(), null, query.recipient(), Set.of(),
                Set.of(), null));
        return cursors.page(store, actor, query, query, page,
                read -> read.stream().filter(r -> gate.allows(actor, Operation.VIEW_REFERRAL, onReferral(r))).toList());
    }

    /**
     * A referral's history, oldest first: every status change and everyone who touched it.
     *
     * @param actor who asks, not null
     * @param id the referral, not null
     * @return the entries
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     */
    public List<ReferralHistoryEntry> history(Actor actor, ReferralId id) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        gate.read(actor, Operation.VIEW_REFERRAL, RecordKind.REFERRAL, id, ReferralService::onReferral);
        return QueryResults.values(store, OwnedQuery.history(id));
    }

    /**
     * The notes in a case's history that its referrals ended.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return the notes, ordered by referral
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     */
    public List<ReferralClosed> closedReferrals(Actor actor, CaseId caseId) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(caseId, "caseId must not be null");
        gate.checkReferralsOfCase(actor, caseId);
        return QueryResults.values(store, OwnedQuery.closedReferrals(caseId));
    }

    /**
     * The transfer ledger of a client: who received which data, when, and on what basis.
     *
     * @param actor who asks, not null
     * @param client the client, not null
     * @return the transfer records, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     */
    public List<TransferRecord> ledger(Actor actor, ClientId client) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(client, "client must not be null");
        gate.checkForClient(actor, Operation.VIEW_REFERRAL, client);
        return QueryResults.values(store, OwnedQuery.transfers(client));
    }

    /**
     * One page of the referrals overdue for a response now: requested, and past their response
     * deadline.
     *
     * <p>The store reads one page of the requested referrals whose response day has passed, in order
     * of id; the page holds those of them that are overdue at this instant, so it may hold fewer than
     * {@code page.size()}, or none, while {@link Page#nextCursor()} still leads on. Following the
     * cursors until none is left yields every overdue referral once.
     *
     * @param actor who asks, not null
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same day and actor from this {@code Ankommen}
     * @return the page, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the page's cursor is forged, or was made for another
     *     query or actor
     */
    public Page<Referral> overdue(Actor actor, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(page, "page must not be null");
        gate.check(actor, Operation.VIEW_REFERRAL, Resource.network());
        Instant now = clock.instant();
        OverdueReferralQuery overdue = OverdueReferralQuery.at(now, zone);
        return cursors.page(store, actor, overdue, ReferralQuery.all().inStatus(ReferralStatus.REQUESTED)
                .respondByBefore(overdue.today()), page, read -> ReferralDeadlines.overdue(read, now, zone));
    }

    /**
     * One page of the accepted referrals with no progress for a number of working days, paged as
     * {@link #overdue(Actor, PageRequest)} is: the store reads one page of the accepted referrals,
     * and the page holds those of them that stalled.
     *
     * @param actor who asks, not null
     * @param workingDaysWithoutProgress the number, 1 or more
     * @param page which page, not null: the first, or the next after a cursor of an earlier page of
     *     the same day, number and actor from this {@code Ankommen}
     * @return the page, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the number is less than 1, or the page's cursor is forged,
     *     or was made for another query or actor
     */
    public Page<Referral> stalled(Actor actor, int workingDaysWithoutProgress, PageRequest page) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(page, "page must not be null");
        if (workingDaysWithoutProgress < 1) {
            throw new IllegalArgumentException("working days without progress must be 1 or more, not "
                    + workingDaysWithoutProgress);
        }
        gate.check(actor, Operation.VIEW_REFERRAL, Resource.network());
        StalledReferralQuery stalled = new StalledReferralQuery(LocalDate.ofInstant(clock.instant(), zone),
                workingDaysWithoutProgress, zone);
        return cursors.page(store, actor, stalled, ReferralQuery.all().inStatus(ReferralStatus.ACCEPTED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD), page,
                read -> ReferralDeadlines.stalled(read, stalled, workingDays));
    }

    private static Resource onReferral(Referral r) {
        return Resource.referral(r.contactPoint(), r.recipient(), r.shared(), r.shared());
    }

    private Versioned<Referral> write(Actor actor, Versioned<Referral> current, ReferralChange change) {
        UnitOfWork.Builder unit = UnitOfWork.builder();
        addTo(unit, change, current);
        ReferralHistoryEntry history = change.history();
        log.apply(actor, history.action().name().toLowerCase(Locale.ROOT), history.note(), history.at(), unit);
        LOG.debug("actor {} moved referral {} {} -> {}, version {}", change.history().actor(), change.updated().id(),
                change.history().from(), change.history().to(), change.updated().version());
        events.publishAll(change.events());
        return Versioned.of(change.updated(), change.updated().version());
    }

    /**
     * Adds all that a referral change writes to a unit: the referral (inserted when {@code current}
     * is null, else updated from its version), its history entry, and the transfer record and the
     * closing note where the change has them. Every service that changes a referral writes it so.
     */
    static void addTo(UnitOfWork.Builder unit, ReferralChange change, Versioned<Referral> current) {
        if (current == null) {
            unit.insert(RecordKind.REFERRAL, change.updated());
        } else {
            unit.update(RecordKind.REFERRAL, change.updated(), current.version());
        }
        unit.insert(RecordKind.REFERRAL_HISTORY, change.history());
        if (change.transfer() != null) {
            unit.insert(RecordKind.TRANSFER, change.transfer());
        }
        if (change.closed() != null) {
            unit.insert(RecordKind.REFERRAL_CLOSED, change.closed());
        }
    }

    private Instant now(Referral referral) {
        Instant now = clock.instant();
        return now.isBefore(referral.updatedAt()) ? referral.updatedAt() : now;
    }
}
