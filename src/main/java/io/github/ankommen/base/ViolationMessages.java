package io.github.ankommen.base;

import io.github.ankommen.internal.RecordValidation;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the messages of ankommen's constraint violations in a chosen language.
 *
 * <p>A violation's own {@link ConstraintViolation#getMessage()} is rendered once, when the input
 * is rejected, in German if the JVM's default locale is German and in English otherwise. An
 * application that serves users in another language than its JVM asks this class:
 *
 * <pre>{@code
 * catch (ConstraintViolationException e) {
 *     for (ConstraintViolation<?> v : e.getConstraintViolations()) {
 *         show(v.getPropertyPath(), ViolationMessages.message(v, Locale.ENGLISH));
 *     }
 * }
 * }</pre>
 *
 * <p>German and English are supported; any other locale gets English. This class is
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class ViolationMessages {

    private ViolationMessages() {
    }

    /**
     * Renders a violation's message in a language.
     *
     * @param violation the violation, from an exception that ankommen threw, not null
     * @param locale the language wanted, not null; German gets German, everything else English
     * @return the message, never containing the rejected value
     * @throws NullPointerException if an argument is null
     */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        Objects.requireNonNull(violation, "violation must not be null");
        Objects.requireNonNull(locale, "locale must not be null");
        return RecordValidation.interpolate(violation, locale);
    }
}
