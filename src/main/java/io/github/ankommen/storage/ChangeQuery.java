package io.github.ankommen.storage;

import io.github.ankommen.access.ChangeRecord;
import io.github.ankommen.access.ChangeRecordId;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Selects the change log of one record: every {@link ChangeRecord} whose id names the record's kind
 * and key. Ordered by id key, which orders the changes by version: the order they happened in.
 * Obtain one with {@link #of(RecordKind, Object)}. This class is immutable and thread-safe.
 *
 * @param recordKind the record's kind name, such as {@code client}
 * @param recordKey the record's key
 * @since 0.1.0
 */
public record ChangeQuery(
        @NotNull @Pattern(regexp = ConstraintChecks.MACHINE_NAME) String recordKind,
        @NotNull @Size(min = 1, max = ChangeRecordId.MAX_KEY) String recordKey) implements Query<ChangeRecord> {

    /**
     * Creates a query; {@link #of(RecordKind, Object)} is the usual way.
     *
     * @param recordKind the record's kind name, not null, a machine name
     * @param recordKey the record's key, not null, 1 to {@value ChangeRecordId#MAX_KEY} characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public ChangeQuery(String recordKind, String recordKey) {
        this.recordKind = recordKind;
        this.recordKey = recordKey;
        if (!(ConstraintChecks.isMachineName(recordKind) && recordKey != null && !recordKey.isEmpty()
                && recordKey.length() <= ChangeRecordId.MAX_KEY)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The change log of one record.
     *
     * @param <I> the id type
     * @param kind the record's kind, not null
     * @param id the record's id, not null
     * @return the query
     * @throws NullPointerException if an argument is null
     */
    public static <I> ChangeQuery of(RecordKind<I, ?> kind, I id) {
        Objects.requireNonNull(kind, "kind must not be null");
        return new ChangeQuery(kind.name(), kind.key(Objects.requireNonNull(id, "id must not be null")));
    }

    @Override
    public RecordKind<?, ChangeRecord> kind() {
        return RecordKind.CHANGE_RECORD;
    }

    @Override
    public boolean matches(ChangeRecord change) {
        return recordKind.equals(change.id().recordKind()) && recordKey.equals(change.id().recordKey());
    }
}
