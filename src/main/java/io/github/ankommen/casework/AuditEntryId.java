package io.github.ankommen.casework;

import io.github.ankommen.internal.CompositeKeys;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The id of an audit entry: the case and the case's version after the change it records.
 *
 * <p>Its text form {@link #key()} is the case id, a slash and the version with ten digits, such as
 * {@code case-17/0000000003}, so that sorting the keys sorts a case's entries by version. This class
 * is immutable and thread-safe.
 *
 * @param caseId the case
 * @param version the case's version after the change, from 1
 * @since 0.1.0
 */
public record AuditEntryId(@NotNull CaseId caseId, @Positive @Max(9_999_999_999L) long version) {

    /**
     * Creates an id.
     *
     * @param caseId the case, not null
     * @param version the version, 1 to 9,999,999,999
     * @throws jakarta.validation.ConstraintViolationException if the case id is null or the version
     *     is out of range
     */
    public AuditEntryId(CaseId caseId, long version) {
        this.caseId = caseId;
        this.version = version;
        if (caseId == null || version < 1 || version > CompositeKeys.MAX_VERSION) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Obtains an id.
     *
     * @param caseId the case, not null
     * @param version the version, 1 to 9,999,999,999
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if the case id is null or the version
     *     is out of range
     */
    public static AuditEntryId of(CaseId caseId, long version) {
        return new AuditEntryId(caseId, version);
    }

    /**
     * Reads an id back from its key.
     *
     * @param key a key made by {@link #key()}, not null
     * @return the id
     * @throws IllegalArgumentException if the text is not such a key
     */
    public static AuditEntryId parse(String key) {
        try {
            return new AuditEntryId(CaseId.of(CompositeKeys.owner(key)), CompositeKeys.version(key));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not an audit entry key", e);
        }
    }

    /**
     * The text form, ordered like (case, version).
     *
     * @return the key, at most 75 characters
     */
    public String key() {
        return CompositeKeys.versioned(caseId.value(), version);
    }

    @Override
    public String toString() {
        return key();
    }
}
