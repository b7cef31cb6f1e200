package io.github.ankommen.referral;

import io.github.ankommen.base.AnkommenException;

/**
 * An action does not leave the referral's current status, such as accepting a referral that was
 * never requested, or anything but entered-in-error on an ended one. The referral is left unchanged,
 * and no history entry is written. The message holds ids and statuses only.
 *
 * @since 0.1.0
 */
public class IllegalReferralTransitionException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The referral; ids are serializable records. */
    @SuppressWarnings("serial")
    private final ReferralId referral;
    /** The status it was in. */
    private final ReferralStatus current;
    /** What was attempted. */
    private final ReferralAction attempted;

    /**
     * Creates the exception.
     *
     * @param referral the referral, not null
     * @param current its status, not null
     * @param attempted the refused action, not null
     */
    public IllegalReferralTransitionException(ReferralId referral, ReferralStatus current, ReferralAction attempted) {
        super("referral " + referral + ": " + attempted + " is not possible in status " + current);
        this.referral = referral;
        this.current = current;
        this.attempted = attempted;
    }

    /**
     * The referral.
     *
     * @return its id
     */
    public ReferralId referral() {
        return referral;
    }

    /**
     * The referral's status when the action was refused.
     *
     * @return the status
     */
    public ReferralStatus current() {
        return current;
    }

    /**
     * What was attempted.
     *
     * @return the action
     */
    public ReferralAction attempted() {
        return attempted;
    }
}
