package io.github.ankommen.referral;

import io.github.ankommen.access.Actor;
import io.github.ankommen.access.Permission;
import io.github.ankommen.consent.ConsentCheck;
import io.github.ankommen.consent.ConsentMissingException;
import io.github.ankommen.consent.ConsentOverride;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies commands to referrals: pure and stateless.
 *
 * <p>{@link #draft} and {@link #apply} take a referral's current value (or a draft command), a
 * command, the actor who gives it and the instant, and return a {@link ReferralChange}: the
 * referral's next value with its version one higher and {@code updatedAt} and
 * {@code lastProgressAt} set to the instant, its one {@link ReferralHistoryEntry}, the
 * {@link TransferRecord} of a request, the {@link ReferralClosed} note of an ending, and the events.
 * Nothing is stored and nothing is changed in place. A refused command throws and returns nothing.
 *
 * <p><b>Checks, in order.</b>
 * <ol>
 *   <li>The action must leave the current status ({@link ReferralAction#from()}), else
 *       {@link IllegalReferralTransitionException}. Terminal statuses are left only by
 *       entered-in-error, and only into it.</li>
 *   <li>The actor must be on a side that may take the action ({@link ReferralAction#sides()}, and
 *       {@link #sideOf}), else {@link WrongSideException}.</li>
 *   <li>For a request with an override reason, the actor must hold
 *       {@link Permission#CONSENT_OVERRIDE}, else {@link OverrideNotPermittedException}.</li>
 *   <li>For a request, a basis must cover the transfer: a valid consent of the client for the
 *       recipient, the purpose and every shared category; else the legal basis given; else the
 *       override. Otherwise {@link ConsentMissingException}, whose {@link ConsentCheck} says what is
 *       missing.</li>
 * </ol>
 *
 * <p><b>Effects.</b> A request records the basis, the request instant and the day by which the
 * receiving organisation must answer ({@link ResponseDeadlines}, counted from the request's day in
 * this engine's zone), and returns the ledger entry. An accept records the acceptance instant. A
 * reject, cancel, fail or revoke records the reason and note; a complete records the outcome.
 * Entered-in-error keeps them. A flag (see {@link ConsentEngine}) stays on the referral. This class
 * is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReferralEngine {

    private final ResponseDeadlines deadlines;
    private final ZoneId zone;

    private ReferralEngine(ResponseDeadlines deadlines, ZoneId zone) {
        this.deadlines = deadlines;
        this.zone = zone;
    }

    /**
     * Obtains an engine.
     *
     * @param deadlines the response deadlines, not null
     * @param zone the municipality's time zone, not null, such as {@code Europe/Berlin}; it decides
     *     on which day a request falls and whether a consent is valid on it
     * @return the engine
     * @throws NullPointerException if an argument is null
     */
    public static ReferralEngine of(ResponseDeadlines deadlines, ZoneId zone) {
        return new ReferralEngine(Objects.requireNonNull(deadlines, "deadlines must not be null"),
                Objects.requireNonNull(zone, "zone must not be null"));
    }

    /**
     * The response deadlines this engine applies.
     *
     * @return the deadlines
     */
    public ResponseDeadlines deadlines() {
        return deadlines;
    }

    /**
     * The time zone this engine works in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The side an actor is on, for a referral from a contact point to an organisation.
     *
     * <p>Coordinators, and caseworkers of the sending contact point, are the {@link Side#SENDER}.
     * Partners of the recipient organisation are the {@link Side#RECEIVER}. Everyone else, including
     * volunteers, analysts, caseworkers of other contact points and partners of other organisations,
     * is on neither side. Coordinators are never the receiver: the receiving organisation answers for
     * itself.
     *
     * @param actor the actor, not null
     * @param contactPoint the sending contact point, not null
     * @param recipient the receiving organisation, not null
     * @return the side, or empty if the actor is on neither
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Side> sideOf(Actor actor, ContactPointId contactPoint, OrganisationId recipient) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(contactPoint, "contactPoint must not be null");
        Objects.requireNonNull(recipient, "recipient must not be null");
        return switch (actor.role()) {
            case COORDINATOR -> Optional.of(Side.SENDER);
            case CASEWORKER -> actor.contactPoints().contains(contactPoint) ? Optional.of(Side.SENDER) : Optional.empty();
            case PARTNER -> recipient.equals(actor.organisation()) ? Optional.of(Side.RECEIVER) : Optional.empty();
            case VOLUNTEER, ANALYST -> Optional.empty();
        };
    }

    /**
     * The side an actor is on for a referral; see {@link #sideOf(Actor, ContactPointId, OrganisationId)}.
     *
     * @param actor the actor, not null
     * @param referral the referral, not null
     * @return the side, or empty if the actor is on neither
     * @throws NullPointerException if an argument is null
     */
    public static Optional<Side> sideOf(Actor actor, Referral referral) {
        Objects.requireNonNull(referral, "referral must not be null");
        return sideOf(actor, referral.contactPoint(), referral.recipient());
    }

    /**
     * Drafts a referral, with version 1. Nothing is shared yet.
     *
     * @param command what to draft, not null
     * @param actor who, not null: the sender
     * @param at when, not null; becomes {@code createdAt}, {@code updatedAt} and {@code lastProgressAt}
     * @return the draft, its first history entry (whose {@code from} is null) and its event
     * @throws NullPointerException if an argument is null
     * @throws WrongSideException if the actor is not the sender
     */
    public ReferralChange draft(DraftReferral command, Actor actor, Instant at) {
        Objects.requireNonNull(command, "command must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        Side side = side(actor, command.id(), command.contactPoint(), command.recipient(), ReferralAction.DRAFT);
        Referral draft = new Referral(command.id(), command.caseId(), command.client(), command.contactPoint(),
                command.offer(), command.recipient(), command.need(), command.shared(), command.purpose(),
                ReferralStatus.DRAFT, null, null, null, null, null, null, null, null, at, 1, at, at);
        ReferralHistoryEntry entry = new ReferralHistoryEntry(draft.id(), 1, actor.id(), actor.role(), side, at, null,
                ReferralStatus.DRAFT, ReferralAction.DRAFT, null, null);
        return new ReferralChange(draft, entry, null, null, List.of(changed(draft, ReferralAction.DRAFT, null, actor,
                side, at)));
    }

    /**
     * Applies a command to a referral.
     *
     * @param current the referral's current value, not null
     * @param command the command, not null
     * @param actor who gives it, not null
     * @param at when, not null, not before the referral was created
     * @return the change
     * @throws NullPointerException if an argument is null
     * @throws IllegalReferralTransitionException if the action does not leave the current status
     * @throws WrongSideException if the actor is not on a side that may take the action
     * @throws OverrideNotPermittedException if a request asks for an override its actor may not give
     * @throws ConsentMissingException if a request has no consent, legal basis or override to cover it
     * @throws jakarta.validation.ConstraintViolationException if the instant is before the referral's creation
     */
    public ReferralChange apply(Referral current, ReferralCommand command, Actor actor, Instant at) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(command, "command must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(at, "at must not be null");
        ReferralAction action = command.action();
        ReferralStatus from = current.status();
        if (!action.from().contains(from)) {
            throw new IllegalReferralTransitionException(current.id(), from, action);
        }
        Side side = side(actor, current.id(), current.contactPoint(), current.recipient(), action);
        ReferralStatus to = action.to();
        ReferralReason reason = current.reason();
        String note = current.note();
        ReferralOutcome outcome = current.outcome();
        TransferBasis basis = current.basis();
        Instant requestedAt = current.requestedAt();
        LocalDate respondBy = current.respondBy();
        Instant acceptedAt = current.acceptedAt();
        ReferralReason entryReason = null;
        String entryNote = null;
        TransferRecord transfer = null;
        if (command instanceof ReferralCommand.Request request) {
            basis = basis(current, request, actor, at);
            requestedAt = at;
            respondBy = deadlines.respondBy(current.need(), LocalDate.ofInstant(at, zone));
            entryNote = basis.kind() == TransferBasis.Kind.OVERRIDE ? basis.override().reason() : null;
            transfer = new TransferRecord(request.transfer(), current.id(), current.client(), current.recipient(),
                    current.shared(), current.purpose(), at, basis.kind(), basis.reference());
        } else if (command instanceof ReferralCommand.End end) {
            reason = end.reason();
            note = end.note();
            entryReason = end.reason();
            entryNote = end.note();
        } else if (command instanceof ReferralCommand.Complete complete) {
            outcome = complete.outcome();
            entryNote = complete.outcome().note();
        } else if (command instanceof ReferralCommand.Move move) {
            entryNote = move.note();
            if (action == ReferralAction.ACCEPT) {
                acceptedAt = at;
            }
        }
        long version = current.version() + 1;
        Referral next = new Referral(current.id(), current.caseId(), current.client(), current.contactPoint(),
                current.offer(), current.recipient(), current.need(), current.shared(), current.purpose(), to, reason,
                note, outcome, basis, current.flag(), requestedAt, respondBy, acceptedAt, at, version,
                current.createdAt(), at);
        ReferralHistoryEntry entry = new ReferralHistoryEntry(current.id(), version, actor.id(), actor.role(), side, at,
                from, to, action, entryReason, entryNote);
        ReferralClosed closed = to.isTerminal()
                ? new ReferralClosed(current.caseId(), current.id(), current.offer(), current.recipient(), current.need(),
                        to, reason, outcome == null ? null : outcome.kind(), actor.id(), at)
                : null;
        return new ReferralChange(next, entry, transfer, closed, List.of(changed(next, action, from, actor, side, at)));
    }

    private TransferBasis basis(Referral current, ReferralCommand.Request request, Actor actor, Instant at) {
        if (request.overrideReason() != null && !actor.holds(Permission.CONSENT_OVERRIDE)) {
            throw new OverrideNotPermittedException(current.id(), actor.id());
        }
        ConsentCheck check = ConsentCheck.of(request.consents(), request.legalBasis(), current.client(),
                current.recipient(), current.purpose(), current.shared(), at, zone);
        if (check.isCovered()) {
            return check.basis() == TransferBasis.Kind.CONSENT ? TransferBasis.consent(check.consent())
                    : TransferBasis.legal(request.legalBasis());
        }
        if (request.overrideReason() != null) {
            return TransferBasis.override(new ConsentOverride(actor.id(), at, request.overrideReason()));
        }
        throw new ConsentMissingException(check);
    }

    private static Side side(Actor actor, ReferralId referral, ContactPointId contactPoint, OrganisationId recipient,
            ReferralAction action) {
        Optional<Side> side = sideOf(actor, contactPoint, recipient);
        if (side.isEmpty() || !action.sides().contains(side.get())) {
            throw new WrongSideException(referral, actor.id(), action, action.sides());
        }
        return side.get();
    }

    private static ReferralStatusChanged changed(Referral r, ReferralAction action, ReferralStatus from, Actor actor,
            Side side, Instant at) {
        return new ReferralStatusChanged(r.id(), r.caseId(), r.contactPoint(), r.recipient(), action, from, r.status(),
                actor.id(), side, at);
    }
}
