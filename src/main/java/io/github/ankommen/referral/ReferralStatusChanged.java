package io.github.ankommen.referral;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A referral's status changed (or it was drafted, when {@code from} is null). This class is
 * immutable and thread-safe.
 *
 * @param referral the referral
 * @param caseId its case
 * @param contactPoint the sending contact point, whose caseworkers are to be told
 * @param recipient the receiving organisation
 * @param action what was done
 * @param from the status before; null when drafted
 * @param to the status after
 * @param actor who did it
 * @param side the side the actor acted on
 * @param at when
 * @since 0.1.0
 */
public record ReferralStatusChanged(
        @NotNull ReferralId referral,
        @NotNull CaseId caseId,
        @NotNull ContactPointId contactPoint,
        @NotNull OrganisationId recipient,
        @NotNull ReferralAction action,
        ReferralStatus from,
        @NotNull ReferralStatus to,
        @NotNull ActorId actor,
        @NotNull Side side,
        @NotNull Instant at) implements ReferralEvent {

    /**
     * Creates the event.
     *
     * @param referral the referral, not null
     * @param caseId the case, not null
     * @param contactPoint the sending contact point, not null
     * @param recipient the receiving organisation, not null
     * @param action what was done, not null
     * @param from the status before, or null when drafted
     * @param to the status after, not null
     * @param actor who, not null
     * @param side on which side, not null
     * @param at when, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public ReferralStatusChanged(ReferralId referral, CaseId caseId, ContactPointId contactPoint,
            OrganisationId recipient, ReferralAction action, ReferralStatus from, ReferralStatus to, ActorId actor,
            Side side, Instant at) {
        this.referral = referral;
        this.caseId = caseId;
        this.contactPoint = contactPoint;
        this.recipient = recipient;
        this.action = action;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.side = side;
        this.at = at;
        if (!(referral != null && caseId != null && contactPoint != null && recipient != null && action != null
                && to != null && actor != null && side != null && at != null)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Asks whether the receiving side made the change, so that the sending caseworker should be told.
     *
     * @return true if the side is {@link Side#RECEIVER}
     */
    public boolean isForSender() {
        return side == Side.RECEIVER;
    }
}
