package io.github.ankommen.internal;

/** The one rule all of the library's ids share. */
public final class Ids {

    /**
     * An id is 1 to 64 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or
     * digit. A UUID fits, and so does a readable key such as {@code cp-brackel}.
     */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    private Ids() {
    }
}
