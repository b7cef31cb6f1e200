package io.github.ankommen.casework;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up of a case (<i>Wiedervorlage</i>): something to look at again by a due date.
 *
 * <p>The note is free text and may hold personal data, so {@link #toString()} leaves it out. This
 * class is immutable and thread-safe.
 *
 * @param id the follow-up's id, unique within its case
 * @param due the day it falls due
 * @param note what to look at; null if none; at most 2000 characters
 * @param completedAt when it was done; null while open
 * @since 0.1.0
 */
public record FollowUp(@NotNull FollowUpId id, @NotNull LocalDate due, @Size(max = 2000) String note, Instant completedAt) {

    /**
     * Creates a follow-up.
     *
     * @param id the id, not null
     * @param due the due date, not null
     * @param note the note, or null; at most 2000 characters
     * @param completedAt when it was done, or null while open
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or too long
     */
    public FollowUp(FollowUpId id, LocalDate due, String note, Instant completedAt) {
        this.id = id;
        this.due = SharedValues.day(due);
        this.note = note;
        this.completedAt = completedAt;
        RecordValidation.valid(this);
    }

    /**
     * Asks whether the follow-up is done.
     *
     * @return true if it has been completed
     */
    public boolean isCompleted() {
        return completedAt != null;
    }

    /**
     * Returns a copy completed at an instant.
     *
     * @param at when it was done, not null
     * @return the completed follow-up
     * @throws NullPointerException if the instant is null
     */
    public FollowUp withCompletedAt(Instant at) {
        return new FollowUp(id, due, note, Objects.requireNonNull(at, "at must not be null"));
    }

    /**
     * Shows id, due date and completion; never the note.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "FollowUp[id=" + id + ", due=" + due + ", completed=" + isCompleted() + "]";
    }
}
