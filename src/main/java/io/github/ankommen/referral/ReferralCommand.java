package io.github.ankommen.referral;

import io.github.ankommen.consent.Consent;
import io.github.ankommen.consent.LegalBasis;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A command on an existing referral, applied by {@link ReferralEngine#apply}. The static factories
 * build one per action: {@link #request}, {@link #accept()}, {@link #reject}, {@link #cancel},
 * {@link #start()}, {@link #hold(String)}, {@link #resume()}, {@link #complete}, {@link #fail},
 * {@link #revoke} and {@link #enteredInError(String)}. Notes and override reasons may hold personal
 * data; no command shows them in {@code toString()}. All commands are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface ReferralCommand {

    /**
     * The action this command takes.
     *
     * @return the action
     */
    ReferralAction action();

    /**
     * Requests a draft referral, sharing its data on the best basis the library finds: a covering
     * consent, else the legal basis, else an override with its reason.
     *
     * @param transfer the id of the transfer ledger's entry that the request writes, not null
     * @param consents the client's consents, not null, no nulls; may be empty
     * @param legalBasis a legal basis allowing the transfer, or null
     * @param overrideReason the reason to override missing consent, or null for no override; needs
     *     {@link io.github.ankommen.access.Permission#CONSENT_OVERRIDE}; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the reason blank
     */
    static Request request(TransferId transfer, Collection<Consent> consents, LegalBasis legalBasis,
            String overrideReason) {
        return new Request(transfer, consents == null ? null : List.copyOf(consents), legalBasis, overrideReason);
    }

    /**
     * The receiving organisation accepts.
     *
     * @return the command
     */
    static Move accept() {
        return new Move(ReferralAction.ACCEPT, null);
    }

    /**
     * The receiving organisation rejects.
     *
     * @param reason why, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is null or the note blank or too long
     */
    static End reject(ReferralReason reason, String note) {
        return new End(ReferralAction.REJECT, reason, note);
    }

    /**
     * The sender cancels a draft or a request that was not answered yet.
     *
     * @param reason why, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is null or the note blank or too long
     */
    static End cancel(ReferralReason reason, String note) {
        return new End(ReferralAction.CANCEL, reason, note);
    }

    /**
     * The receiving organisation starts the service.
     *
     * @return the command
     */
    static Move start() {
        return new Move(ReferralAction.START, null);
    }

    /**
     * The receiving organisation pauses the service.
     *
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the note is blank or too long
     */
    static Move hold(String note) {
        return new Move(ReferralAction.HOLD, note);
    }

    /**
     * The receiving organisation continues the service after a pause.
     *
     * @return the command
     */
    static Move resume() {
        return new Move(ReferralAction.RESUME, null);
    }

    /**
     * The receiving organisation has delivered the service.
     *
     * @param outcome what was achieved, not null
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the outcome is null
     */
    static Complete complete(ReferralOutcome outcome) {
        return new Complete(outcome);
    }

    /**
     * The receiving organisation could not deliver the service.
     *
     * @param reason why, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is null or the note blank or too long
     */
    static End fail(ReferralReason reason, String note) {
        return new End(ReferralAction.FAIL, reason, note);
    }

    /**
     * The sender withdraws an accepted referral.
     *
     * @param reason why, not null
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the reason is null or the note blank or too long
     */
    static End revoke(ReferralReason reason, String note) {
        return new End(ReferralAction.REVOKE, reason, note);
    }

    /**
     * Either side marks the referral as an error.
     *
     * @param note a note, or null; not blank, at most 2000 characters
     * @return the command
     * @throws jakarta.validation.ConstraintViolationException if the note is blank or too long
     */
    static Move enteredInError(String note) {
        return new Move(ReferralAction.ENTERED_IN_ERROR, note);
    }

    /**
     * Requests a draft; see {@link ReferralCommand#request}.
     *
     * @param transfer the id of the ledger entry to write
     * @param consents the client's consents, in any order
     * @param legalBasis a legal basis, or null
     * @param overrideReason the reason to override, or null; not blank, at most 2000 characters
     */
    record Request(
            @NotNull TransferId transfer,
            @NotNull List<@NotNull Consent> consents,
            LegalBasis legalBasis,
            @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
            String overrideReason) implements ReferralCommand {

        /**
         * Creates the command.
         *
         * @param transfer the ledger entry's id, not null
         * @param consents the client's consents, not null, no nulls
         * @param legalBasis a legal basis, or null
         * @param overrideReason the reason to override, or null; not blank, at most 2000 characters
         * @throws jakarta.validation.ConstraintViolationException if a component is missing or the reason blank
         */
        public Request(TransferId transfer, List<Consent> consents, LegalBasis legalBasis, String overrideReason) {
            this.transfer = transfer;
            this.consents = FrozenCollections.copyOf(consents);
            this.legalBasis = legalBasis;
            this.overrideReason = overrideReason;
            RecordValidation.valid(this);
        }

        @Override
        public ReferralAction action() {
            return ReferralAction.REQUEST;
        }

        /**
         * Shows the transfer's id, the consents' count and whether an override is asked for.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "Request[transfer=" + transfer + ", consents=" + consents.size() + ", legalBasis=" + legalBasis
                    + ", override=" + (overrideReason != null) + "]";
        }
    }

    /**
     * An action that needs no reason: accept, start, hold, resume or entered-in-error, with an
     * optional note for the history.
     *
     * @param action the action
     * @param note a note, or null; not blank, at most 2000 characters
     */
    record Move(
            @NotNull ReferralAction action,
            @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
            String note) implements ReferralCommand {

        private static final Set<ReferralAction> MOVES = Set.of(ReferralAction.ACCEPT, ReferralAction.START,
                ReferralAction.HOLD, ReferralAction.RESUME, ReferralAction.ENTERED_IN_ERROR);

        /**
         * Creates the command.
         *
         * @param action accept, start, hold, resume or entered-in-error
         * @param note a note, or null; not blank, at most 2000 characters
         * @throws jakarta.validation.ConstraintViolationException if the action is missing or another
         *     one, or the note blank or too long
         */
        public Move(ReferralAction action, String note) {
            this.action = action;
            this.note = note;
            RecordValidation.valid(this);
        }

        /**
         * Shows the action, not the note.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "Move[" + action + "]";
        }

        @AssertTrue(message = "{io.github.ankommen.referral.ReferralCommand.action.message}")
        private boolean isMove() {
            return action == null || MOVES.contains(action);
        }
    }

    /**
     * An action that ends the referral with a reason: reject, cancel, fail or revoke.
     *
     * @param action the action
     * @param reason why
     * @param note a note to the reason, or null; not blank, at most 2000 characters
     */
    record End(
            @NotNull ReferralAction action,
            @NotNull ReferralReason reason,
            @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
            String note) implements ReferralCommand {

        private static final Set<ReferralAction> ENDS = Set.of(ReferralAction.REJECT, ReferralAction.CANCEL,
                ReferralAction.FAIL, ReferralAction.REVOKE);

        /**
         * Creates the command.
         *
         * @param action reject, cancel, fail or revoke
         * @param reason why, not null
         * @param note a note, or null; not blank, at most 2000 characters
         * @throws jakarta.validation.ConstraintViolationException if the action is missing or another
         *     one, the reason is missing, or the note blank or too long
         */
        public End(ReferralAction action, ReferralReason reason, String note) {
            this.action = action;
            this.reason = reason;
            this.note = note;
            RecordValidation.valid(this);
        }

        /**
         * Shows the action and reason, not the note.
         *
         * @return the description
         */
        @Override
        public String toString() {
            return "End[" + action + ", " + reason + "]";
        }

        @AssertTrue(message = "{io.github.ankommen.referral.ReferralCommand.action.message}")
        private boolean isEnd() {
            return action == null || ENDS.contains(action);
        }
    }

    /**
     * Completes the referral with an outcome.
     *
     * @param outcome what was achieved
     */
    record Complete(@NotNull ReferralOutcome outcome) implements ReferralCommand {

        /**
         * Creates the command.
         *
         * @param outcome what was achieved, not null
         * @throws jakarta.validation.ConstraintViolationException if the outcome is null
         */
        public Complete(ReferralOutcome outcome) {
            this.outcome = outcome;
            RecordValidation.valid(this);
        }

        @Override
        public ReferralAction action() {
            return ReferralAction.COMPLETE;
        }
    }
}
