package io.github.ankommen.referral;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The result of an applied referral command: everything a store must write in one atomic unit, and
 * the events to publish after it has.
 *
 * <p>Always the referral's new value and the one history entry that records the change; the entry
 * of the transfer ledger exactly when the change shared data (a request); the note for the case's
 * history exactly when the referral entered a terminal status; and the events. This class is
 * immutable and thread-safe.
 *
 * @param updated the referral after the change
 * @param history the history entry; its version is the updated referral's version
 * @param transfer the ledger entry, exactly for {@link ReferralAction#REQUEST}; else null
 * @param closed the case-history note, exactly when the change entered a terminal status; else null
 * @param events the events to publish, in order
 * @since 0.1.0
 */
public record ReferralChange(
        @NotNull Referral updated,
        @NotNull ReferralHistoryEntry history,
        TransferRecord transfer,
        ReferralClosed closed,
        @NotNull List<@NotNull ReferralEvent> events) {

    /**
     * Creates a change.
     *
     * @param updated the referral after the change, not null
     * @param history the history entry, not null, for the same referral, version and status
     * @param transfer the ledger entry, exactly for a request, for the same referral
     * @param closed the case-history note, exactly when a transition entered a terminal status
     * @param events the events, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the parts
     *     do not belong together
     */
    public ReferralChange(Referral updated, ReferralHistoryEntry history, TransferRecord transfer,
            ReferralClosed closed, List<ReferralEvent> events) {
        this.updated = updated;
        this.history = history;
        this.transfer = transfer;
        this.closed = closed;
        this.events = FrozenCollections.copyOf(events);
        if (!(updated != null && history != null && this.events != null && !this.events.contains(null)
                && isHistoryOfUpdate() && isTransferOfRequest() && isClosedOfEnd())) {
            RecordValidation.valid(this);
        }
    }

    @AssertTrue(message = "{io.github.ankommen.referral.ReferralChange.history.message}")
    private boolean isHistoryOfUpdate() {
        return updated == null || history == null
                || (updated.id().equals(history.referral()) && updated.version() == history.version()
                        && updated.status() == history.to());
    }

    @AssertTrue(message = "{io.github.ankommen.referral.ReferralChange.transfer.message}")
    private boolean isTransferOfRequest() {
        if (updated == null || history == null) {
            return true;
        }
        return (transfer != null) == (history.action() == ReferralAction.REQUEST)
                && (transfer == null || transfer.referral().equals(updated.id()));
    }

    @AssertTrue(message = "{io.github.ankommen.referral.ReferralChange.closed.message}")
    private boolean isClosedOfEnd() {
        if (updated == null || history == null) {
            return true;
        }
        boolean ended = history.action().isTransition() && history.to().isTerminal();
        return (closed != null) == ended && (closed == null || closed.referral().equals(updated.id()));
    }
}
