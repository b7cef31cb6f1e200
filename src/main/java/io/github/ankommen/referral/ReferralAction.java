package io.github.ankommen.referral;

import static io.github.ankommen.referral.ReferralStatus.ACCEPTED;
import static io.github.ankommen.referral.ReferralStatus.CANCELLED;
import static io.github.ankommen.referral.ReferralStatus.COMPLETED;
import static io.github.ankommen.referral.ReferralStatus.FAILED;
import static io.github.ankommen.referral.ReferralStatus.IN_PROGRESS;
import static io.github.ankommen.referral.ReferralStatus.ON_HOLD;
import static io.github.ankommen.referral.ReferralStatus.REJECTED;
import static io.github.ankommen.referral.ReferralStatus.REQUESTED;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a referral: the transitions of its status machine, with the statuses each
 * leaves, the status it leads to and the side that may take it, and {@link #FLAG}, which is not a
 * transition.
 *
 * <p>This enum is the status table; {@code docs/referrals.md} prints it.
 *
 * @since 0.1.0
 */
public enum ReferralAction {
    /** Creates a referral in {@link ReferralStatus#DRAFT}. */
    DRAFT(EnumSet.noneOf(ReferralStatus.class), ReferralStatus.DRAFT, EnumSet.of(Side.SENDER)),
    /** Sends a draft, sharing the client's data; needs a consent, a legal basis or an override. */
    REQUEST(EnumSet.of(ReferralStatus.DRAFT), REQUESTED, EnumSet.of(Side.SENDER)),
    /** The receiving organisation takes the referral on. */
    ACCEPT(EnumSet.of(REQUESTED), ACCEPTED, EnumSet.of(Side.RECEIVER)),
    /** The receiving organisation turns it down; needs a reason. */
    REJECT(EnumSet.of(REQUESTED), REJECTED, EnumSet.of(Side.RECEIVER)),
    /** The sender withdraws it before acceptance; needs a reason. */
    CANCEL(EnumSet.of(ReferralStatus.DRAFT, REQUESTED), CANCELLED, EnumSet.of(Side.SENDER)),
    /** The receiving organisation starts the service. */
    START(EnumSet.of(ACCEPTED), IN_PROGRESS, EnumSet.of(Side.RECEIVER)),
    /** The receiving organisation pauses it. */
    HOLD(EnumSet.of(ACCEPTED, IN_PROGRESS), ON_HOLD, EnumSet.of(Side.RECEIVER)),
    /** The receiving organisation continues it after a pause. */
    RESUME(EnumSet.of(ON_HOLD), IN_PROGRESS, EnumSet.of(Side.RECEIVER)),
    /** The receiving organisation has delivered the service; needs an outcome. */
    COMPLETE(EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD), COMPLETED, EnumSet.of(Side.RECEIVER)),
    /** The receiving organisation could not deliver it; needs a reason. */
    FAIL(EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD), FAILED, EnumSet.of(Side.RECEIVER)),
    /** The sender withdraws it after acceptance; needs a reason. */
    REVOKE(EnumSet.of(ACCEPTED, IN_PROGRESS, ON_HOLD), CANCELLED, EnumSet.of(Side.SENDER)),
    /** Either side marks the referral as an error, from any other status. */
    ENTERED_IN_ERROR(EnumSet.complementOf(EnumSet.of(ReferralStatus.ENTERED_IN_ERROR)),
            ReferralStatus.ENTERED_IN_ERROR, EnumSet.of(Side.SENDER, Side.RECEIVER)),
    /**
     * Not a transition: marks an open referral whose consent was withdrawn or has expired. The status
     * stays; {@link ConsentEngine} takes it, and {@link #to()} is null.
     */
    FLAG(EnumSet.of(REQUESTED, ACCEPTED, IN_PROGRESS, ON_HOLD), null, EnumSet.noneOf(Side.class));

    private final Set<ReferralStatus> from;
    private final ReferralStatus to;
    private final Set<Side> sides;

    ReferralAction(Set<ReferralStatus> from, ReferralStatus to, Set<Side> sides) {
        this.from = Collections.unmodifiableSet(from);
        this.to = to;
        this.sides = Collections.unmodifiableSet(sides);
    }

    /**
     * The statuses this action leaves.
     *
     * @return the statuses; empty for {@link #DRAFT}, which creates the referral
     */
    public Set<ReferralStatus> from() {
        return from;
    }

    /**
     * The status this action leads to.
     *
     * @return the status; null for {@link #FLAG}, which keeps it
     */
    public ReferralStatus to() {
        return to;
    }

    /**
     * The sides that may take this action.
     *
     * @return the sides; empty for {@link #FLAG}, which follows a consent's withdrawal or expiry
     */
    public Set<Side> sides() {
        return sides;
    }

    /**
     * Asks whether this action changes the status.
     *
     * @return true for every action but {@link #FLAG}
     */
    public boolean isTransition() {
        return to != null;
    }
}
