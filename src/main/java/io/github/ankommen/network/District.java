package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A city district (<i>Stadtbezirk</i>), such as "Brackel" or "Eving".
 *
 * <p>Districts are compared by name, exactly as given. This class is immutable and thread-safe.
 *
 * @param name the district's name, not blank, at most 100 characters
 * @since 0.1.0
 */
public record District(@NotBlank @Size(max = 100) String name) {

    /**
     * Creates a district.
     *
     * @param name the district's name, not blank, at most 100 characters
     * @throws jakarta.validation.ConstraintViolationException if the name is null, blank or too long
     */
    public District(String name) {
        this.name = name;
        RecordValidation.valid(this);
    }

    /**
     * Obtains a district. Districts of the same name may be one shared instance: a city has few,
     * and its offers, contact points and statistics hold them many times over. Compare districts
     * with {@code equals}.
     *
     * @param name the district's name, not blank, at most 100 characters
     * @return the district
     * @throws jakarta.validation.ConstraintViolationException if the name is null, blank or too long
     */
    public static District of(String name) {
        return SharedValues.of(District.class, name, District::new);
    }
}
