package io.github.ankommen.casework;

import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A goal of a case's support plan (<i>Hilfeplan</i>, <i>Zielvereinbarung</i>): what the client
 * wants to reach, the actions that lead there, a target date and a status.
 *
 * <p>A goal is proposed first and counts for the plan once it is agreed with the client. Its
 * description and actions are free text and may hold personal data, so {@link #toString()} leaves
 * them out. This class is immutable and thread-safe.
 *
 * @param id the goal's id, unique within its case
 * @param description what the client wants to reach; 1 to 1000 characters
 * @param actions the agreed steps; each 1 to 500 characters; may be empty
 * @param targetDate the day by which the goal should be reached
 * @param status how far the goal has come
 * @param agreedAt when the goal was agreed with the client; null while it is only proposed
 * @since 0.1.0
 */
public record Goal(
        @NotNull GoalId id,
        @NotBlank @Size(max = 1000) String description,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> actions,
        @NotNull LocalDate targetDate,
        @NotNull GoalStatus status,
        Instant agreedAt) {

    /**
     * Creates a goal.
     *
     * @param id the goal's id, not null
     * @param description the description, not blank, at most 1000 characters
     * @param actions the steps, not null, at most 50, each not blank and at most 500 characters
     * @param targetDate the target date, not null
     * @param status the status, not null
     * @param agreedAt when it was agreed, or null while proposed
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public Goal(GoalId id, String description, List<String> actions, LocalDate targetDate, GoalStatus status,
            Instant agreedAt) {
        this.id = id;
        this.description = description;
        this.actions = FrozenCollections.copyOf(actions);
        this.targetDate = SharedValues.day(targetDate);
        this.status = status;
        this.agreedAt = agreedAt;
        RecordValidation.valid(this);
    }

    /**
     * Asks whether the goal has been agreed with the client.
     *
     * @return true if it has
     */
    public boolean isAgreed() {
        return agreedAt != null;
    }

    /**
     * Returns a copy with another status.
     *
     * @param newStatus the status, not null
     * @return the changed goal
     * @throws jakarta.validation.ConstraintViolationException if the status is null
     */
    public Goal withStatus(GoalStatus newStatus) {
        return new Goal(id, description, actions, targetDate, newStatus, agreedAt);
    }

    /**
     * Returns a copy agreed at an instant.
     *
     * @param at when the goal was agreed, not null
     * @return the changed goal
     * @throws NullPointerException if the instant is null
     */
    public Goal withAgreedAt(Instant at) {
        return new Goal(id, description, actions, targetDate, status, Objects.requireNonNull(at, "at must not be null"));
    }

    /**
     * Shows id, target date, status and agreement; never the description or the actions.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "Goal[id=" + id + ", targetDate=" + targetDate + ", status=" + status + ", agreed=" + isAgreed() + "]";
    }
}
