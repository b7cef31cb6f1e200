package io.github.ankommen.interop;

import io.github.ankommen.access.Actor;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.OrganisationId;
import io.github.ankommen.referral.IllegalReferralTransitionException;
import io.github.ankommen.referral.Referral;
import io.github.ankommen.referral.ReferralAction;
import io.github.ankommen.referral.ReferralCommand;
import io.github.ankommen.referral.ReferralEngine;
import io.github.ankommen.referral.ReferralId;
import io.github.ankommen.referral.ReferralOutcome;
import io.github.ankommen.referral.ReferralReason;
import io.github.ankommen.referral.ReferralStatus;
import io.github.ankommen.referral.Side;
import io.github.ankommen.referral.WrongSideException;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * A status update of a referral, read from a FHIR R4 {@code Task} by {@link FhirTask#parse}: the
 * referral, the organisation that owns the Task, the new status, and the reason or outcome that
 * comes with it.
 *
 * <p>{@link #toCommand(Referral, Actor)} turns it into the {@link ReferralCommand} that an
 * application applies through the referral service, under the status rules of the SDOH Clinical
 * Care guide: the receiving organisation (the Task's owner) accepts, rejects with a reason, starts,
 * puts on hold, resumes, completes with an outcome or fails with a reason; the requester cancels
 * with a reason; either marks it entered-in-error. This class is immutable and thread-safe.
 *
 * @param referral the referral, the Task's id; not null
 * @param owner the receiving organisation; not null
 * @param status the Task's status; not null
 * @param reason the status reason, or null
 * @param outcome the outcome, or null
 * @since 0.1.0
 */
public record FhirTaskUpdate(@NotNull ReferralId referral, @NotNull OrganisationId owner,
        @NotNull ReferralStatus status, ReferralReason reason, ReferralOutcome outcome) {

    /**
     * Creates an update.
     *
     * @param referral the referral, not null
     * @param owner the receiving organisation, not null
     * @param status the new status, not null
     * @param reason the reason, or null
     * @param outcome the outcome, or null
     * @throws jakarta.validation.ConstraintViolationException if a required component is null
     */
    public FhirTaskUpdate(ReferralId referral, OrganisationId owner, ReferralStatus status, ReferralReason reason,
            ReferralOutcome outcome) {
        this.referral = referral;
        this.owner = owner;
        this.status = status;
        this.reason = reason;
        this.outcome = outcome;
        RecordValidation.valid(this);
    }

    /**
     * The command that takes a referral to this update's status, under the SDOH status rules.
     *
     * <p>In-progress is a start from accepted and a resume from on-hold; cancelled is a cancel of a
     * draft or a request and a revoke of an accepted referral. A rejection, a failure and a
     * cancellation need a reason, a completion an outcome.
     *
     * @param current the referral as stored, not null, with this update's id and owner
     * @param from the actor whose system sent the Task, not null: a partner of the receiving
     *     organisation, or a sender of the referral
     * @return the command, or empty if the referral already has the status
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the referral's id or recipient is not this update's
     * @throws IllegalReferralTransitionException if the status cannot follow the current one, or
     *     is one a Task cannot set (draft, or requested, which needs the client's consent)
     * @throws WrongSideException if the actor is not on the side the SDOH rules give that status to
     * @throws jakarta.validation.ConstraintViolationException if a reason or an outcome that the
     *     status needs is missing
     */
    public Optional<ReferralCommand> toCommand(Referral current, Actor from) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(from, "from must not be null");
        if (!current.id().equals(referral) || !current.recipient().equals(owner)) {
            throw new IllegalArgumentException("task " + referral + " owned by " + owner + " is not referral "
                    + current.id() + " to " + current.recipient());
        }
        ReferralStatus now = current.status();
        if (now == status) {
            return Optional.empty();
        }
        ReferralAction action = switch (status) {
            case DRAFT -> ReferralAction.DRAFT;
            case REQUESTED -> ReferralAction.REQUEST;
            case ACCEPTED -> ReferralAction.ACCEPT;
            case REJECTED -> ReferralAction.REJECT;
            case CANCELLED -> now == ReferralStatus.DRAFT || now == ReferralStatus.REQUESTED
                    ? ReferralAction.CANCEL : ReferralAction.REVOKE;
            case IN_PROGRESS -> now == ReferralStatus.ON_HOLD ? ReferralAction.RESUME : ReferralAction.START;
            case ON_HOLD -> ReferralAction.HOLD;
            case COMPLETED -> ReferralAction.COMPLETE;
            case FAILED -> ReferralAction.FAIL;
            case ENTERED_IN_ERROR -> ReferralAction.ENTERED_IN_ERROR;
        };
        if (!action.from().contains(now) || action == ReferralAction.DRAFT || action == ReferralAction.REQUEST) {
            throw new IllegalReferralTransitionException(current.id(), now, action);
        }
        Optional<Side> side = ReferralEngine.sideOf(from, current);
        if (side.isEmpty() || !action.sides().contains(side.get())) {
            throw new WrongSideException(current.id(), from.id(), action, action.sides());
        }
        return Optional.of(switch (action) {
            case ACCEPT -> ReferralCommand.accept();
            case START -> ReferralCommand.start();
            case HOLD -> ReferralCommand.hold(null);
            case RESUME -> ReferralCommand.resume();
            case REJECT -> ReferralCommand.reject(reason, null);
            case CANCEL -> ReferralCommand.cancel(reason, null);
            case REVOKE -> ReferralCommand.revoke(reason, null);
            case FAIL -> ReferralCommand.fail(reason, null);
            case COMPLETE -> ReferralCommand.complete(outcome);
            case ENTERED_IN_ERROR -> ReferralCommand.enteredInError(null);
            case DRAFT, REQUEST, FLAG -> throw new IllegalStateException("not a Task status change: " + action);
        });
    }
}
