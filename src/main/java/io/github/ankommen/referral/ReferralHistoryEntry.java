package io.github.ankommen.referral;

import io.github.ankommen.access.ActorId;
import io.github.ankommen.access.Role;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * One entry of a referral's history: who changed it, on which side, when, how and why.
 *
 * <p>Every applied change appends exactly one entry, and a refused one appends none. The entry's
 * {@link #version()} is the referral's version after the change, so a referral's history holds the
 * versions 1, 2, 3, … without gaps; its actors are everyone who touched the referral. The history
 * is append-only.
 *
 * <p>The note is free text and may hold personal data, so {@link #toString()} leaves it out. This
 * class is immutable and thread-safe.
 *
 * @param referral the referral
 * @param version the referral's version after the change, from 1
 * @param actor who changed it
 * @param role the actor's role at the time
 * @param side the side the actor acted on; null only for {@link ReferralAction#FLAG}
 * @param at when
 * @param from the status before; null only for {@link ReferralAction#DRAFT}
 * @param to the status after; for {@link ReferralAction#FLAG} the same as {@code from}
 * @param action what was done
 * @param reason the reason given to reject, fail or cancel; else null
 * @param note the note given, or the reason of an override; null if none; not blank, at most 2000 characters
 * @since 0.1.0
 */
public record ReferralHistoryEntry(
        @NotNull ReferralId referral,
        @Positive long version,
        @NotNull ActorId actor,
        @NotNull Role role,
        Side side,
        @NotNull Instant at,
        ReferralStatus from,
        @NotNull ReferralStatus to,
        @NotNull ReferralAction action,
        ReferralReason reason,
        @Size(max = 2000) @Pattern(regexp = "(?s).*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        String note) {

    /**
     * Creates an entry.
     *
     * @param referral the referral, not null
     * @param version the referral's version after the change, positive
     * @param actor who, not null
     * @param role the actor's role, not null
     * @param side the side, not null unless the action is {@link ReferralAction#FLAG}
     * @param at when, not null
     * @param from the status before, null exactly for {@link ReferralAction#DRAFT}
     * @param to the status after, not null; the action's {@link ReferralAction#to()}, or {@code from} for a flag
     * @param action what was done, not null
     * @param reason the reason, or null
     * @param note the note, or null; not blank, at most 2000 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or the
     *     components do not fit the action
     */
    public ReferralHistoryEntry(ReferralId referral, long version, ActorId actor, Role role, Side side, Instant at,
            ReferralStatus from, ReferralStatus to, ReferralAction action, ReferralReason reason, String note) {
        this.referral = referral;
        this.version = version;
        this.actor = actor;
        this.role = role;
        this.side = side;
        this.at = at;
        this.from = from;
        this.to = to;
        this.action = action;
        this.reason = reason;
        this.note = note;
        if (!(referral != null && version > 0 && actor != null && role != null && at != null && to != null
                && action != null && ConstraintChecks.optionalText(note, 2000) && isFittingAction())) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Shows everything but the note.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "ReferralHistoryEntry[referral=" + referral + ", version=" + version + ", actor=" + actor + ", role="
                + role + ", side=" + side + ", at=" + at + ", " + from + " -> " + to + " by " + action
                + (reason == null ? "" : ", reason=" + reason) + "]";
    }

    @AssertTrue(message = "{io.github.ankommen.referral.ReferralHistoryEntry.action.message}")
    private boolean isFittingAction() {
        if (action == null || to == null) {
            return true;
        }
        if ((from == null) != (action == ReferralAction.DRAFT) || (side == null) != (action == ReferralAction.FLAG)) {
            return false;
        }
        return action == ReferralAction.FLAG ? to == from : to == action.to();
    }
}
