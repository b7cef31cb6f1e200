package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A municipality's network of contact points: its name, its districts, its time zone and its
 * rollout phases.
 *
 * <p>Every district of a phase must be a district of the network (path
 * {@code phaseDistrictsInNetwork}), and phase ids are unique (path {@code phaseIdsUnique}).
 * This class is immutable and thread-safe.
 *
 * @param id the network's id, not null
 * @param name its name, not blank, at most 200 characters, for example "Lokal willkommen"
 * @param zone the time zone of all its opening hours, not null
 * @param districts the districts it covers, at least one
 * @param phases its rollout phases, in the order given; no nulls; may be empty
 * @since 0.1.0
 */
public record Network(
        @NotNull NetworkId id,
        @NotBlank @Size(max = 200) String name,
        @NotNull ZoneId zone,
        @NotEmpty Set<@NotNull District> districts,
        @NotNull List<@NotNull RolloutPhase> phases) {

    /**
     * Creates a network.
     *
     * @param id the network's id, not null
     * @param name its name, not blank, at most 200 characters
     * @param zone its time zone, not null
     * @param districts at least one, no nulls
     * @param phases not null, no nulls, unique ids, only districts of the network
     * @throws jakarta.validation.ConstraintViolationException if any rule is broken
     */
    public Network(NetworkId id, String name, ZoneId zone, Set<District> districts, List<RolloutPhase> phases) {
        this.id = id;
        this.name = name;
        this.zone = zone;
        this.districts = FrozenCollections.copyOf(districts);
        this.phases = FrozenCollections.copyOf(phases);
        RecordValidation.valid(this);
    }

    /**
     * Obtains a network in the default zone, Europe/Berlin.
     *
     * @param id the network's id, not null
     * @param name its name, not blank
     * @param districts at least one, no nulls
     * @param phases not null, no nulls, unique ids, only districts of the network
     * @return the network
     * @throws jakarta.validation.ConstraintViolationException if any rule is broken
     */
    public static Network of(NetworkId id, String name, Set<District> districts, List<RolloutPhase> phases) {
        return new Network(id, name, OpeningHours.DEFAULT_ZONE, districts, phases);
    }

    /**
     * Finds a phase by id.
     *
     * @param id the phase's id, not null
     * @return the phase, or empty
     * @throws NullPointerException if the id is null
     */
    public Optional<RolloutPhase> phase(PhaseId id) {
        Objects.requireNonNull(id, "id must not be null");
        return phases.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @AssertTrue(message = "{io.github.ankommen.network.Network.phaseDistrictsInNetwork.message}")
    private boolean isPhaseDistrictsInNetwork() {
        if (phases == null || districts == null) {
            return true;
        }
        return phases.stream().filter(Objects::nonNull).allMatch(p -> districts.containsAll(p.districts()));
    }

    @AssertTrue(message = "{io.github.ankommen.network.Network.phaseIdsUnique.message}")
    private boolean isPhaseIdsUnique() {
        if (phases == null) {
            return true;
        }
        Set<PhaseId> seen = new HashSet<>();
        return phases.stream().filter(Objects::nonNull).allMatch(p -> seen.add(p.id()));
    }
}
