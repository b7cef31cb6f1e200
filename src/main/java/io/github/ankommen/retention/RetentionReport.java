package io.github.ankommen.retention;

import io.github.ankommen.RetentionService;
import io.github.ankommen.casework.CaseId;
import io.github.ankommen.casework.ClientId;
import io.github.ankommen.internal.FrozenCollections;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.storage.RecordKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a retention run ({@link RetentionService#run}) changed: how many records of each kind, which
 * cases and which clients. A run that finds nothing left to do reports no changes, so a repeated
 * run reports an empty result. It holds ids and counts only. This class is immutable and
 * thread-safe.
 *
 * @param at when the run decided what was due
 * @param changed the number of records whose content the run changed, per kind, in the order of
 *     {@link RecordKind#all()}; kinds with no change are left out
 * @param cases the cases whose case record, audit trail or referrals the run changed, ordered by id
 * @param clients the clients whose data the run anonymised, ordered by id
 * @since 0.1.0
 */
public record RetentionReport(
        @NotNull Instant at,
        @NotNull Map<@NotNull RecordKind<?, ?>, @NotNull @Positive Integer> changed,
        @NotNull List<@NotNull CaseId> cases,
        @NotNull List<@NotNull ClientId> clients) {

    /**
     * Creates a report.
     *
     * @param at when the run decided, not null
     * @param changed the positive counts per kind, not null, without nulls
     * @param cases the changed cases, not null, without nulls
     * @param clients the anonymised clients, not null, without nulls
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, holds null
     *     or a count is not positive
     */
    public RetentionReport(Instant at, Map<RecordKind<?, ?>, Integer> changed, List<CaseId> cases,
            List<ClientId> clients) {
        this.at = at;
        this.changed = FrozenCollections.copyOf(changed);
        this.cases = FrozenCollections.copyOf(cases);
        this.clients = FrozenCollections.copyOf(clients);
        RecordValidation.valid(this);
    }

    /**
     * How many records of a kind the run changed.
     *
     * @param kind the kind, not null
     * @return the count, 0 if none
     * @throws NullPointerException if the kind is null
     */
    public int changed(RecordKind<?, ?> kind) {
        return changed.getOrDefault(Objects.requireNonNull(kind, "kind must not be null"), 0);
    }

    /**
     * How many records the run changed in all.
     *
     * @return the sum of {@link #changed()}
     */
    public int total() {
        return changed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Asks whether the run changed anything.
     *
     * @return true if it changed at least one record
     */
    public boolean hasChanges() {
        return !changed.isEmpty();
    }
}
