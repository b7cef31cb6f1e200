package io.github.ankommen.pathway;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.referral.Referral;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * How far a case is with one step of a pathway, and the referrals that count for the step. This
 * class is immutable and thread-safe.
 *
 * @param step the step
 * @param state its state
 * @param referrals the referrals that count for it, oldest first: earlier attempts that were
 *     rejected, failed or cancelled, and the open or completed one
 * @since 0.1.0
 */
public record StepProgress(@NotNull PathwayStep step, @NotNull StepState state,
        @NotNull List<@NotNull Referral> referrals) {

    /**
     * Creates a step's progress.
     *
     * @param step the step, not null
     * @param state the state, not null
     * @param referrals the referrals, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public StepProgress(PathwayStep step, StepState state, List<Referral> referrals) {
        this.step = step;
        this.state = state;
        this.referrals = FrozenCollections.copyOf(referrals);
        RecordValidation.valid(this);
    }

    /**
     * Shows the step's key, the state and the referrals' ids.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "StepProgress[" + step.key() + "=" + state + ", referrals="
                + referrals.stream().map(r -> r.id().value()).toList() + "]";
    }
}
