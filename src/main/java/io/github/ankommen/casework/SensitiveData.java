package io.github.ankommen.casework;

import io.github.ankommen.access.DataCategory;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.Size;

/**
 * A client's sensitive data ({@link DataCategory#SENSITIVE}): seen by fewer people and deleted
 * sooner than {@link BasicData}.
 *
 * <p>Every part is optional. {@link #toString()} shows no personal data. This class is immutable
 * and thread-safe.
 *
 * @param residenceStatus the residence status; null if not recorded
 * @param healthNotes notes on health, as far as the work needs them; null if not recorded; at most
 *     4000 characters
 * @since 0.1.0
 */
public record SensitiveData(ResidenceStatus residenceStatus, @Size(max = 4000) String healthNotes) {

    /**
     * Creates sensitive data.
     *
     * @param residenceStatus the residence status; null if not recorded
     * @param healthNotes notes on health; null if not recorded; at most 4000 characters
     * @throws jakarta.validation.ConstraintViolationException if the notes are too long
     */
    public SensitiveData(ResidenceStatus residenceStatus, String healthNotes) {
        this.residenceStatus = residenceStatus;
        this.healthNotes = healthNotes;
        RecordValidation.valid(this);
    }

    /**
     * Sensitive data with nothing recorded.
     *
     * @return empty sensitive data
     */
    public static SensitiveData none() {
        return new SensitiveData(null, null);
    }

    /**
     * Names which parts are recorded, never their values.
     *
     * @return for example {@code SensitiveData[recorded=residenceStatus]}
     */
    @Override
    public String toString() {
        StringBuilder recorded = new StringBuilder();
        BasicData.recorded(recorded, "residenceStatus", residenceStatus);
        BasicData.recorded(recorded, "healthNotes", healthNotes);
        return "SensitiveData[recorded=" + recorded + "]";
    }
}
