package io.github.ankommen.casework;

import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.network.Category;
import io.github.ankommen.network.ContactPointId;
import io.github.ankommen.network.TeamMemberId;
import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * The command that opens a case, in the workflow's initial state; see
 * {@link CaseEngine#open(OpenCase, io.github.ankommen.access.Actor, java.time.Instant)}. This class is
 * immutable and thread-safe.
 *
 * @param id the new case's id, chosen by the caller
 * @param client the client
 * @param contactPoint the responsible contact point
 * @param caseworker the responsible caseworker
 * @param mentor a volunteer mentor; null if none
 * @param needs the client's needs; may be empty
 * @since 0.1.0
 */
public record OpenCase(
        @NotNull CaseId id,
        @NotNull ClientId client,
        @NotNull ContactPointId contactPoint,
        @NotNull TeamMemberId caseworker,
        TeamMemberId mentor,
        @NotNull Set<@NotNull Category> needs) {

    /**
     * Creates the command.
     *
     * @param id the new case's id, not null
     * @param client the client, not null
     * @param contactPoint the contact point, not null
     * @param caseworker the caseworker, not null
     * @param mentor the mentor, or null
     * @param needs the needs, not null, without nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing
     */
    public OpenCase(CaseId id, ClientId client, ContactPointId contactPoint, TeamMemberId caseworker,
            TeamMemberId mentor, Set<Category> needs) {
        this.id = id;
        this.client = client;
        this.contactPoint = contactPoint;
        this.caseworker = caseworker;
        this.mentor = mentor;
        this.needs = FrozenCollections.copyOf(needs);
        if (!(id != null && client != null && contactPoint != null && caseworker != null && ConstraintChecks.noNulls(this.needs))) {
            RecordValidation.valid(this);
        }
    }
}
