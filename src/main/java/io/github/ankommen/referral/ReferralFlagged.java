package io.github.ankommen.referral;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * An open referral was flagged because the consent it depends on was withdrawn or has expired; the
 * sending contact point is to be told, and no further data may go to the recipient on that consent.
 * This class is immutable and thread-safe.
 *
 * @param referral the referral
 * @param caseId its case
 * @param contactPoint the sending contact point, whose caseworkers are to be told
 * @param recipient the receiving organisation
 * @param status the referral's status, which the flag does not change
 * @param flag the flag: why, which consent, when
 * @since 0.1.0
 */
public record ReferralFlagged(
        @NotNull ReferralId referral,
        @NotNull CaseId caseId,
        @NotNull ContactPointId contactPoint,
        @NotNull OrganisationId recipient,
        @NotNull ReferralStatus status,
        @NotNull ConsentFlag flag) implements ReferralEvent {

    /**
     * Creates the event.
     *
     * @param referral the referral, not null
     * @param caseId the case, not null
     * @param contactPoint the sending contact point, not null
     * @param recipient the receiving organisation, not null
     * @param status the status, not null
     * @param flag the flag, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public ReferralFlagged(ReferralId referral, CaseId caseId, ContactPointId contactPoint, OrganisationId recipient,
            ReferralStatus status, ConsentFlag flag) {
        this.referral = referral;
        this.caseId = caseId;
        this.contactPoint = contactPoint;
        this.recipient = recipient;
        this.status = status;
        this.flag = flag;
        RecordValidation.valid(this);
    }

    /**
     * When the referral was flagged.
     *
     * @return the flag's instant
     */
    @Override
    public Instant at() {
        return flag.at();
    }
}
