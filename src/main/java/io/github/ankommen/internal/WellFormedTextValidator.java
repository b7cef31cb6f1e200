package io.github.ankommen.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/**
 * Checks {@link WellFormedText} on a record: each text component, and each text in a collection
 * component. Nested records are checked when they are made. Internal; stateless and thread-safe.
 */
public final class WellFormedTextValidator implements ConstraintValidator<WellFormedText, Record> {

    /** Creates the validator; Hibernate Validator does. */
    public WellFormedTextValidator() {
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            Object content = read(component.getAccessor(), value);
            boolean ok = content instanceof CharSequence text ? isWellFormed(text)
                    : !(content instanceof Collection<?> items) || items.stream()
                            .allMatch(item -> !(item instanceof CharSequence text) || isWellFormed(text));
            if (!ok) {
                valid = false;
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode(component.getName()).addConstraintViolation();
            }
        }
        return valid;
    }

    /**
     * Asks whether a text is well-formed Unicode without control characters but tab and line feed.
     *
     * @param text the text, not null
     * @return true if every surrogate is paired and no other control character occurs
     */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static Object read(Method accessor, Record value) {
        try {
            // Private nested records of this module, too: their accessors are this module's own.
            accessor.setAccessible(true);
            return accessor.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + value.getClass().getName(), e);
        }
    }
}
