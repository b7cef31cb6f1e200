package io.github.ankommen.casework;

import java.util.Collection;

/**
 * Hand-written checks for the records that every transition creates (see decision D10).
 *
 * <p>Each such record checks its constraints here first and asks Hibernate Validator only when a
 * check fails, so that the violation is reported the standard way. A check here may be stricter
 * than the annotations (that costs only time), but never more lenient; the tests hold every accepted
 * instance against the validator.
 */
final class Fast {

    private Fast() {
    }

    /** Matches {@link io.github.ankommen.workflow.State#NAME_PATTERN}. */
    static boolean isName(String name) {
        if (name == null || name.isEmpty() || name.length() > 64) {
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

    /** A collection that is present and holds no null. */
    static boolean noNulls(Collection<?> elements) {
        if (elements == null) {
            return false;
        }
        for (Object e : elements) {
            if (e == null) {
                return false;
            }
        }
        return true;
    }

    /** An optional text within {@code @Size(max = max)}. */
    static boolean fits(String text, int max) {
        return text == null || text.length() <= max;
    }
}
