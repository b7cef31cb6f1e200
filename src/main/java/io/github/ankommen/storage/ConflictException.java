package io.github.ankommen.storage;

import io.github.ankommen.base.AnkommenException;

/**
 * A write expected another version of a record than the store holds; nothing of its unit was
 * written.
 *
 * <p>Thrown for an update whose expected version is stale or whose record does not exist (actual
 * version 0), and for an insert of an id that already exists (expected version 0). The caller
 * usually reads the record again and retries its command. The message names the kind, the id and
 * both versions, and nothing else.
 *
 * @since 0.1.0
 */
public class ConflictException extends AnkommenException {

    private static final long serialVersionUID = 1L;

    /** The record's kind; not serialized, kinds are constants. */
    private final transient RecordKind<?, ?> kind;
    /** The text key of the record's id. */
    private final String key;
    /** The version the write expected, 0 for an insert. */
    private final long expectedVersion;
    /** The version the store holds, 0 if there is no such record. */
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param kind the record's kind, not null
     * @param key the text key of the record's id, not null
     * @param expectedVersion the version the write expected, 0 for an insert
     * @param actualVersion the version the store holds, 0 if there is no such record
     */
    public ConflictException(RecordKind<?, ?> kind, String key, long expectedVersion, long actualVersion) {
        super(kind.name() + " " + key + ": expected version " + expectedVersion + " but found "
                + actualVersion);
        this.kind = kind;
        this.key = key;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * The kind of the conflicting record.
     *
     * @return the kind
     */
    public RecordKind<?, ?> kind() {
        return kind;
    }

    /**
     * The conflicting record's id, as its text key; {@code kind().parseId(key())} gives the id.
     *
     * @return the key
     */
    public String key() {
        return key;
    }

    /**
     * The version the write expected.
     *
     * @return the version, 0 for an insert
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * The version the store holds.
     *
     * @return the version, 0 if the record does not exist
     */
    public long actualVersion() {
        return actualVersion;
    }
}
