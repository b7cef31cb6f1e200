package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.people.Volunteer;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Selects the volunteers' profiles whose engagement ended before a day, at every contact point,
 * ordered by id: what the retention run asks for. This class is immutable and thread-safe.
 *
 * @param endedBefore the first day not included: a profile matches when its engagement's last day
 *     is strictly before it
 * @since 0.1.0
 */
public record EndedEngagementQuery(@NotNull LocalDate endedBefore) implements Query<Volunteer> {

    /**
     * Creates a query.
     *
     * @param endedBefore the first day not included, not null
     * @throws jakarta.validation.ConstraintViolationException if the day is null
     */
    public EndedEngagementQuery(LocalDate endedBefore) {
        this.endedBefore = endedBefore;
        if (endedBefore == null) {
            RecordValidation.valid(this);
        }
    }

    @Override
    public RecordKind<?, Volunteer> kind() {
        return RecordKind.VOLUNTEER;
    }

    @Override
    public boolean matches(Volunteer volunteer) {
        return volunteer.engagementEnded() != null && volunteer.engagementEnded().isBefore(endedBefore);
    }
}
