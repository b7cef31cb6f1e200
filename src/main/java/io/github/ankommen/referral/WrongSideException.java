package io.github.ankommen.referral;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.base.AnkommenException;
import java.util.Set;

/**
 * An actor took an action that belongs to the other side of the referral, or is on neither side:
 * for example a caseworker accepting, a partner of another organisation rejecting, or a volunteer
 * doing anything. The referral is left unchanged, and no history entry is written. The message holds
 * ids and sides only.
 *
 * @since 0.1.0
 */
public class WrongSideException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The referral; ids are serializable records. */
    @SuppressWarnings("serial")
    private final ReferralId referral;
    /** The actor; a serializable record. */
    @SuppressWarnings("serial")
    private final ActorId actor;
    /** What was attempted. */
    private final ReferralAction attempted;
    /** The sides that may take the action; an unmodifiable set of enums. */
    @SuppressWarnings("serial")
    private final Set<Side> required;

    /**
     * Creates the exception.
     *
     * @param referral the referral, not null
     * @param actor the actor who was refused, not null
     * @param attempted the refused action, not null
     * @param required the sides that may take it, not null
     */
    public WrongSideException(ReferralId referral, ActorId actor, ReferralAction attempted, Set<Side> required) {
        super("referral " + referral + ": " + attempted + " needs an actor of side " + required + ", and actor " + actor
                + " is not one");
        this.referral = referral;
        this.actor = actor;
        this.attempted = attempted;
        this.required = Set.copyOf(required);
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
     * The actor who was refused.
     *
     * @return the actor's id
     */
    public ActorId actor() {
        return actor;
    }

    /**
     * What was attempted.
     *
     * @return the action
     */
    public ReferralAction attempted() {
        return attempted;
    }

    /**
     * The sides that may take the action.
     *
     * @return the sides; both for {@link ReferralAction#ENTERED_IN_ERROR}
     */
    public Set<Side> required() {
        return required;
    }
}
