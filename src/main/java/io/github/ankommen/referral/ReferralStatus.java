package io.github.ankommen.referral;

/**
 * The status of a referral, as the HL7 SDOH Clinical Care guide profiles FHIR {@code Task.status}
 * for referrals. See {@link ReferralAction} for the transitions between them.
 *
 * @since 0.1.0
 */
public enum ReferralStatus {
    /** Being prepared by the sender; nothing has been shared yet. */
    DRAFT("draft"),
    /** Sent to the receiving organisation, with the client's data; waiting for an answer. */
    REQUESTED("requested"),
    /** The receiving organisation has taken the referral on. */
    ACCEPTED("accepted"),
    /** The receiving organisation has turned it down, with a reason. Terminal. */
    REJECTED("rejected"),
    /** The sender has withdrawn it, with a reason: cancelled before acceptance, revoked after. Terminal. */
    CANCELLED("cancelled"),
    /** The service is being delivered. */
    IN_PROGRESS("in-progress"),
    /** The service is paused. */
    ON_HOLD("on-hold"),
    /** The service has been delivered, with an outcome. Terminal. */
    COMPLETED("completed"),
    /** The service could not be delivered, with a reason. Terminal. */
    FAILED("failed"),
    /** The referral should never have existed. Terminal. */
    ENTERED_IN_ERROR("entered-in-error");

    private final String code;

    ReferralStatus(String code) {
        this.code = code;
    }

    /**
     * The FHIR {@code Task.status} code.
     *
     * @return the code, such as {@code in-progress}
     */
    public String code() {
        return code;
    }

    /**
     * Asks whether the status is terminal: rejected, cancelled, completed, failed or entered in error.
     * A terminal referral never becomes open again; only {@link ReferralAction#ENTERED_IN_ERROR} may
     * still follow.
     *
     * @return true if terminal
     */
    public boolean isTerminal() {
        return this == REJECTED || this == CANCELLED || this == COMPLETED || this == FAILED || this == ENTERED_IN_ERROR;
    }

    /**
     * Asks whether the status is open: not {@link #isTerminal() terminal}. Drafts are open.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return !isTerminal();
    }
}
