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
 * The annotated {@link java.net.URI} must be an absolute {@code http} or {@code https} address
 * with a host, such as {@code https://www.dortmund.de/}. {@code null} is valid.
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
public @interface WebAddress {

    /**
     * The message template.
     *
     * @return the key of the message
     */
    String message() default "{io.github.ankommen.network.WebAddress.message}";

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
