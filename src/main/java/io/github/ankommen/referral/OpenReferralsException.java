package io.github.ankommen.referral;

import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.IllegalTransitionException;
import io.github.ankommen.workflow.Refusal;
import io.github.ankommen.workflow.State;
import java.util.List;

/**
 * A case may not close, nor ask for its closure, while referrals of it are open: each must first
 * end, or be settled by its sender in the same unit of work as the closing. The case is left
 * unchanged.
 *
 * <p>Carries the ids of the open referrals, ordered by id; the message names them and their
 * statuses, and no personal data. The refusal's kind is {@link Refusal.Kind#GUARD}.
 *
 * @since 0.1.0
 */
public final class OpenReferralsException extends IllegalTransitionException {

    private static final long serialVersionUID = 1L;

    /** The open referrals; ids are serializable records. */
    @SuppressWarnings("serial")
    private final List<ReferralId> openReferrals;

    /**
     * Creates the exception.
     *
     * @param caseId the case, not null
     * @param current the case's state, not null
     * @param attempted the closing transition, not null
     * @param open the open referrals, not null, not empty
     */
    public OpenReferralsException(CaseId caseId, State current, String attempted, List<Referral> open) {
        super(caseId, current, attempted, Refusal.of(Refusal.Kind.GUARD, "referrals of the case are open: "
                + String.join(", ", open.stream().map(r -> r.id().value() + " (" + r.status().code() + ")").toList())));
        this.openReferrals = open.stream().map(Referral::id).toList();
    }

    /**
     * The referrals that are still open.
     *
     * @return their ids, unmodifiable
     */
    public List<ReferralId> openReferrals() {
        return openReferrals;
    }
}
