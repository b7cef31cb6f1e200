package io.github.ankommen.storage;

import io.github.ankommen.base.AnkommenException;

/**
 * A command named a record that the store does not hold. The message names the kind and the id,
 * and nothing else.
 *
 * @since 0.1.0
 */
public class RecordNotFoundException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The record's kind; not serialized, kinds are constants. */
    private final transient RecordKind<?, ?> kind;
    /** The text key of the missing record's id. */
    private final String key;

    /**
     * Creates the exception.
     *
     * @param kind the kind, not null
     * @param key the text key of the id, not null
     */
    public RecordNotFoundException(RecordKind<?, ?> kind, String key) {
        super("no " + kind.name() + " " + key);
        this.kind = kind;
        this.key = key;
    }

    /**
     * The kind of the missing record.
     *
     * @return the kind
     */
    public RecordKind<?, ?> kind() {
        return kind;
    }

    /**
     * The missing record's id, as its text key.
     *
     * @return the key
     */
    public String key() {
        return key;
    }
}
