package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An organisation: an institution, club, course provider or service that offers something clients
 * can be referred to. This class is immutable and thread-safe.
 *
 * @param id the organisation's id, not null
 * @param name its name, not blank, at most 200 characters, for example "Jobcenter Dortmund"
 * @param type what kind of organisation it is, not null
 * @since 0.1.0
 */
public record Organisation(@NotNull OrganisationId id, @NotBlank @Size(max = 200) String name,
        @NotNull OrganisationType type) {

    /**
     * Creates an organisation.
     *
     * @param id the organisation's id, not null
     * @param name its name, not blank, at most 200 characters
     * @param type its kind, not null
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     too long
     */
    public Organisation(OrganisationId id, String name, OrganisationType type) {
        this.id = id;
        this.name = name;
        this.type = type;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an organisation.
     *
     * @param id the organisation's id, not null
     * @param name its name, not blank, at most 200 characters
     * @param type its kind, not null
     * @return the organisation
     * @throws jakarta.validation.ConstraintViolationException if a component is missing, blank or
     *     too long
     */
    public static Organisation of(OrganisationId id, String name, OrganisationType type) {
        return new Organisation(id, name, type);
    }
}
