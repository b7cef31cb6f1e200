package io.github.ankommen.storage;

import io.github.ankommen.casework.Case;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.workflow.State;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * Selects the cases in a state whose last change ({@link Case#updatedAt()}) is before an instant,
 * ordered by id: the candidates of the retention run, which looks only at closed cases closed long
 * enough ago (a closed case cannot change until it is reopened, so its last change is its closure).
 * This class is immutable and thread-safe.
 *
 * @param state cases in this state
 * @param changedBefore cases last changed before this instant
 * @since 0.1.0
 */
public record IdleCaseQuery(@NotNull State state, @NotNull Instant changedBefore) implements Query<Case> {

    /**
     * Creates a query.
     *
     * @param state the state, not null
     * @param changedBefore the instant, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public IdleCaseQuery(State state, Instant changedBefore) {
        this.state = state;
        this.changedBefore = changedBefore;
        if (state == null || changedBefore == null) {
            RecordValidation.valid(this);
        }
    }

    @Override
    public RecordKind<?, Case> kind() {
        return RecordKind.CASE;
    }

    @Override
    public boolean matches(Case c) {
        return state.equals(c.state()) && c.updatedAt().isBefore(changedBefore);
    }
}
