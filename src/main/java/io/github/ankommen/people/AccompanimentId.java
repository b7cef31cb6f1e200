package io.github.ankommen.people;

import io.github.ankommen.internal.Ids;
import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of an accompaniment (<i>Begleitung</i>).
 *
 * <p>1 to 64 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or digit;
 * for example {@code acc-17} or a UUID. Ids carry no personal data and may be logged. This class
 * is immutable and thread-safe.
 *
 * @param value the id's text
 * @since 0.1.0
 */
public record AccompanimentId(@NotNull @Pattern(regexp = Ids.PATTERN) String value) {

    /**
     * Creates an id.
     *
     * @param value the id's text, not null, matching the id pattern
     * @throws jakarta.validation.ConstraintViolationException if the value is null or malformed
     */
    public AccompanimentId(String value) {
        this.value = value;
        if (!Ids.isValid(value)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Obtains an id.
     *
     * @param value the id's text, not null, matching the id pattern
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if the value is null or malformed
     */
    public static AccompanimentId of(String value) {
        return new AccompanimentId(value);
    }

    /**
     * Returns the id's text.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
