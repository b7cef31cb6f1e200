package io.github.ankommen.referral;

import io.github.ankommen.IdSource;
import io.github.ankommen.access.AccessPolicy;
import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.access.Role;
import io.github.ankommen.calendar.WorkingDays;
import io.github.ankommen.casework.Case;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.Client;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.casework.DataCategory;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.LegalBasis;
import io.github.ankommen.internal.Gate;
import io.github.ankommen.internal.Reads;
import io.github.ankommen.network.ContactPoint;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.District;
import io.github.ankommen.network.Language;
import io.github.ankommen.network.Offer;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.ServedDistrict;
import io.github.ankommen.pathway.NextStep;
import io.github.ankommen.pathway.Pathway;
import io.github.ankommen.pathway.PathwayId;
import io.github.ankommen.pathway.PathwayProgress;
import io.github.ankommen.storage.CaseQuery;
import io.github.ankommen.storage.ConsentExpiryQuery;
import io.github.ankommen.storage.OfferQuery;
import io.github.ankommen.storage.OwnedQuery;
import io.github.ankommen.storage.PathwayQuery;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referrals, consent and pathways as they are stored: "Wege ebnen" with a closed loop.
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
 */
public final class ReferralService {

    private static final Logger LOG = LoggerFactory.getLogger(ReferralService.class);

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final IdSource ids;
    private final WorkingDays workingDays;
    private final ReferralEngine engine;
    private final ConsentEngine consents;
    private final ReferralEvents events;
    private final Gate gate;

