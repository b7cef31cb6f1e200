package io.github.ankommen.network;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The postal address of a site in Germany. A contact point's address is public information, not
 * personal data. This class is immutable and thread-safe.
 *
 * @param street street and house number, not blank, at most 200 characters
 * @param postalCode the German postal code (<i>Postleitzahl</i>), exactly five digits
 * @param city the city, not blank, at most 100 characters
 * @since 0.1.0
 */
public record Address(
        @NotBlank @Size(max = 200) String street,
        @NotNull @Pattern(regexp = "[0-9]{5}", message = "{io.github.ankommen.network.Address.postalCode.message}")
        String postalCode,
        @NotBlank @Size(max = 100) String city) {

    /**
     * Creates an address.
     *
     * @param street street and house number, not blank, at most 200 characters
     * @param postalCode exactly five digits, not null
     * @param city the city, not blank, at most 100 characters
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public Address(String street, String postalCode, String city) {
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        RecordValidation.valid(this);
    }

    /**
     * Obtains an address.
     *
     * @param street street and house number, not blank, at most 200 characters
     * @param postalCode exactly five digits, not null
     * @param city the city, not blank, at most 100 characters
     * @return the address
     * @throws jakarta.validation.ConstraintViolationException if a component is missing or malformed
     */
    public static Address of(String street, String postalCode, String city) {
        return new Address(street, postalCode, city);
    }
}
