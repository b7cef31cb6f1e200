package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * One step of a network's growth, as {@link Directory#growth()} reports it. This class is
 * immutable and thread-safe.
 *
 * @param phase the rollout phase, not null
 * @param sites the contact points that belong to it, in directory order
 * @param districts the phase's own districts, followed by any other district its sites serve
 * @param status the phase's status, not null
 * @since 0.1.0
 */
public record PhaseSummary(
        @NotNull RolloutPhase phase,
        @NotNull List<@NotNull ContactPointId> sites,
        @NotNull Set<@NotNull District> districts,
        @NotNull PhaseStatus status) {

    /**
     * Creates a summary.
     *
     * @param phase the rollout phase, not null
     * @param sites the contact points that belong to it, not null, no nulls
     * @param districts its districts, not null, no nulls
     * @param status its status, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null or holds null
     */
    public PhaseSummary(RolloutPhase phase, List<ContactPointId> sites, Set<District> districts, PhaseStatus status) {
        this.phase = phase;
        this.sites = FrozenCollections.copyOf(sites);
        this.districts = FrozenCollections.copyOf(districts);
        this.status = status;
        RecordValidation.valid(this);
    }
}