    /**
     * Creates the service; applications use {@link io.github.ankommen.Ankommen#referrals()}.
     *
     * @param store the store, not null
     * @param clock the clock, not null
     * @param zone the zone in which dates are taken, not null
     * @param ids the source of transfer record ids, not null
     * @param deadlines the response deadlines per offer category, not null
     * @param events the listeners to tell, not null
     * @param policy the access policy, not null
     * @throws NullPointerException if an argument is null
     */
    public ReferralService(Store store, Clock clock, ZoneId zone, IdSource ids, ResponseDeadlines deadlines,
            ReferralEvents events, AccessPolicy policy) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.ids = Objects.requireNonNull(ids, "ids must not be null");
        this.workingDays = deadlines.workingDays();
        this.engine = ReferralEngine.of(deadlines, zone);
        this.consents = ConsentEngine.of(zone);
        this.events = Objects.requireNonNull(events, "events must not be null");
        this.gate = new Gate(store, policy, clock, ids);
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
     */
    public Versioned<Referral> draft(Actor actor, ReferralId id, CaseId caseId, OfferId offer,
            Set<DataCategory> shared, String purpose) {
        Case from = store.get(RecordKind.CASE, caseId).value();
        Offer to = store.get(RecordKind.OFFER, offer).value();
        gate.check(actor, Operation.SEND_REFERRAL, Resource.referral(from.contactPoint(), to.organisation().id(), shared,
                shared));
        ReferralChange change = engine.draft(DraftReferral.of(id, from, to, shared, purpose), actor, clock.instant());
        return write(null, change);
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
     */
    public Versioned<Referral> request(Actor actor, ReferralId id, LegalBasis legalBasis, String overrideReason) {
        Versioned<Referral> current = store.get(RecordKind.REFERRAL, id);
        gate.check(actor, Operation.SEND_REFERRAL, onReferral(current.value()));
        if (overrideReason != null) {
            gate.check(actor, Operation.OVERRIDE_CONSENT, Resource.at(current.value().contactPoint()));
        }
        List<Consent> given = Reads.values(store, OwnedQuery.consents(current.value().client()));
        ReferralCommand command = ReferralCommand.request(TransferId.of(ids.next()), given, legalBasis, overrideReason);
        return write(current, engine.apply(current.value(), command, actor, now(current.value())));
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
     */
    public Versioned<Referral> apply(Actor actor, ReferralId id, ReferralCommand command) {
        Objects.requireNonNull(actor, "actor must not be null");
        Versioned<Referral> current = store.get(RecordKind.REFERRAL, id);
        gate.check(actor, actor.role() == Role.PARTNER ? Operation.RESPOND_TO_REFERRAL : Operation.SEND_REFERRAL,
                onReferral(current.value()));
        return write(current, engine.apply(current.value(), command, actor, now(current.value())));
    }

    /**
     * Stores a consent the client gave.
     *
     * @param actor who recorded it, not null
     * @param consent the consent, not null; its client must be stored
     * @return the stored consent, version 1
     * @throws RecordNotFoundException if the client is not stored
     * @throws io.github.ankommen.storage.ConflictException if a consent with its id exists
     */
    public Versioned<Consent> record(Actor actor, Consent consent) {
        Objects.requireNonNull(actor, "actor must not be null");
        store.get(RecordKind.CLIENT, consent.client());
        checkForClient(actor, Operation.RECORD_CONSENT, consent.client());
        Versioned<Consent> stored = store.insert(RecordKind.CONSENT, consent);
        LOG.debug("actor {} recorded consent {} of client {}", actor.id(), consent.id(), consent.client());
        return stored;
    }

    /**
     * Records that a client withdrew a consent, and flags every open referral whose data went out on
     * it, in one unit of work. The senders are told through the listeners.
     *
     * @param actor who records the withdrawal, not null
     * @param id the consent, not null
     * @return the withdrawn consent
     * @throws RecordNotFoundException if the consent is not stored
     * @throws io.github.ankommen.storage.ConflictException if the consent or a referral changed
     *     concurrently; nothing is written
     */
    public Versioned<Consent> withdraw(Actor actor, ConsentId id) {
        Versioned<Consent> current = store.get(RecordKind.CONSENT, id);
        checkForClient(actor, Operation.WITHDRAW_CONSENT, current.value().client());
        List<Versioned<Referral>> dependent = Reads.versioned(store, ReferralQuery.basedOn(id).open());
        ConsentChange change = consents.withdraw(current.value(), Reads.values(dependent), actor, clock.instant());
        UnitOfWork.Builder unit = UnitOfWork.builder();
        if (!change.consent().equals(current.value())) {
            unit.update(RecordKind.CONSENT, change.consent(), current.version());
        }
        int flagged = flags(unit, dependent, change);
        if (flagged > 0 || !change.consent().equals(current.value())) {
            store.apply(unit.build());
        }
        LOG.debug("actor {} withdrew consent {}; {} referrals flagged", actor.id(), id, flagged);
        events.publishAll(change.allEvents());
        return change.consent().equals(current.value()) ? current
                : Versioned.of(change.consent(), current.version() + 1);
    }

    /**
     * Flags the open referrals of every consent that has ended and was not withdrawn, each consent
     * in a unit of work of its own. Idempotent: a referral is flagged once.
     *
     * @param actor who runs the check, not null
     * @return how many referrals were flagged
     * @throws io.github.ankommen.storage.ConflictException if a referral changed concurrently; the
     *     consents handled before it stay handled
     */
    public int expireConsents(Actor actor) {
        gate.check(actor, Operation.WITHDRAW_CONSENT, Resource.network());
        Instant now = clock.instant();
        int flagged = 0;
        for (Consent consent : Reads.values(store, new ConsentExpiryQuery(LocalDate.ofInstant(now, zone)))) {
            List<Versioned<Referral>> dependent = Reads.versioned(store, ReferralQuery.basedOn(consent.id()).open());
            ConsentChange change = consents.expire(consent, Reads.values(dependent), actor, now);
            UnitOfWork.Builder unit = UnitOfWork.builder();
            int count = flags(unit, dependent, change);
            if (count > 0) {
                store.apply(unit.build());
                events.publishAll(change.allEvents());
                flagged += count;
            }
        }
        LOG.debug("actor {} expired consents; {} referrals flagged", actor.id(), flagged);
        return flagged;
    }

    /**
     * Finds a referral.
     *
     * @param actor who asks, not null
     * @param id the referral, not null
     * @return the referral and its version, or empty
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public Optional<Versioned<Referral>> find(Actor actor, ReferralId id) {
        Optional<Versioned<Referral>> found = store.find(RecordKind.REFERRAL, id);
        found.ifPresent(r -> gate.check(actor, Operation.VIEW_REFERRAL, onReferral(r.value())));
        return found;
    }

    /**
     * The referrals a query selects, read page by page.
     *
     * @param actor who asks, not null
     * @param query which referrals, not null
     * @return the referrals, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<Referral> referrals(Actor actor, ReferralQuery query) {
        gate.check(actor, Operation.VIEW_REFERRAL, new Resource(query.contactPoint(), null, query.recipient(), Set.of(),
                Set.of(), null));
        return Reads.values(store, query).stream().filter(r -> gate.allows(actor, Operation.VIEW_REFERRAL, onReferral(r))).toList();
    }

    /**
     * A referral's history, oldest first: every status change and everyone who touched it.
     *
     * @param actor who asks, not null
     * @param id the referral, not null
     * @return the entries
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<ReferralHistoryEntry> history(Actor actor, ReferralId id) {
        gate.check(actor, Operation.VIEW_REFERRAL, onReferral(store.get(RecordKind.REFERRAL, id).value()));
        return Reads.values(store, OwnedQuery.history(id));
    }

    /**
     * The notes in a case's history that its referrals ended.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return the notes, ordered by referral
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<ReferralClosed> closedReferrals(Actor actor, CaseId caseId) {
        checkCase(actor, caseId);
        return Reads.values(store, OwnedQuery.closedReferrals(caseId));
    }

    /**
     * The transfer ledger of a client: who received which data, when, and on what basis.
     *
     * @param actor who asks, not null
     * @param client the client, not null
     * @return the transfer records, ordered by id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<TransferRecord> ledger(Actor actor, ClientId client) {
        checkForClient(actor, Operation.VIEW_CLIENT_BASIC, client);
        return Reads.values(store, OwnedQuery.transfers(client));
    }

    /**
     * The referrals overdue for a response now: requested, and past their response deadline.
     *
     * @param actor who asks, not null
     * @return the referrals
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<Referral> overdue(Actor actor) {
        gate.check(actor, Operation.VIEW_REFERRAL, Resource.network());
        Instant now = clock.instant();
        List<Referral> candidates = Reads.values(store, ReferralQuery.all().inStatus(ReferralStatus.REQUESTED)
                .respondByBefore(LocalDate.ofInstant(now, zone)));
        return ReferralDeadlines.overdue(candidates, now, zone);
    }

    /**
     * The accepted referrals with no progress for a number of working days.
     *
     * @param actor who asks, not null
     * @param workingDaysWithoutProgress the number, 1 or more
     * @return the referrals
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<Referral> stalled(Actor actor, int workingDaysWithoutProgress) {
        gate.check(actor, Operation.VIEW_REFERRAL, Resource.network());
        List<Referral> candidates = Reads.values(store, ReferralQuery.all().inStatus(ReferralStatus.ACCEPTED,
                ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD));
        return ReferralDeadlines.stalled(candidates, LocalDate.ofInstant(clock.instant(), zone),
                workingDaysWithoutProgress, zone, workingDays);
    }

    /**
     * Stores a pathway template, or replaces one.
     *
     * @param actor who stores it, not null
     * @param pathway the template, not null
     * @return the stored template and its version
     */
    public Versioned<Pathway> save(Actor actor, Pathway pathway) {
        gate.check(actor, Operation.MANAGE_NETWORK, Resource.network());
        Versioned<Pathway> stored = store.find(RecordKind.PATHWAY, pathway.id())
                .map(current -> store.update(RecordKind.PATHWAY, pathway, current.version()))
                .orElseGet(() -> store.insert(RecordKind.PATHWAY, pathway));
        LOG.debug("actor {} saved pathway {}", actor.id(), pathway.id());
        return stored;
    }

    /**
     * A case's progress along every stored pathway, derived from its referrals.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @return the progress per pathway, ordered by pathway id
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public List<PathwayProgress> progress(Actor actor, CaseId caseId) {
        checkCase(actor, caseId);
        List<Referral> ofCase = Reads.values(store, ReferralQuery.ofCase(caseId));
        List<PathwayProgress> progress = new ArrayList<>();
        for (Pathway pathway : Reads.values(store, PathwayQuery.all())) {
            progress.add(PathwayProgress.of(pathway, caseId, ofCase));
        }
        return progress;
    }

    /**
     * The next possible steps of a case along a pathway, with the offers that serve the district of
     * the case's contact point in one of the client's languages (or the contact point's, when the
     * client's are not recorded) and have capacity.
     *
     * @param actor who asks, not null
     * @param caseId the case, not null
     * @param pathway the pathway, not null
     * @return the next steps
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     * @throws RecordNotFoundException if the case, its client, its contact point or the pathway is
     *     not stored
     */
    public List<NextStep> nextSteps(Actor actor, CaseId caseId, PathwayId pathway) {
        Case c = checkCase(actor, caseId);
        Client client = store.get(RecordKind.CLIENT, c.client()).value();
        ContactPoint site = store.get(RecordKind.CONTACT_POINT, c.contactPoint()).value();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        District district = site.districts().stream().filter(d -> d.validity().contains(today))
                .map(ServedDistrict::district).findFirst()
                .orElseGet(() -> site.districts().isEmpty() ? null : site.districts().get(0).district());
        if (district == null) {
            return List.of();
        }
        Set<Language> languages = client.basic().languages().isEmpty() ? site.languages() : client.basic().languages();
        PathwayProgress progress = PathwayProgress.of(store.get(RecordKind.PATHWAY, pathway).value(), caseId,
                Reads.values(store, ReferralQuery.ofCase(caseId)));
        return progress.nextSteps(Reads.values(store, OfferQuery.of(null, district, null)), district, languages);
    }

    /**
     * The gap report: per district of the sending contact point, offer category and month, the
     * referrals requested, the rejections for no capacity and the median time to acceptance.
     *
     * @param actor who asks, not null
     * @return the report
     * @throws io.github.ankommen.access.AccessDeniedException if the actor may not see it
     */
    public GapReport gapReport(Actor actor) {
        gate.check(actor, Operation.VIEW_STATISTICS, Resource.network());
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Map<ContactPointId, District> districts = new HashMap<>();
        return GapReport.of(Reads.values(store, ReferralQuery.all()), r -> districts.computeIfAbsent(r.contactPoint(),
                cp -> districtOf(cp, today)), zone);
    }

    private static Resource onReferral(Referral r) {
        return Resource.referral(r.contactPoint(), r.recipient(), r.shared(), r.shared());
    }

    private Case checkCase(Actor actor, CaseId caseId) {
        Case c = store.get(RecordKind.CASE, caseId).value();
        gate.check(actor, Operation.VIEW_CASE, Resource.ofCase(c.contactPoint(), c.mentor()));
        return c;
    }

    /** Allows a call about a client to those who may make it at one of the client's cases. */
    private void checkForClient(Actor actor, Operation operation, ClientId client) {
        List<Case> cases = Reads.values(store, CaseQuery.of(client));
        for (Case c : cases) {
            if (gate.allows(actor, operation, Resource.ofCase(c.contactPoint(), c.mentor()))) {
                return;
            }
        }
        gate.check(actor, operation, cases.isEmpty() ? Resource.network()
                : Resource.ofCase(cases.get(0).contactPoint(), cases.get(0).mentor()));
    }

    private District districtOf(ContactPointId contactPoint, LocalDate today) {
        ContactPoint site = store.get(RecordKind.CONTACT_POINT, contactPoint).value();
        return site.districts().stream().filter(d -> d.validity().contains(today)).map(ServedDistrict::district)
                .findFirst().orElse(site.districts().isEmpty() ? District.of("(none)") : site.districts().get(0).district());
    }

    private Versioned<Referral> write(Versioned<Referral> current, ReferralChange change) {
        UnitOfWork.Builder unit = UnitOfWork.builder();
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
        store.apply(unit.build());
        LOG.debug("actor {} moved referral {} {} -> {}, version {}", change.history().actor(), change.updated().id(),
                change.history().from(), change.history().to(), change.updated().version());
        events.publishAll(change.events());
        return Versioned.of(change.updated(), change.updated().version());
    }

    private int flags(UnitOfWork.Builder unit, List<Versioned<Referral>> dependent, ConsentChange change) {
        for (ReferralChange flag : change.flagged()) {
            long version = dependent.stream().filter(v -> v.value().id().equals(flag.updated().id()))
                    .findFirst().orElseThrow().version();
            unit.update(RecordKind.REFERRAL, flag.updated(), version);
            unit.insert(RecordKind.REFERRAL_HISTORY, flag.history());
        }
        return change.flagged().size();
    }

    private Instant now(Referral referral) {
        Instant now = clock.instant();
        return now.isBefore(referral.updatedAt()) ? referral.updatedAt() : now;
    }
}
