package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.Set;

/**
 * A rollout phase of a network, such as the 2016 pilot in Brackel and Aplerbeck.
 *
 * <p>The status is a plain value: the library does not enforce an order on phase statuses,
 * because committees may also take a decision back. This class is immutable and thread-safe.
 *
 * @param id the phase's id, not null
 * @param name its name, not blank, at most 200 characters, for example "Pilotphase"
 * @param year the year it starts, not null
 * @param districts the districts it brings into the network, at least one
 * @param status how far it has got, not null
 * @since 0.1.0
 */
public record RolloutPhase(
        @NotNull PhaseId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull Year year,
        @NotEmpty Set<@NotNull District> districts,
        @NotNull PhaseStatus status) {

    /**
     * Creates a rollout phase.
     *
     * @param id the phase's id, not null
     * @param name its name, not blank, at most 200 characters
     * @param year the year it starts, not null
     * @param districts at least one, no nulls
     * @param status how far it has got, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     empty
     */
    public RolloutPhase(PhaseId id, String name, Year year, Set<District> districts, PhaseStatus status) {
        this.id = id;
        this.name = name;
        this.year = year;
        this.districts = FrozenCollections.copyOf(districts);
        this.status = status;
        RecordValidation.valid(this);
    }

    /**
     * Returns a copy with another status.
     *
     * @param status the new status, not null
     * @return the altered copy
     * @throws jakarta.validation.ConstraintViolationException if the status is null
     */
    public RolloutPhase withStatus(PhaseStatus status) {
        return new RolloutPhase(id, name, year, districts, status);
    }
}
