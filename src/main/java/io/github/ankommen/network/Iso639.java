package io.github.ankommen.network;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated string must be a lowercase ISO 639 language code that the JDK knows: a two-letter
 * ISO 639-1 code ({@code ar}) or a three-letter ISO 639-2/T or 639-3 code ({@code ara}).
 *
 * <p>The accepted codes are those of {@link java.util.Locale#getISOLanguages()} and their
 * {@link java.util.Locale#getISO3Language() three-letter forms}; nothing is looked up over the
 * network. {@code null} is valid; combine with {@code @NotNull} to require a value.
 *
 * @since 0.1.0
 */
@Documented
// The validator lives in an unexported package and is registered with Hibernate Validator as a
// service (module-info's provides, META-INF/services), so that this package does not depend on it
// (decision D20).
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Iso639 {

    /**
     * The message template.
     *
     * @return the key of the message
     */
    String message() default "{io.github.ankommen.network.Iso639.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
