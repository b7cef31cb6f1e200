package io.github.ankommen.referral;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.consent.ConsentId;
import io.github.ankommen.consent.TransferBasis;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.OfferId;
import io.github.ankommen.network.OrganisationId;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A referral (<i>Vermittlung</i>): one hand-over of a case to an offer of a receiving organisation,
 * for a need.
 *
 * <p>Who and what: the case and its client, the sending contact point, the offer and the
 * organisation that offers it, the need (a {@link Category}), the data categories the referral
 * shares and the purpose it shares them for. Where it stands: the {@link ReferralStatus}, the reason
 * and note of a rejection, failure or cancellation, the outcome of a completion, the
 * {@link TransferBasis} on which the data went (from the request on), the {@link ConsentFlag} if that
 * consent was withdrawn or expired, when it was requested and by which day it must be answered, when
 * it was accepted, when its status last changed, a version that grows by one with every change, and
 * the times of creation and of the last change. Its history, one {@link ReferralHistoryEntry} per
 * change, is kept outside this record, as a case's audit trail is (decision D10).
 *
 * <p>Referrals are changed only through {@link ReferralEngine} and {@link ConsentEngine}; the public
 * constructor is for stores that load one. Its constraints are checked by hand first and by the
 * validator only when that check fails (decision D10). The purpose, the note and the basis's
 * override reason may hold personal data; {@link #toString()} shows ids, status and version only.
 * This class is immutable and thread-safe.
 *
 * @param id the referral's id
 * @param caseId the case it belongs to
 * @param client the case's client
 * @param contactPoint the sending contact point
 * @param offer the offer referred to
 * @param recipient the organisation that offers it, which receives the data
 * @param need what the client needs, usually the offer's category
 * @param shared the data categories the referral shares, at least one
 * @param purpose what the data is shared for, not blank, at most 200 characters
 * @param status the status
 * @param reason why it was rejected, failed or cancelled; required in those statuses, kept when
 *     entered in error, else null
 * @param note a note to the reason; null if none; not blank, at most 2000 characters
 * @param outcome what it achieved; required when completed, kept when entered in error, else null
 * @param basis the basis of the data transfer; null exactly while it was never requested
 * @param flag the consent flag; null if the consent it depends on is still in force
 * @param requestedAt when it was requested; null exactly while it was never requested
 * @param respondBy the last day for the receiving organisation's answer; set with {@code requestedAt}
 * @param acceptedAt when it was accepted; null if it never was
 * @param lastProgressAt when its status last changed (at creation: {@code createdAt})
 * @param version the version, from 1 (drafted), one more with every change
 * @param createdAt when it was drafted
 * @param updatedAt when it was last changed; not before {@code createdAt}
 * @since 0.1.0
 */
public record Referral(
        @NotNull ReferralId id,
        @NotNull CaseId caseId,
        @NotNull ClientId client,
        @NotNull ContactPointId contactPoint,
        @NotNull OfferId offer,
        @NotNull OrganisationId recipient,
        @NotNull Category need,
        @NotEmpty Set<@NotNull DataCategory> shared,
        @NotBlank @Size(max = 200) String purpose,
        @NotNull ReferralStatus status,
        ReferralReason reason,
        @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String note,
        ReferralOutcome outcome,
        TransferBasis basis,
        ConsentFlag flag,
        Instant requestedAt,
        LocalDate respondBy,
        Instant acceptedAt,
        @NotNull Instant lastProgressAt,
        @Positive long version,
        @NotNull Instant createdAt,
        @NotNull Instant updatedAt) {

    private static final Set<ReferralStatus> ENDED_WITH_REASON =
            Set.of(ReferralStatus.REJECTED, ReferralStatus.FAILED, ReferralStatus.CANCELLED);
    private static final Set<ReferralStatus> REQUESTED_FOR_SURE = Set.of(ReferralStatus.REQUESTED,
            ReferralStatus.ACCEPTED, ReferralStatus.REJECTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD,
            ReferralStatus.COMPLETED, ReferralStatus.FAILED);
    private static final Set<ReferralStatus> ACCEPTED_FOR_SURE = Set.of(ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD, ReferralStatus.COMPLETED, ReferralStatus.FAILED);

    /**
     * Creates a referral.
     *
     * @param id the id, not null
     * @param caseId the case, not null
     * @param client the client, not null
     * @param contactPoint the sending contact point, not null
     * @param offer the offer, not null
     * @param recipient the receiving organisation, not null
     * @param need the need, not null
     * @param shared the shared data categories, at least one, no nulls
     * @param purpose the purpose, not blank, at most 200 characters
     * @param status the status, not null
     * @param reason the reason, required exactly as described for the component
     * @param note the note to the reason, or null; only with a reason
     * @param outcome the outcome, required exactly as described for the component
     * @param basis the transfer basis, or null; see the component
     * @param flag the consent flag, or null; only on a consent basis, for the same consent
     * @param requestedAt when it was requested, or null; with {@code basis} and {@code respondBy}
     * @param respondBy the answer's last day, or null; with {@code requestedAt}
     * @param acceptedAt when it was accepted, or null; see the component
     * @param lastProgressAt when its status last changed, not null
     * @param version the version, positive
     * @param createdAt when it was drafted, not null
     * @param updatedAt when it was last changed, not null, not before {@code createdAt}
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     components do not fit together
     */
    public Referral(ReferralId id, CaseId caseId, ClientId client, ContactPointId contactPoint, OfferId offer,
            OrganisationId recipient, Category need, Set<DataCategory> shared, String purpose, ReferralStatus status,
            ReferralReason reason, String note, ReferralOutcome outcome, TransferBasis basis, ConsentFlag flag,
            Instant requestedAt, LocalDate respondBy, Instant acceptedAt, Instant lastProgressAt, long version,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.caseId = caseId;
        this.client = client;
        this.contactPoint = contactPoint;
        this.offer = offer;
        this.recipient = recipient;
        this.need = need;
        this.shared = FrozenCollections.copyOf(shared);
        this.purpose = purpose;
        this.status = status;
        this.reason = reason;
        this.note = note;
        this.outcome = outcome;
        this.basis = basis;
        this.flag = flag;
        this.requestedAt = requestedAt;
        this.respondBy = SharedValues.day(respondBy);
        this.acceptedAt = acceptedAt;
        this.lastProgressAt = lastProgressAt;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        if (!isCheaplyValid()) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Asks whether the referral is open: its status is not terminal.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return status.isOpen();
    }

    /**
     * Asks whether the consent the referral depends on was withdrawn or has expired.
     *
     * @return true if flagged
     */
    public boolean isFlagged() {
        return flag != null;
    }

    /**
     * Asks whether the referral's data went to the recipient on a consent, and on which.
     *
     * @param consent the consent's id
     * @return true if the basis is that consent
     */
    public boolean dependsOn(ConsentId consent) {
        return basis != null && basis.kind() == TransferBasis.Kind.CONSENT && basis.consent().equals(consent);
    }

    /**
     * Shows ids, status, flag and version; never the purpose, the note or the outcome's note.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Referral[id=" + id + ", case=" + caseId + ", contactPoint=" + contactPoint + ", offer=" + offer
                + ", recipient=" + recipient + ", status=" + status + (flag == null ? "" : ", flagged=" + flag.kind())
                + ", version=" + version + "]";
    }

    /** Exactly the constraints of the components and the rules below, without the validator. */
    private boolean isCheaplyValid() {
        return id != null && caseId != null && client != null && contactPoint != null && offer != null
                && recipient != null && need != null && ConstraintChecks.filled(shared) && ConstraintChecks.text(purpose, 200)
                && status != null && ConstraintChecks.optionalText(note, 2000) && lastProgressAt != null && version > 0
                && createdAt != null && updatedAt != null && isUpdatedNotBeforeCreated() && isReasonFittingStatus()
                && isOutcomeFittingStatus() && isRequestRecorded() && isAcceptanceRecorded() && isFlagOnConsent();
    }

    @AssertTrue(message = "{io.github.ankommen.referral.Referral.updatedAt.message}")
    private boolean isUpdatedNotBeforeCreated() {
        return createdAt == null || updatedAt == null || !updatedAt.isBefore(createdAt);
    }

    @AssertTrue(message = "{io.github.ankommen.referral.Referral.reason.message}")
    private boolean isReasonFittingStatus() {
        if (status == null) {
            return true;
        }
        if (note != null && reason == null) {
            return false;
        }
        if (ENDED_WITH_REASON.contains(status)) {
            return reason != null;
        }
        return status == ReferralStatus.ENTERED_IN_ERROR || reason == null;
    }

    @AssertTrue(message = "{io.github.ankommen.referral.Referral.outcome.message}")
    private boolean isOutcomeFittingStatus() {
        if (status == null) {
            return true;
        }
        return switch (status) {
            case COMPLETED -> outcome != null;
            case ENTERED_IN_ERROR -> true;
            default -> outcome == null;
        };
    }

    @AssertTrue(message = "{io.github.ankommen.referral.Referral.requestedAt.message}")
    private boolean isRequestRecorded() {
        boolean none = basis == null && requestedAt == null && respondBy == null;
        boolean all = basis != null && requestedAt != null && respondBy != null;
        if (!none && !all) {
            return false;
        }
        if (status == null) {
            return true;
        }
        if (status == ReferralStatus.DRAFT) {
            return none;
        }
        return !REQUESTED_FOR_SURE.contains(status) || all;
    }

    @AssertTrue(message = "{io.github.ankommen.referral.Referral.acceptedAt.message}")
    private boolean isAcceptanceRecorded() {
        if (acceptedAt != null && requestedAt == null) {
            return false;
        }
        if (status == null) {
            return true;
        }
        if (ACCEPTED_FOR_SURE.contains(status)) {
            return acceptedAt != null;
        }
        return status == ReferralStatus.CANCELLED || status == ReferralStatus.ENTERED_IN_ERROR || acceptedAt == null;
    }

    @AssertTrue(message = "{io.github.ankommen.referral.Referral.flag.message}")
    private boolean isFlagOnConsent() {
        return flag == null || (basis != null && basis.kind() == TransferBasis.Kind.CONSENT
                && basis.consent().equals(flag.consent()));
    }
}
