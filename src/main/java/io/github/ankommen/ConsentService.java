package io.github.ankommen;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Operation;
import io.github.ankommen.access.Resource;
import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.referral.ConsentChange;
import io.github.ankommen.referral.ConsentEngine;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralChange;
import io.github.ankommen.storage.ConsentExpiryQuery;
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
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client's consents as they are stored: recording one, its withdrawal, and its expiry, each with
 * the flags on every open referral whose data went out on it.
 *
 * <p>Obtain it from {@link Ankommen#consents()}. Every call names its actor and is checked against
 * the access policy before anything is written: a consent is handled by those who may make the call
 * at one of the client's cases. The pure {@link ConsentEngine} decides; the consent and the flags of
 * its referrals are written in one unit of work, and only then are the events handed to the
 * listeners registered with the {@link Ankommen.Builder}. This class is thread-safe as long as its
 * store and listeners are.
 *
 * @since 0.1.0
 */
public final class ConsentService {

    private static final Logger LOG = LoggerFactory.getLogger(ConsentService.class);

    private final Store store;
    private final Clock clock;
    private final ZoneId zone;
    private final ConsentEngine consents;
    private final ReferralEvents events;
    private final AccessGate gate;
    private final ChangeLog log;

    ConsentService(Store store, Clock clock, ZoneId zone, ReferralEvents events, AccessGate gate, ChangeLog log) {
        this.store = Objects.requireNonNull(store, "store must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        this.consents = ConsentEngine.of(zone);
        this.events = Objects.requireNonNull(events, "events must not be null");
        this.gate = Objects.requireNonNull(gate, "gate must not be null");
        this.log = Objects.requireNonNull(log, "log must not be null");
    }

    /**
     * Stores a consent the client gave.
     *
     * @param actor who recorded it, not null
     * @param consent the consent, not null; its client must be stored
     * @return the stored consent, version 1
     * @throws RecordNotFoundException if the client is not stored
     * @throws io.github.ankommen.storage.ConflictException if a consent with its id exists
     * @throws NullPointerException if an argument is null
     */
    public Versioned<Consent> record(Actor actor, Consent consent) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(consent, "consent must not be null");
        gate.checkForClient(actor, Operation.RECORD_CONSENT, consent.client());
        store.get(RecordKind.CLIENT, consent.client());
        Versioned<Consent> stored = log.insert(actor, "record_consent", null, RecordKind.CONSENT, consent);
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
     * @throws NullPointerException if an argument is null
     */
    public Versioned<Consent> withdraw(Actor actor, ConsentId id) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(id, "id must not be null");
        Optional<Versioned<Consent>> found = store.find(RecordKind.CONSENT, id);
        if (found.isEmpty()) {
            gate.check(actor, Operation.WITHDRAW_CONSENT, Resource.network());
        }
        Versioned<Consent> current = found.orElseThrow(() -> new RecordNotFoundException(RecordKind.CONSENT,
                RecordKind.CONSENT.key(id)));
        gate.checkForClient(actor, Operation.WITHDRAW_CONSENT, current.value().client());
        List<Versioned<Referral>> dependent = QueryResults.versioned(store, ReferralQuery.basedOn(id).open());
        ConsentChange change = consents.withdraw(current.value(), QueryResults.values(dependent), actor, clock.instant());
        UnitOfWork.Builder unit = UnitOfWork.builder();
        if (!change.consent().equals(current.value())) {
            unit.update(RecordKind.CONSENT, change.consent(), current.version());
        }
        int flagged = flags(unit, dependent, change);
        if (flagged > 0 || !change.consent().equals(current.value())) {
            log.apply(actor, "withdraw_consent", null, unit);
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
     * @throws NullPointerException if the actor is null
     */
    public int expireConsents(Actor actor) {
        Objects.requireNonNull(actor, "actor must not be null");
        gate.check(actor, Operation.WITHDRAW_CONSENT, Resource.network());
        Instant now = clock.instant();
        int flagged = 0;
        for (Consent consent : QueryResults.values(store, new ConsentExpiryQuery(LocalDate.ofInstant(now, zone)))) {
            List<Versioned<Referral>> dependent = QueryResults.versioned(store, ReferralQuery.basedOn(consent.id()).open());
            ConsentChange change = consents.expire(consent, QueryResults.values(dependent), actor, now);
            UnitOfWork.Builder unit = UnitOfWork.builder();
            int count = flags(unit, dependent, change);
            if (count > 0) {
                log.apply(actor, "expire_consent", null, unit);
                events.publishAll(change.allEvents());
                flagged += count;
            }
        }
        LOG.debug("actor {} expired consents; {} referrals flagged", actor.id(), flagged);
        return flagged;
    }

    private int flags(UnitOfWork.Builder unit, List<Versioned<Referral>> dependent, ConsentChange change) {
        for (ReferralChange flag : change.flagged()) {
            ReferralService.addTo(unit, flag, dependent.stream()
                    .filter(v -> v.value().id().equals(flag.updated().id())).findFirst().orElseThrow());
        }
        return change.flagged().size();
    }
}
