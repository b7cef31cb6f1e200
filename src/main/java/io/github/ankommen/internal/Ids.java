package io.github.ankommen.internal;

/**
 * The one rule all of the library's ids share.
 *
 * @since 0.1.0
 */
public final class Ids {

    /**
     * An id is 1 to 64 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or
     * digit. A UUID fits, and so does a readable key such as {@code cp-brackel}.
     */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private Ids() {
    }

    /**
     * Asks whether a text is a valid id, without the validator: what {@link #PATTERN} says, checked
     * character by character. Id records call this first and ask the validator only when it says
     * no, so that the usual violation is reported (decision D10).
     *
     * @param value the text, may be null
     * @return true if it matches {@link #PATTERN}
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > 64 || !isLetterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
