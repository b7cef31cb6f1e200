package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The team of a contact point: staff and volunteers.
 *
 * <p>A team has at least one staff member (path {@code staffPresent}); volunteers support staff
 * and never run a site alone. Member ids are unique within the team (path
 * {@code memberIdsUnique}). This class is immutable and thread-safe.
 *
 * @param members the members, in the order given; no nulls
 * @since 0.1.0
 */
public record Team(@NotNull List<@NotNull TeamMember> members) {

    /**
     * Creates a team.
     *
     * @param members the members, not null, no nulls, at least one with role {@link TeamRole#STAFF},
     *     unique ids
     * @throws jakarta.validation.ConstraintViolationException if the list is null, holds null, has no
     *     staff member or repeats an id
     */
    public Team(List<TeamMember> members) {
        this.members = FrozenCollections.copyOf(members);
        RecordValidation.valid(this);
    }

    /**
     * Obtains a team.
     *
     * @param members the members, at least one staff member, unique ids
     * @return the team
     * @throws jakarta.validation.ConstraintViolationException if there is no staff member, a member
     *     is null or an id repeats
     */
    public static Team of(TeamMember... members) {
        return new Team(members == null ? null : Arrays.asList(members));
    }

    /**
     * The members with a role.
     *
     * @param role the role, not null
     * @return those members, in team order
     * @throws NullPointerException if the role is null
     */
    public List<TeamMember> withRole(TeamRole role) {
        Objects.requireNonNull(role, "role must not be null");
        return members.stream().filter(m -> m.role() == role).toList();
    }

    /**
     * The languages that at least one member speaks.
     *
     * @return the languages, in order of first appearance
     */
    public Set<Language> languages() {
        Set<Language> languages = new LinkedHashSet<>();
        members.forEach(m -> languages.addAll(m.languages()));
        return Collections.unmodifiableSet(languages);
    }

    @AssertTrue(message = "{io.github.ankommen.network.Team.staffPresent.message}")
    private boolean isStaffPresent() {
        return members == null || members.stream().anyMatch(m -> m != null && m.role() == TeamRole.STAFF);
    }

    @AssertTrue(message = "{io.github.ankommen.network.Team.memberIdsUnique.message}")
    private boolean isMemberIdsUnique() {
        if (members == null) {
            return true;
        }
        Set<TeamMemberId> seen = new HashSet<>();
        return members.stream().filter(Objects::nonNull).allMatch(m -> seen.add(m.id()));
    }
}
