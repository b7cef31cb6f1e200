package io.github.ankommen.referral;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The note a case's history takes when one of its referrals ends: which referral, to which offer,
 * how it ended, who ended it and when.
 *
 * <p>{@link ReferralEngine} returns one whenever a referral enters a terminal status (including
 * entered-in-error after it had ended), and a store records it in the case's history. It holds ids
 * and enums only, no free text. This class is immutable and thread-safe.
 *
 * @param caseId the case
 * @param referral the referral
 * @param offer the offer it was for
 * @param recipient the receiving organisation
 * @param need the need it was for
 * @param status the terminal status it reached
 * @param reason the reason, for a rejection, failure or cancellation; else null
 * @param outcome what a completed referral achieved; else null
 * @param actor who ended it
 * @param at when
 * @since 0.1.0
 */
public record ReferralClosed(
        @NotNull CaseId caseId,
        @NotNull ReferralId referral,
        @NotNull OfferId offer,
        @NotNull OrganisationId recipient,
        @NotNull Category need,
        @NotNull ReferralStatus status,
        ReferralReason reason,
        ReferralOutcome.Kind outcome,
        @NotNull ActorId actor,
        @NotNull Instant at) {

    /**
     * Creates the note.
     *
     * @param caseId the case, not null
     * @param referral the referral, not null
     * @param offer the offer, not null
     * @param recipient the receiving organisation, not null
     * @param need the need, not null
     * @param status the status, not null, terminal
     * @param reason the reason, or null
     * @param outcome the outcome's kind, or null
     * @param actor who, not null
     * @param at when, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the status
     *     is not terminal
     */
    public ReferralClosed(CaseId caseId, ReferralId referral, OfferId offer, OrganisationId recipient, Category need,
            ReferralStatus status, ReferralReason reason, ReferralOutcome.Kind outcome, ActorId actor, Instant at) {
        this.caseId = caseId;
        this.referral = referral;
        this.offer = offer;
        this.recipient = recipient;
        this.need = need;
        this.status = status;
        this.reason = reason;
        this.outcome = outcome;
        this.actor = actor;
        this.at = at;
        RecordValidation.valid(this);
    }

    @AssertTrue(message = "{io.github.ankommen.referral.ReferralClosed.status.message}")
    private boolean isStatusTerminal() {
        return status == null || status.isTerminal();
    }
}
