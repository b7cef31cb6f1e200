package io.github.ankommen.referral;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How the sender settles one open referral when its case closes: the referral is withdrawn on the
 * sending side with a reason, in the same unit of work as the closing, and the receiving
 * organisation is told through the referral events.
 *
 * <p>A referral not yet accepted is cancelled ({@link ReferralAction#CANCEL}); one the receiving
 * organisation has taken on is handed over to it, which the status machine records as the sender's
 * {@link ReferralAction#REVOKE}: the case no longer follows the service, and the receiving
 * organisation carries on with the client on its own account. Either way the referral ends in
 * {@link ReferralStatus#CANCELLED} with the reason and note, and leaves its note in the case's
 * history. The note may hold personal data; {@link #toString()} leaves it out. This class is
 * immutable and thread-safe.
 *
 * @param referral the referral to settle
 * @param reason why, recorded on the referral and in its history
 * @param note a note to the reason, or null; not blank, at most 2000 characters
 * @since 0.1.0
 */
public record ReferralSettlement(
        @NotNull ReferralId referral,
        @NotNull ReferralReason reason,
        @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String note) {

    /**
     * Creates a settlement.
     *
     * @param referral the referral, not null
     * @param reason why, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, or the note
     *     blank or too long
     */
    public ReferralSettlement(ReferralId referral, ReferralReason reason, String note) {
        this.referral = referral;
        this.reason = reason;
        this.note = note;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a settlement.
     *
     * @param referral the referral, not null
     * @param reason why, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the settlement
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, or the note
     *     blank or too long
     */
    public static ReferralSettlement of(ReferralId referral, ReferralReason reason, String note) {
        return new ReferralSettlement(referral, reason, note);
    }

    /**
     * The command that settles the referral in a status: cancel before acceptance, revoke (hand
     * over) after.
     *
     * @param status the referral's current status, not null
     * @return the command
     * @throws NullPointerException if the status is null
     */
    public ReferralCommand.End commandFor(ReferralStatus status) {
        return ReferralAction.CANCEL.from().contains(status) ? ReferralCommand.cancel(reason, note)
                : ReferralCommand.revoke(reason, note);
    }

    /**
     * Shows the referral and the reason, not the note.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ReferralSettlement[" + referral + ", " + reason + "]";
    }
}
