package io.github.ankommen.internal;

import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Hand-written checks of the constraints that the records on the hot path carry (decisions D10 and
 * D19): each such record checks its constraints here first and asks Hibernate Validator (through
 * {@link RecordValidation}) only when a check fails, so that the violation is reported the standard
 * way.
 *
 * <p>A check here may be stricter than the annotations (that costs only time), never more lenient;
 * the tests hold every accepted instance against the validator.
 *
 * @since 0.1.0
 */
public final class ConstraintChecks {

    /**
     * The rule for machine names, such as the names of workflow states and transitions: {@value}.
     */
    public static final String MACHINE_NAME = "[a-z][a-z0-9_]{0,63}";

    private static final int MACHINE_NAME_MAX = 64;

    private ConstraintChecks() {
    }

    /**
     * Asks whether a text matches {@link #MACHINE_NAME}, checked character by character.
     *
     * @param name the text, may be null
     * @return true if it is a machine name
     */
    public static boolean isMachineName(String name) {
        if (name == null || name.isEmpty() || name.length() > MACHINE_NAME_MAX) {
            return false;
        }
        char first = name.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /**
     * Within {@code @NotNull} on a collection and {@code @NotNull} on its elements.
     *
     * @param elements the collection, may be null
     * @return true if it is present and holds no null
     */
    public static boolean noNulls(Collection<?> elements) {
        if (elements == null) {
            return false;
        }
        if (elements instanceof List<?> list && list instanceof RandomAccess) {
            // By index: the records' own lists are checked on every copy, without an iterator each.
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    return false;
                }
            }
            return true;
        }
        if (FrozenCollections.isFrozenSet(elements)) {
            // The records' own sets allow asking for null, and asking makes no iterator.
            return !elements.contains(null);
        }
        for (Object e : elements) {
            if (e == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Within {@code @NotEmpty} on a collection and {@code @NotNull} on its elements.
     *
     * @param elements the collection, may be null
     * @return true if it is present, not empty and holds no null
     */
    public static boolean filled(Collection<?> elements) {
        return elements != null && !elements.isEmpty() && noNulls(elements);
    }

    /**
     * Within {@code @Size(max = max)} on an optional text.
     *
     * @param text the text, may be null
     * @param max the largest length
     * @return true if the text is null or not longer than {@code max}
     */
    public static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }

    /**
     * Within {@code @NotBlank @Size(max = max)}; Hibernate Validator's not-blank trims as
     * {@link String#trim()} does.
     *
     * @param text the text, may be null
     * @param max the largest length
     * @return true if the text is present, not blank and not longer than {@code max}
     */
    public static boolean text(String text, int max) {
        return text != null && text.length() <= max && !text.trim().isEmpty();
    }

    /**
     * Within {@code @Size(max = max)} and the not-blank pattern {@code (?s).*\S.*} on an optional
     * text.
     *
     * @param text the text, may be null
     * @param max the largest length
     * @return true if the text is null, or present, not blank and not longer than {@code max}
     */
    public static boolean optionalText(String text, int max) {
        return text == null || text(text, max);
    }
}
