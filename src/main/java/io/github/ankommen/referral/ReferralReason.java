package io.github.ankommen.referral;

/**
 * Why a referral was rejected, failed or was cancelled; the closed list of the issue. A free-text
 * note may go with it.
 *
 * @since 0.1.0
 */
public enum ReferralReason {
    /** The offer has no free place; counted in the {@link GapReport}. */
    NO_CAPACITY,
    /** The client does not meet the offer's conditions. */
    NOT_ELIGIBLE,
    /** The client could not be reached. */
    CLIENT_NOT_REACHED,
    /** The client did not come to an appointment. */
    CLIENT_DID_NOT_ATTEND,
    /** The client decided against it. */
    CLIENT_DECLINED,
    /** The referral duplicates another one. */
    DUPLICATE,
    /** Another reason; the note should say which. */
    OTHER
}
