package io.github.ankommen.pathway;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Offer;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A step a case can take next, with the offers that fit the client. An empty list of offers is a
 * gap in the network: nothing fits. This class is immutable and thread-safe.
 *
 * @param step the step
 * @param offers the fitting offers, those with free places first
 * @since 0.1.0
 */
public record NextStep(@NotNull PathwayStep step, @NotNull List<@NotNull Offer> offers) {

    /**
     * Creates a next step.
     *
     * @param step the step, not null
     * @param offers the offers, not null, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public NextStep(PathwayStep step, List<Offer> offers) {
        this.step = step;
        this.offers = FrozenCollections.copyOf(offers);
        RecordValidation.valid(this);
    }
}
