package io.github.ankommen.internal;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every text of a record is well-formed Unicode (no unpaired surrogate) and holds no control
 * character but tab and line feed, so that every store keeps exactly what the record accepts
 * (PostgreSQL refuses U+0000 and alters unpaired surrogates). {@link RecordValidation} applies it to
 * every record, through {@code java.lang.Record}, so that no component can forget it; the violation
 * names the component. Internal.
 */
@Documented
@Constraint(validatedBy = WellFormedTextValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface WellFormedText {

    /**
     * The message key.
     *
     * @return the key
     */
    String message() default "{io.github.ankommen.internal.WellFormedText.message}";

    /**
     * The groups.
     *
     * @return none by default
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return none by default
     */
    Class<? extends Payload>[] payload() default {};
}
