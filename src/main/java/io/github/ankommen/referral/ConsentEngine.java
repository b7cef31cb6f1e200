package io.github.ankommen.referral;

import io.github.ankommen.access.Actor;
import io.github.ankommen.consent.Consent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Withdraws consents and finds expired ones, and flags the open referrals that depend on them:
 * pure and stateless.
 *
 * <p>A referral <i>depends</i> on a consent if its data went to the recipient on that consent
 * ({@link Referral#dependsOn}). When the consent is withdrawn, or has expired, every open referral
 * that depends on it and is not flagged yet is flagged: it gets a {@link ConsentFlag}, its version
 * grows by one, its history gets one {@link ReferralAction#FLAG} entry (whose side is null), and a
 * {@link ReferralFlagged} event tells the sending contact point, through the same
 * {@link ReferralListener}s as every other referral event. The status does not change: the sender
 * decides whether to cancel or revoke. No further data goes to the recipient on that consent, because
 * a withdrawn or expired consent covers no new request.
 *
 * <p>It lives in the referral package, beside the referrals it flags, so that the consent package
 * does not depend on referrals (decision D14). Any actor may record a withdrawal, because a client may
 * withdraw consent towards anyone; the history records who did. This class is immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ConsentEngine {

    private final ZoneId zone;

    private ConsentEngine(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Obtains an engine.
     *
     * @param zone the municipality's time zone, not null; it decides on which day a consent expires
     * @return the engine
     * @throws NullPointerException if the zone is null
     */
    public static ConsentEngine of(ZoneId zone) {
        return new ConsentEngine(Objects.requireNonNull(zone, "zone must not be null"));
    }

    /**
     * Withdraws a consent and flags every open referral that depends on it.
     *
     * <p>Withdrawing a withdrawn consent keeps the first withdrawal; it still flags dependent open
     * referrals that are not flagged yet, but has no {@link ConsentWithdrawn} event of its own unless
     * it flags some.
     *
     * @param consent the consent, not null
     * @param referrals the referrals to look at, not null, no nulls; those that do not depend on the
     *     consent, are not open or are already flagged are left alone
     * @param actor who records the withdrawal, not null
     * @param at when, not null, not before the consent was obtained
     * @return the withdrawn consent, the flagged referrals' changes and the events
     * @throws NullPointerException if an argument or a referral is null
     * @throws jakarta.validation.ConstraintViolationException if the instant is before the consent was obtained
     */
    public ConsentChange withdraw(Consent consent, Collection<Referral> referrals, Actor actor, Instant at) {
        Objects.requireNonNull(consent, "consent must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Consent withdrawn = consent.withdraw(at);
        List<ReferralChange> flagged = flag(withdrawn, referrals, ConsentFlag.Kind.WITHDRAWN, actor, at);
        List<ReferralEvent> events = consent.isWithdrawn() && flagged.isEmpty() ? List.of()
                : List.of(new ConsentWithdrawn(consent.id(), consent.client(), consent.recipient(), at, ids(flagged)));
        return new ConsentChange(withdrawn, flagged, events);
    }

    /**
     * Flags every open referral that depends on a consent, if the consent has expired at an instant
     * (its last valid day is before the instant's day). A scheduled job calls this, for example every
     * morning, for the consents whose last valid day has passed. A consent that has not expired
     * changes nothing and yields no event.
     *
     * @param consent the consent, not null
     * @param referrals the referrals to look at, not null, no nulls
     * @param actor who runs the check, not null, such as a system actor
     * @param at when, not null
     * @return the unchanged consent, the flagged referrals' changes and the events
     * @throws NullPointerException if an argument or a referral is null
     */
    public ConsentChange expire(Consent consent, Collection<Referral> referrals, Actor actor, Instant at) {
        Objects.requireNonNull(consent, "consent must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(referrals, "referrals must not be null");
        if (!consent.isExpiredAt(at, zone)) {
            return new ConsentChange(consent, List.of(), List.of());
        }
        List<ReferralChange> flagged = flag(consent, referrals, ConsentFlag.Kind.EXPIRED, actor, at);
        List<ReferralEvent> events = flagged.isEmpty() ? List.of()
                : List.of(new ConsentExpired(consent.id(), consent.client(), consent.recipient(), at, ids(flagged)));
        return new ConsentChange(consent, flagged, events);
    }

    private static List<ReferralChange> flag(Consent consent, Collection<Referral> referrals, ConsentFlag.Kind kind,
            Actor actor, Instant at) {
        Objects.requireNonNull(referrals, "referrals must not be null");
        List<Referral> dependent = new ArrayList<>();
        for (Referral r : referrals) {
            Objects.requireNonNull(r, "referrals must not hold null");
            if (r.isOpen() && !r.isFlagged() && r.dependsOn(consent.id())) {
                dependent.add(r);
            }
        }
        dependent.sort(Comparator.comparing(r -> r.id().value()));
        List<ReferralChange> changes = new ArrayList<>(dependent.size());
        ConsentFlag flag = new ConsentFlag(kind, consent.id(), at);
        for (Referral r : dependent) {
            long version = r.version() + 1;
            Referral next = new Referral(r.id(), r.caseId(), r.client(), r.contactPoint(), r.offer(), r.recipient(),
                    r.need(), r.shared(), r.purpose(), r.status(), r.reason(), r.note(), r.outcome(), r.basis(), flag,
                    r.requestedAt(), r.respondBy(), r.acceptedAt(), r.lastProgressAt(), version, r.createdAt(), at);
            ReferralHistoryEntry entry = new ReferralHistoryEntry(r.id(), version, actor.id(), actor.role(), null, at,
                    r.status(), r.status(), ReferralAction.FLAG, null, null);
            changes.add(new ReferralChange(next, entry, null, null,
                    List.of(new ReferralFlagged(r.id(), r.caseId(), r.contactPoint(), r.recipient(), r.status(), flag))));
        }
        return changes;
    }

    private static List<ReferralId> ids(List<ReferralChange> changes) {
        return changes.stream().map(c -> c.updated().id()).toList();
    }
}
