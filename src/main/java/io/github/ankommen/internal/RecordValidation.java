package io.github.ankommen.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;

/**
 * The one place that builds the shared {@link Validator} and rejects invalid input.
 *
 * <p>Records validate themselves at the end of their canonical constructor with
 * {@link #valid(Object)}. Messages are rendered with parameters only: no Expression Language is on
 * the class path, and no message can evaluate an expression. They come from this package's own
 * bundle {@value #BUNDLE}, so an application's {@code ValidationMessages.properties} is neither
 * read nor overridden. Messages are rendered in German when the JVM's default locale is German
 * when this class loads, and in English otherwise.
 *
 * @since 0.1.0
 */
public final class RecordValidation {

    /** The base name of the library's message bundle. */
    public static final String BUNDLE = "io.github.ankommen.internal.ValidationMessages";

    private static final MessageInterpolator INTERPOLATOR = new Messages(Messages.supported(Locale.getDefault()));

    private static final Validator VALIDATOR = validator(Validation.byProvider(HibernateValidator.class).configure());

    private RecordValidation() {
    }

    /** The validator, with {@link WellFormedText} on every record through {@code java.lang.Record}. */
    private static Validator validator(HibernateValidatorConfiguration configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.type(Record.class).constraint(new GenericConstraintDef<>(WellFormedText.class));
        return configuration.messageInterpolator(INTERPOLATOR).addMapping(mapping).buildValidatorFactory().getValidator();
    }

    /**
     * Validates a value against its constraint annotations.
     *
     * @param <T> the value's type
     * @param value the value to check, not null
     * @return the value, when it is valid
     * @throws ConstraintViolationException if any constraint is violated; the exception's message
     *     lists the violated property paths and messages, never the rejected values
     */
    public static <T> T valid(T value) {
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(describe(value.getClass(), violations), violations);
        }
        return value;
    }

    /**
     * The validator itself, for code that validates something other than a whole record.
     *
     * @return the shared validator, thread-safe
     */
    public static Validator validator() {
        return VALIDATOR;
    }

    /**
     * Renders a violation's message again, in another language.
     *
     * @param violation the violation
     * @param locale the language
     * @return the message in that language, or English if it is not supported
     */
    public static String interpolate(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new Context(violation), Messages.supported(locale));
    }

    private static String describe(Class<?> type, Collection<? extends ConstraintViolation<?>> violations) {
        return type.getSimpleName() + " is invalid: " + violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .map(v -> path(v) + ": " + v.getMessage())
                .collect(Collectors.joining("; "));
    }

    private static String path(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.isEmpty() ? "(record)" : path;
    }

    /** The interpolation context of an existing violation. */
    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
        }
    }
}
