package io.github.ankommen.internal;

/**
 * Text keys of composite ids: an owner's id, a slash, and a part such as a version with ten
 * digits. Since '/' never occurs in an id, the keys of one owner sort together, and by version.
 *
 * @since 0.1.0
 */
public final class CompositeKeys {

    private static final int DIGITS = 10;

    /** The largest version a key can hold. */
    public static final long MAX_VERSION = 9_999_999_999L;

    private CompositeKeys() {
    }

    /**
     * The key of an owner's numbered part, such as {@code case-17/0000000003}.
     *
     * @param owner the owner's id text
     * @param version the number, 1 to {@link #MAX_VERSION}
     * @return the key
     */
    public static String versioned(String owner, long version) {
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("a version in a key has at most " + DIGITS + " digits and no sign");
        }
        // One array, filled from the end: every audit entry's key is built this way.
        char[] key = new char[owner.length() + 1 + DIGITS];
        owner.getChars(0, owner.length(), key, 0);
        key[owner.length()] = '/';
        long rest = version;
        for (int i = key.length - 1; i > owner.length(); i--) {
            key[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(key);
    }

    /**
     * The key of an owner's named part, such as {@code ref-4/completed}.
     *
     * @param owner the owner's id text
     * @param part the part's name
     * @return the key
     */
    public static String named(String owner, String part) {
        return owner + '/' + part;
    }

    /**
     * The owner's id text in a key.
     *
     * @param key a key made here
     * @return the text before the last slash
     * @throws IllegalArgumentException if the key has no slash
     */
    public static String owner(String key) {
        return key.substring(0, slash(key));
    }

    /**
     * The part's text in a key.
     *
     * @param key a key made here
     * @return the text after the last slash
     * @throws IllegalArgumentException if the key has no slash
     */
    public static String part(String key) {
        return key.substring(slash(key) + 1);
    }

    /**
     * The version in a key made by {@link #versioned(String, long)}.
     *
     * @param key the key
     * @return the version
     * @throws IllegalArgumentException if the key does not end in ten digits
     */
    public static long version(String key) {
        String digits = part(key);
        if (digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a versioned key");
        }
        return Long.parseLong(digits);
    }

    private static int slash(String key) {
        int slash = key.lastIndexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("not a composite key");
        }
        return slash;
    }
}
