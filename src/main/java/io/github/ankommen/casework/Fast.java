package io.github.ankommen.casework;

import io.github.ankommen.workflow.State;
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
        return State.isName(name);
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
