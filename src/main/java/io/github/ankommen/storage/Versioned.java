package io.github.ankommen.storage;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A stored record together with its version.
 *
 * <p>A record's first version is 1; every update that a store accepts adds exactly 1. An update
 * names the version it read, so that a store can refuse it when someone else wrote in between (see
 * {@link ConflictException}). This class is immutable and thread-safe.
 *
 * @param <R> the record's type
 * @param value the record, not null
 * @param version the version, 1 or more
 * @since 0.1.0
 */
public record Versioned<R>(@NotNull R value, @Positive long version) {

    /**
     * Creates a versioned record.
     *
     * @param value the record, not null
     * @param version the version, 1 or more
     * @throws jakarta.validation.ConstraintViolationException if the value is null or the version is
     *     not positive
     */
    public Versioned(R value, long version) {
        this.value = value;
        this.version = version;
        if (value == null || version < 1) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Obtains a versioned record.
     *
     * @param <R> the record's type
     * @param value the record, not null
     * @param version the version, 1 or more
     * @return the versioned record
     * @throws jakarta.validation.ConstraintViolationException if the value is null or the version is
     *     not positive
     */
    public static <R> Versioned<R> of(R value, long version) {
        return new Versioned<>(value, version);
    }
}
