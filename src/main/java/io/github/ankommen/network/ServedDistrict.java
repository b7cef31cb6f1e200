package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A district that a contact point serves, and when. This class is immutable and thread-safe.
 *
 * @param district the district, not null
 * @param validity the days on which the contact point serves it, not null
 * @since 0.1.0
 */
public record ServedDistrict(@NotNull District district, @NotNull ValidityPeriod validity) {

    /**
     * Creates a served district.
     *
     * @param district the district, not null
     * @param validity the days on which it is served, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public ServedDistrict(District district, ValidityPeriod validity) {
        this.district = district;
        this.validity = validity;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a served district.
     *
     * @param district the district, not null
     * @param validity the days on which it is served, not null
     * @return the served district
     * @throws jakarta.validation.ConstraintViolationException if a component is null
     */
    public static ServedDistrict of(District district, ValidityPeriod validity) {
        return new ServedDistrict(district, validity);
    }

    /**
     * Asks whether this covers a district on a day.
     *
     * @param district the district, not null
     * @param date the day, not null
     * @return true if it is the same district and the day lies in the validity
     * @throws NullPointerException if an argument is null
     */
    public boolean covers(District district, LocalDate date) {
        Objects.requireNonNull(district, "district must not be null");
        return this.district.equals(district) && validity.contains(date);
    }
}
