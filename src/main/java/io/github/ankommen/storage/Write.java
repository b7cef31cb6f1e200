package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * One write in a {@link UnitOfWork}: an insert or an update of one record.
 *
 * <p>An insert expects version 0 (no record with that id exists) and stores version 1. An update
 * expects the version the caller read and stores that version plus 1. This class is immutable and
 * thread-safe.
 *
 * @param <I> the id type
 * @param <R> the record type
 * @param kind the record's kind, not null
 * @param record the record to store, not null
 * @param expectedVersion 0 for an insert, else the version the update replaces
 * @since 0.1.0
 */
public record Write<I, R>(@NotNull RecordKind<I, R> kind, @NotNull R record, @PositiveOrZero long expectedVersion) {

    /**
     * Creates a write.
     *
     * @param kind the record's kind, not null
     * @param record the record to store, not null
     * @param expectedVersion 0 for an insert, else the version the update replaces
     * @throws jakarta.validation.ConstraintViolationException if a component is null or the version
     *     is negative
     */
    public Write(RecordKind<I, R> kind, R record, long expectedVersion) {
        this.kind = kind;
        this.record = record;
        this.expectedVersion = expectedVersion;
        if (kind == null || record == null || expectedVersion < 0) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The id of the written record.
     *
     * @return the id
     */
    public I id() {
        return kind.idOf(record);
    }

    /**
     * The text key of the written record's id.
     *
     * @return the key
     */
    public String key() {
        return kind.keyOf(record);
    }

    /**
     * Asks whether this write inserts a new record.
     *
     * @return true for an insert, false for an update
     */
    public boolean isInsert() {
        return expectedVersion == 0;
    }

    /**
     * The version the record has once this write is applied.
     *
     * @return the expected version plus 1
     */
    public long newVersion() {
        return expectedVersion + 1;
    }

    /**
     * The record with the version it has once this write is applied.
     *
     * @return the versioned record
     */
    public Versioned<R> toVersioned() {
        return Versioned.of(record, newVersion());
    }
}
