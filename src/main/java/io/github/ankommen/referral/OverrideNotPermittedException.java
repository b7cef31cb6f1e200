package io.github.ankommen.referral;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Permission;
import io.github.ankommen.base.AnkommenException;

/**
 * A request asked to override missing consent, but its actor does not hold
 * {@link Permission#CONSENT_OVERRIDE}. The referral is left unchanged, nothing is shared, and no
 * history entry is written. The message holds ids only, never the override's reason.
 *
 * @since 0.1.0
 */
public class OverrideNotPermittedException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The referral; ids are serializable records. */
    @SuppressWarnings("serial")
    private final ReferralId referral;
    /** The actor; a serializable record. */
    @SuppressWarnings("serial")
    private final ActorId actor;

    /**
     * Creates the exception.
     *
     * @param referral the referral, not null
     * @param actor the actor without the permission, not null
     */
    public OverrideNotPermittedException(ReferralId referral, ActorId actor) {
        super("referral " + referral + ": actor " + actor + " may not override consent without permission "
                + Permission.CONSENT_OVERRIDE);
        this.referral = referral;
        this.actor = actor;
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
     * The actor who asked to override.
     *
     * @return the actor's id
     */
    public ActorId actor() {
        return actor;
    }
}
