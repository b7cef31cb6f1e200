package io.github.ankommen.access;

import io.github.ankommen.internal.CompositeKeys;
import io.github.ankommen.internal.ConstraintChecks;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The id of a {@link ChangeRecord}: the changed record, named by its kind and key, and its version
 * after the change. Every change of a record makes a new version, so a record's changes have the
 * ids {@code (kind, key, 1)}, {@code (kind, key, 2)}, … without gaps.
 *
 * <p>Its text key is {@code kind/key/version} with the version in ten digits, for example
 * {@code client/client-17/0000000002}, so the changes of one record sort together and by version.
 * Kinds and keys are ids, never personal data, and may be logged. This class is immutable and
 * thread-safe.
 *
 * @param recordKind the changed record's kind, such as {@code client} or {@code contact_point}
 * @param recordKey the changed record's key: its id's text
 * @param version the record's version after the change, from 1
 * @since 0.1.0
 */
public record ChangeRecordId(
        @NotNull @Pattern(regexp = ConstraintChecks.MACHINE_NAME) String recordKind,
        @NotNull @Size(min = 1, max = ChangeRecordId.MAX_KEY) String recordKey,
        @Positive @Max(CompositeKeys.MAX_VERSION) long version) {

    /** The longest record key a change record can name. */
    public static final int MAX_KEY = 200;

    /**
     * Creates an id.
     *
     * @param recordKind the record's kind, not null, a machine name
     * @param recordKey the record's key, not null, 1 to {@value #MAX_KEY} characters
     * @param version the record's version after the change, 1 to {@value CompositeKeys#MAX_VERSION}
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or out of
     *     range
     */
    public ChangeRecordId(String recordKind, String recordKey, long version) {
        this.recordKind = recordKind;
        this.recordKey = recordKey;
        this.version = version;
        if (!(ConstraintChecks.isMachineName(recordKind) && recordKey != null && !recordKey.isEmpty()
                && recordKey.length() <= MAX_KEY
                && version > 0 && version <= CompositeKeys.MAX_VERSION)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Obtains an id.
     *
     * @param recordKind the record's kind, not null, a machine name
     * @param recordKey the record's key, not null, 1 to {@value #MAX_KEY} characters
     * @param version the record's version after the change, positive
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or out of
     *     range
     */
    public static ChangeRecordId of(String recordKind, String recordKey, long version) {
        return new ChangeRecordId(recordKind, recordKey, version);
    }

    /**
     * Reads an id from its text key.
     *
     * @param key the text key, {@code kind/key/version}, not null
     * @return the id
     * @throws NullPointerException if the key is null
     * @throws IllegalArgumentException if the text is not the key of a change record
     */
    public static ChangeRecordId parse(String key) {
        int first = key.indexOf('/');
        try {
            return new ChangeRecordId(key.substring(0, first), CompositeKeys.owner(key.substring(first + 1)),
                    CompositeKeys.version(key));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a change record key", e);
        }
    }

    /**
     * The text key a store indexes by: {@code kind/key/version}.
     *
     * @return the key
     */
    public String textKey() {
        return CompositeKeys.versioned(recordKind + '/' + recordKey, version);
    }

    /**
     * Returns the text key.
     *
     * @return {@link #textKey()}
     */
    @Override
    public String toString() {
        return textKey();
    }
}
