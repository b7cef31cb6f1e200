package io.github.ankommen.network;

import io.github.ankommen.internal.Ids;
import io.github.ankommen.internal.RecordValidation;
import io.github.ankommen.internal.SharedValues;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a contact point (<i>Anlaufstelle</i>).
 *
 * <p>1 to 64 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or digit;
 * for example {@code cp-brackel} or a UUID. Ids carry no personal data and may be logged. This class is
 * immutable and thread-safe.
 *
 * @param value the id's text
 * @since 0.1.0
 */
public record ContactPointId(@NotNull @Pattern(regexp = Ids.PATTERN) String value) {

    /**
     * Creates an id.
     *
     * @param value the id's text, not null, matching the id pattern
     * @throws jakarta.validation.ConstraintViolationException if the value is null or malformed
     */
    public ContactPointId(String value) {
        this.value = value;
        if (!Ids.isValid(value)) {
            RecordValidation.valid(this);
        }
    }

    /**
     * Obtains an id. Ids of the same text may be one shared instance: a network has few of these, and
     * its records hold them many times over. Compare ids with {@code equals}.
     *
     * @param value the id's text, not null, matching the id pattern
     * @return the id
     * @throws jakarta.validation.ConstraintViolationException if the value is null or malformed
     */
    public static ContactPointId of(String value) {
        return SharedValues.of(ContactPointId.class, value, ContactPointId::new);
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
