package io.github.ankommen.network;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A member of a contact point's team: staff or volunteer, never anonymous to the system.
 *
 * <p>The display name is personal data and is left out of {@link #toString()}; log the id.
 * This class is immutable and thread-safe.
 *
 * @param id the member's id, not null
 * @param displayName the name shown to colleagues, not blank, at most 200 characters
 * @param role staff or volunteer, not null
 * @param languages the languages the member advises in, at least one
 * @since 0.1.0
 */
public record TeamMember(
        @NotNull TeamMemberId id,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull TeamRole role,
        @NotEmpty Set<@NotNull Language> languages) {

    /**
     * Creates a team member.
     *
     * @param id the member's id, not null
     * @param displayName the name shown to colleagues, not blank, at most 200 characters
     * @param role staff or volunteer, not null
     * @param languages the languages the member advises in, at least one, no nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     empty
     */
    public TeamMember(TeamMemberId id, String displayName, TeamRole role, Set<Language> languages) {
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.languages = FrozenCollections.copyOf(languages);
        RecordValidation.valid(this);
    }

    /**
     * Obtains a staff member.
     *
     * @param id the member's id, not null
     * @param displayName the name shown to colleagues, not blank
     * @param languages the languages the member advises in, at least one
     * @return the team member
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     empty
     */
    public static TeamMember staff(TeamMemberId id, String displayName, Language... languages) {
        return new TeamMember(id, displayName, TeamRole.STAFF, inOrder(languages));
    }

    /**
     * Obtains a volunteer.
     *
     * @param id the member's id, not null
     * @param displayName the name shown to colleagues, not blank
     * @param languages the languages the member advises in, at least one
     * @return the team member
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     empty
     */
    public static TeamMember volunteer(TeamMemberId id, String displayName, Language... languages) {
        return new TeamMember(id, displayName, TeamRole.VOLUNTEER, inOrder(languages));
    }

    /** Keeps the caller's order, and nulls and repeats for validation to judge instead of an exception. */
    private static Set<Language> inOrder(Language... languages) {
        return languages == null ? null : new LinkedHashSet<>(Arrays.asList(languages));
    }

    /**
     * Returns the id, role and languages, without the name.
     *
     * @return for example {@code TeamMember[id=staff-1, role=STAFF, languages=[ar, de]]}
     */
    @Override
    public String toString() {
        return "TeamMember[id=" + id + ", role=" + role + ", languages=" + languages + "]";
    }
}
