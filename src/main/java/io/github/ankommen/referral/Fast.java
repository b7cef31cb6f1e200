package io.github.ankommen.referral;

import java.util.Collection;

/**
 * Hand-written checks for the records that every referral change creates (decision D10): each
 * checks its constraints here first and asks Hibernate Validator only when a check fails. A check
 * here may be stricter than the annotations, never more lenient; the tests hold every accepted
 * instance against the validator.
 */
final class Fast {

    private Fast() {
    }

    /** A collection that is present, not empty and holds no null. */
    static boolean filled(Collection<?> elements) {
        if (elements == null || elements.isEmpty()) {
            return false;
        }
        for (Object e : elements) {
            if (e == null) {
                return false;
            }
        }
        return true;
    }

    /** Within {@code @NotBlank @Size(max = max)}: Hibernate Validator's not-blank trims as String.trim() does. */
    static boolean text(String text, int max) {
        return text != null && text.length() <= max && !text.trim().isEmpty();
    }

    /** An optional text within {@code @Size(max = max)} and the not-blank pattern {@code (?s).*\S.*}. */
    static boolean optionalText(String text, int max) {
        return text == null || text(text, max);
    }
}
