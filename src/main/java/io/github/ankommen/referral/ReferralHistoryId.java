package io.github.ankommen.referral;

import io.github.ankommen.internal.CompositeKeys;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The id of a referral's history entry: the referral and its version after the change.
 *
 * <p>Its text form {@link #key()} is the referral id, a slash and the version with ten digits, so
 * that sorting the keys sorts a referral's history by version. This class is immutable and
 * thread-safe.
 *
 * @param referral the referral
 * @param version the referral's version after the change, from 1
 * @since 0.1.0
 */
public record ReferralHistoryId(@NotNull ReferralId referral, @Positive @Max(CompositeKeys.MAX_VERSION) long version) {

    /**
     * Creates an id.
     *
     * @param referral the referral, not null
     * @param version the version, 1 to 9,999,999,999
     * @throws jakarta.validation.ConstraintViolationException if the referral is null or the version
     *     is out of range
     */
    public ReferralHistoryId(ReferralId referral, long version) {
        this.referral = referral;
        this.version = version;
        if (referral == null || version < 1 || version > CompositeKeys.MAX_VERSION) {
            RecordValidation.valid(this);
        }
    }

    /**
     * The id of a history entry.
     *
     * @param entry the entry, not null
     * @return its id
     */
    public static ReferralHistoryId of(ReferralHistoryEntry entry) {
        return new ReferralHistoryId(entry.referral(), entry.version());
    }

    /**
     * Reads an id back from its key.
     *
     * @param key a key made by {@link #key()}, not null
     * @return the id
     * @throws IllegalArgumentException if the text is not such a key
     */
    public static ReferralHistoryId parse(String key) {
        try {
            return new ReferralHistoryId(ReferralId.of(CompositeKeys.owner(key)), CompositeKeys.version(key));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a referral history key", e);
        }
    }

    /**
     * The text form, ordered like (referral, version).
     *
     * @return the key, at most 75 characters
     */
    public String key() {
        return CompositeKeys.versioned(referral.value(), version);
    }

    @Override
    public String toString() {
        return key();
    }
}
